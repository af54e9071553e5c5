#!/usr/bin/env python3
"""Blind set 189: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, Inven), mixing Korean and
English, with the doubtful and ignorable mail a regulator's mailbox gets.

    python3 tests/corpus/blind189/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before
any run of the reader. All names, ids and URLs are fictional.
"""
import base64
import datetime
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_pier77/223561000101"
N2 = "https://blog.naver.com/moonlit_pier77/223561000188"
N3 = "https://blog.naver.com/grey_tidepool/223559004412"
N4 = "https://cafe.naver.com/bluewharfclub/18842"
N5 = "https://cafe.naver.com/bluewharfclub/18907"
N6 = "https://cafe.naver.com/nightcanal/5521"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230556"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=55120981"
N9 = "https://tv.naver.com/v/61230087"
N10 = "https://blog.naver.com/hanbit_reels/223570112233"
N11 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31120455&articleid=7712"
N12 = "https://blog.naver.com/sora_ledger/223575550019"
N13 = "https://cafe.naver.com/nightcanal/5604"
N14 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471298812"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120033"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=tidecity&no=220415"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=tidecity&no=220588"
D4 = "https://gall.dcinside.com/mini/board/view/?id=quietfog&no=3312"
D5 = "https://m.dcinside.com/board/ghostharbor/770124"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/saltwindcafe/Fq1Z/2281"
K2 = "https://cafe.daum.net/saltwindcafe/Fq1Z/2290"
K3 = "https://cafe.daum.net/greyhollow/KbR2/915"
K4 = "https://ironlantern.tistory.com/entry/%EB%B9%84%EA%B3%B5%EA%B0%9C-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C"
K4_RAW = "https://ironlantern.tistory.com/entry/비공개-영상-모음"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/131552207"
S2 = "https://vod.sooplive.co.kr/player/131560944"
S3 = "https://ch.sooplive.co.kr/rivermoth22/post/88120451"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7412203318"
F2 = "https://www.fmkorea.com/7412290045"
FM = [F1, F2]

C1 = "https://www.clien.net/service/board/park/18820145"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012554"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012601"
PP = [P1, P2]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", NAVER,
     "deepfake-sexual-abuse", "req-240909-01@kcsc.example", "blog/cafe/kin/post/tv"),
    ("KCSC-240910-01", "dcinside", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00", DC,
     "defamation", "req-240910-01@kcsc.example", "galleries"),
    ("KCSC-240911-01", "daum", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00", DAUM,
     "illegal-gambling", "req-240911-01@kcsc.example", "cafe and tistory"),
    ("KCSC-240912-01", "soop", "2024-09-12T14:00:00+09:00", "2024-09-19T23:59:59+09:00", SOOP,
     "obscene", "req-240912-01@kcsc.example", "VOD and channel post"),
    ("KCSC-240913-01", "fmkorea", "2024-09-13T11:00:00+09:00", "2024-09-20T23:59:59+09:00", FM,
     "privacy", "req-240913-01@kcsc.example", ""),
    ("KCSC-240913-02", "clien", "2024-09-13T11:20:00+09:00", "2024-09-20T23:59:59+09:00", [C1],
     "drug-trade", "req-240913-02@kcsc.example", "single post"),
    ("KCSC-240916-01", "ppomppu", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00", PP,
     "illegal-gambling", "req-240916-01@kcsc.example", ""),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def h(s):
    """RFC 2047-encode a header value holding non-ASCII text."""
    return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_text(ref, urls):
    body = [
        "수신: 귀사 게시물 관리 담당자",
        f"제목: 불법정보 시정요구 ({ref})",
        "",
        "방송통신심의위원회는 아래 정보에 대하여 삭제 또는 접속차단 등의 시정요구를 합니다.",
        "조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "방송통신심의위원회 통신심의 담당 드림"]
    return "\n".join(body)


def quoted(ref, urls):
    return "\n".join((">" + (" " + l if l else "")) for l in request_text(ref, urls).split("\n"))


CASES = []


def case(**kw):
    CASES.append(kw)


NV = "navercorp.com"

# ============================================================ APPLIED
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(12, 16, 5),
    subject=h("[NAVER] 시정요구(KCSC-240909-01) 조치결과 회신 (1차)"),
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body style="font-family:sans-serif">
<p>방송통신심의위원회 귀중</p>
<p>안녕하세요. 네이버 정책지원팀입니다.<br>
귀 위원회의 시정요구(KCSC-240909-01) 대상 게시물 중 1차로 처리가 끝난 6건의 결과를 아래와 같이 회신드립니다.
나머지 게시물은 처리가 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>9/11 처리</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>9/11 처리</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시물 없음</td><td>요청 접수 전 작성자 삭제</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>조치 불가</td><td>검토 결과 위반 사항이 확인되지 않음</td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.<br>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply to a KCSC 시정요구 with an HTML 조치결과 table (삭제/게시중단/임시조치/게시물 없음/블라인드/조치 불가)",
    why="trusted NAVER table, one status per named URL; 조치 불가 with its reason is a refusal",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed", N6: "rejected"},
)

CSV_ROWS = [
    (N1, "삭제", "운영정책 위반"), (N2, "삭제", "운영정책 위반"),
    (N3, "임시조치", "30일 접근 차단"), (N4, "게시물 없음", "작성자 삭제"),
    (N5, "블라인드", "카페 운영원칙 위반"), (N6, "유지", "위반 사항 없음"),
    (N7, "삭제", "지식iN 운영정책 위반"), (N8, "게시물 없음", "존재하지 않는 URL"),
    (N9, "국내 접속 차단", "국내 법령 위반"), (N10, "유지", "위반 사항 없음"),
    (N11, "블라인드", "카페 운영원칙 위반"), (N12, "비공개 처리", "운영정책 위반"),
    (N13, "접근 제한", "국내 접근 제한"), (N14, "삭제", "지식iN 운영정책 위반"),
]
csv_text = "번호,URL,처리결과,사유,처리일\n" + "".join(
    f"{i},{u},{s},{r},2024-09-1{3 if i < 8 else 4}\n" for i, (u, s, r) in enumerate(CSV_ROWS, 1))
case(
    name="naver-full-result-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Support",
    date=d(14, 10, 22),
    subject=h("Re: [KCSC-240909-01] 불법정보 시정요구 - 최종 처리 결과"),
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_0914_a7"

--=_nv_0914_a7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-01 시정요구 대상 14건 전체에 대한 최종 처리 결과를 첨부 파일(CSV)로
송부드립니다. 각 게시물별 처리 결과와 사유는 첨부 파일을 확인해 주십시오.

감사합니다.
네이버 정책지원팀

--=_nv_0914_a7
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_0914_a7--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet for a large 시정요구 sent as a CSV attachment",
    why="every one of the 14 URLs has its own row and result in a trusted NAVER CSV",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "rejected", N7: "removed", N8: "not_found", N9: "restricted", N10: "rejected",
           N11: "removed", N12: "removed", N13: "restricted", N14: "removed"},
)

case(
    name="naver-kin-prose-korean",
    **{"from": "kin_help@navercorp.com"},
    name_from=h("네이버 지식iN 운영팀"),
    date=d(11, 17, 40),
    subject=h("[지식iN] 요청하신 게시물 처리 결과 안내 (KCSC-240909-01)"),
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-01) 가운데 지식iN 게시물 2건에
대한 처리 결과를 안내드립니다.

첫 번째 질문글({N7})은 운영정책 위반으로 확인되어 2024년 9월 11일 삭제하였습니다.

두 번째 질문글 {N14} 은 작성자가 이미 직접 삭제하여 현재 존재하지 않는 게시물입니다.

그 밖의 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

네이버 지식iN 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service team (지식iN) prose reply to a takedown request",
    why="one deleted by NAVER, the other already deleted by its author",
    items={N7: "removed", N14: "not_found"},
)

case(
    name="naver-tv-top-posted-english",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(10, 11, 15),
    subject="Re: [KCSC-240909-01] Request for removal of illegal information",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Regarding your request KCSC-240909-01: the video at {N9} has been
removed from NAVER TV for violating our operating policy.

We are still reviewing the other URLs in your request and will get back to
you separately.

Kind regards,
Jiwon
NAVER Trust & Safety

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the quoted Korean request (Gmail quoting)",
    why="only the tv.naver.com video is stated removed; the other URLs stand in the quoted request",
    items={N9: "removed"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "cs_report@navercorp.com"},
    name_from=h("네이버 고객센터"),
    date=d(13, 9, 2),
    subject=h("네이버 게시중단 요청 처리 결과 안내"),
    body=f"""안녕하세요. 네이버 고객센터입니다.
요청번호 KCSC-240909-01 관련하여 처리 결과를 아래와 같이 안내드립니다.

{N12}
→ 게시중단 완료

{N13}
→ 국내 접근 제한 조치

{N8}
→ 해당 게시물을 찾을 수 없음 (존재하지 않는 게시물)

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice, bare URL with its result on the line below",
    why="each URL is followed by its own result line",
    items={N12: "removed", N13: "restricted", N8: "not_found"},
)

case(
    name="naver-cafe-notice-quoted-printable",
    **{"from": "cafe_admin@navercorp.com"},
    name_from=h("네이버 카페"),
    date=d(12, 20, 11),
    subject=h("[네이버 카페] 게시물 조치 안내"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""[네이버 카페] 게시물 조치 안내

요청번호: KCSC-240909-01

- 대상 게시물: {N11}
  조치 내용: 블라인드 처리 (카페 운영원칙 위반)

- 대상 게시물: {N10}
  조치 내용: 조치하지 않음. 검토 결과 관련 법령 및 운영정책 위반 사항이
  확인되지 않았습니다.

본 메일은 발신 전용이 아니며, 문의는 회신으로 보내주시기 바랍니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 게시물 조치 안내 in quoted-printable, 대상 게시물 / 조치 내용 pairs",
    why="블라인드 is removal; 조치하지 않음 with its reason is a refusal",
    items={N11: "removed", N10: "rejected"},
)

case(
    name="dc-operator-numbered-list",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(12, 15, 47),
    subject=h("RE: [KCSC-240910-01] 게시물 삭제 요청의 건"),
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물의 처리 결과를 알려드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 작성자가 이미 삭제한 게시물입니다.
4. {D4} - 검토 결과 삭제 사유에 해당하지 않아 유지합니다.
5. {D5} - 성인 인증 후 열람 가능하도록 제한(19세 이상)

추가 문의 사항은 이 메일로 회신 주시기 바랍니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community site operator reply with a numbered list of URL - result lines",
    why="five URLs, five results: two deleted, one gone before, one kept with reason, one age-gated",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "restricted"},
)

case(
    name="dc-short-single-item",
    **{"from": "report@dcinside.com"},
    name_from="dcinside",
    date=d(11, 13, 3),
    subject=h("디시인사이드 게시물 처리 안내"),
    body=f"""안녕하세요. 디시인사이드입니다.

요청하신 게시물 {D4} 은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line 처리 안내 from a community site for one URL of a larger request",
    why="one named URL, stated deleted",
    items={D4: "removed"},
)

case(
    name="dc-angle-brackets-korean-particles",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(13, 11, 28),
    subject=h("Re: 불법정보 시정요구 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    body=f"""위원회 담당자님께,

<{D3}>은 갤러리 관리자의 신고에 따라 운영자 삭제 처리하였고,
{D5}는 확인 결과 존재하지 않는 게시물입니다.

나머지 게시물은 이전 메일로 안내드린 바와 같습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs directly followed by particles (은/는)",
    why="운영자 삭제 is removal; 존재하지 않는 게시물 is not found",
    items={D3: "removed", D5: "not_found"},
)

case(
    name="daum-tistory-korean-path-raw",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(12, 14, 30),
    subject=h("[Kakao] 시정요구 처리 결과 안내 (KCSC-240911-01)"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {K4_RAW} 에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

아울러 다음 카페 게시물 {K1} 은 운영정책 위반으로 삭제하였습니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (30일 접근 차단) naming a Tistory post by its raw Korean path",
    why="임시조치 is restricted; the raw Korean path matches the percent-encoded request URL",
    items={K4: "restricted", K1: "removed"},
)

DAUM_HTML = f"""<html><body>
<p>안녕하세요. 다음 카페 운영팀입니다.</p>
<p>KCSC-240911-01 요청 건에 대한 처리 결과입니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>{K2}</td><td>삭제</td></tr>
<tr><td>{K3}</td><td>유지 (운영정책 위반 아님)</td></tr>
<tr><td>{K1}</td><td>이미 삭제된 게시물</td></tr>
</table>
<p>처리 결과에 대한 문의는 <a href="https://cs.daum.net/faq/cafe-policy">카페 운영정책 안내</a>를 참고해 주세요.</p>
</body></html>
"""
case(
    name="daum-cafe-base64-html-table",
    **{"from": "cafe-notice@daum.net"},
    name_from=h("Daum 카페"),
    date=d(13, 16, 45),
    subject=h("[Daum 카페] 게시물 처리 결과"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe result notice as a base64-encoded HTML table, with a policy link",
    why="three rows: deleted, kept (not a violation), already deleted; the policy link is no item",
    items={K2: "removed", K3: "rejected", K1: "not_found"},
)

case(
    name="soop-vod-bilingual-result",
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d(13, 18, 2),
    subject=h("[SOOP] 신고 처리 결과 안내 / Report outcome (KCSC-240912-01)"),
    body=f"""안녕하세요, SOOP 고객센터입니다. / Hello from SOOP Help Center.

신고하신 콘텐츠의 처리 결과입니다. / Outcome of the content you reported:

VOD  {S1} : 삭제 (Removed)
VOD  {S2} : 19세 이상 시청 제한 (Age-restricted)
Post {S3} : 게시물이 존재하지 않음 (Not found)

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform bilingual report outcome, one line per reported VOD/post",
    why="removed, age-restricted, not found; the policy page is no item",
    items={S1: "removed", S2: "restricted", S3: "not_found"},
)

case(
    name="soop-wrapped-url-in-brackets",
    **{"from": "moderation@sooplive.co.kr"},
    name_from="SOOP Moderation",
    date=d(14, 9, 55),
    subject="Re: [KCSC-240912-01] removal request",
    reply_to_req="req-240912-01",
    body="""Dear KCSC,

The channel post you reported, <https://ch.sooplive.co.kr/rivermoth22/
post/88120451>, was deleted by our moderation team on 13 September
for breaching the SOOP operating policy.

Best regards,
SOOP Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="English moderation reply with a URL wrapped inside angle brackets by the mail client",
    why="the bracketed URL spans a line break; it is the channel post, stated deleted",
    items={S3: "removed"},
)

case(
    name="fmkorea-both-removed-listed",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(13, 19, 12),
    subject=h("[에펨코리아] 게시글 삭제 요청 처리 결과"),
    body=f"""에펨코리아 운영진입니다.
요청해 주신 게시글 2건(KCSC-240913-01) 처리 결과입니다.

{F1} - 삭제 처리 완료
{F2} - 삭제 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community site admin reply listing each URL with 삭제 처리 완료",
    why="both URLs are named, each with its own result",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-fullwidth-parentheses",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(14, 12, 20),
    subject=h("Re: 개인정보 노출 게시물 삭제 요청 (KCSC-240913-01)"),
    reply_to_req="req-240913-01",
    body=f"""안녕하세요.

게시글 {F2}（유머 게시판）은 운영자 삭제하였습니다.
게시글 {F1}（자유 게시판）은 신고 사유에 해당하지 않아 삭제하지 않았습니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with URLs followed by full-width parentheses",
    why="one 운영자 삭제, one refused with its reason",
    items={F2: "removed", F1: "rejected"},
)

case(
    name="clien-one-item-no-url",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영팀"),
    date=d(13, 15, 10),
    subject=h("Re: [KCSC-240913-02] 게시물 삭제 요청"),
    reply_to_req="req-240913-02",
    body="""클리앙 운영팀입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply in the request's thread, naming no URL",
    why="the request has a single item, so the statement covers it",
    items={C1: "removed"},
)

case(
    name="clien-echoed-report-form",
    **{"from": "report@clien.net"},
    name_from="CLIEN",
    date=d(16, 10, 5),
    subject=h("[클리앙] 신고 처리 결과"),
    body=f"""[신고 접수 내용]
- 신고 유형: 불법정보
- 신고 URL: {C1}
- 요청 기관: 방송통신심의위원회 (KCSC-240913-02)

[처리 결과]
- 해당 게시물은 이미 작성자 본인이 삭제하여 존재하지 않습니다.

클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo followed by the processing result",
    why="the post was already deleted by its author",
    items={C1: "not_found"},
)

case(
    name="ppomppu-two-items-numbered",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영팀"),
    date=d(17, 14, 0),
    subject=h("[뽐뿌] 시정요구 처리 결과 (KCSC-240916-01)"),
    body=f"""뽐뿌 운영팀입니다.

1) {P1} : 게시물 삭제 및 작성자 이용 정지
2) {P2} : 해당 번호의 게시물을 찾을 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community site result list with colon-separated results",
    why="one deleted, one cannot be located",
    items={P1: "removed", P2: "not_found"},
)

case(
    name="ppomppu-gmail-korean-quote",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영팀"),
    date=d(18, 9, 30),
    subject=h("Re: 불법정보 시정요구 (KCSC-240916-01)"),
    reply_to_req="req-240916-01",
    body=f"""안녕하세요.

말씀하신 게시물 중 {P2} 은
검토 결과 운영원칙 위반이 아니라고 판단되어 유지됩니다.
다른 한 건은 아직 검토 중입니다.

뽐뿌 운영팀

2024년 9월 16일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240916-01", PP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-style reply (…님이 작성:) over the quoted request",
    why="one URL kept as not a violation; the other is only under review and the quote is ours",
    items={P2: "rejected", P1: "pending"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(11, 10, 48),
    subject="RE: [KCSC-240909-01] 불법정보 시정요구",
    body=f"""Dear KCSC team,

Following our review, {N5} has been blocked for users
in Korea under the Information and Communications Network Act, and
{N2} has been deleted.

Best regards,
Minseo Park
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240909-01] 불법정보 시정요구

{request_text("KCSC-240909-01", NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an -----Original Message----- block holding the full request",
    why="blocked for users in Korea is a restriction; the original message below is our own request",
    items={N5: "restricted", N2: "removed"},
)

case(
    name="naver-ticket-plus-outcome",
    **{"from": "noreply-support@navercorp.com"},
    name_from="NAVER Help",
    date=d(12, 11, 2),
    subject="[NAVER Help] Your request NV-20240912-0448",
    body=f"""Thank you for contacting NAVER.

Your request has been received and assigned ticket number NV-20240912-0448.
Our team has completed the review: the post {N6}
was removed on September 12, 2024 for violating the cafe operating policy.

If you have further questions, please reply to this email.
NAVER Help
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system mail whose receipt paragraph is followed by a completed outcome",
    why="receipt phrasing plus an unhedged removal statement is not a mere acknowledgement",
    items={N6: "removed"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER",
    date=d(13, 13, 13),
    subject="Statement of reasons / 조치 사유 안내 - KCSC-240909-01",
    body=f"""Statement of reasons / 조치 사유 안내

Content: {N3}
Decision: Visibility restricted - access from the Republic of Korea disabled
Facts and circumstances: notice received from KCSC (KCSC-240909-01)
Automated means used: No
Legal ground: Information and Communications Network Act, Art. 44-7
Redress: the uploader may appeal at https://help.naver.com/appeal/decision?id=88120

NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / facts / legal ground / redress) sent by a portal",
    why="access disabled from Korea is restricted; the appeal link is no item",
    items={N3: "restricted"},
)

case(
    name="dc-text-table",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(16, 17, 20),
    subject=h("[디시인사이드] 처리 결과 (KCSC-240910-01)"),
    body=f"""처리 결과를 알려드립니다.

번호  게시물 주소                                                            처리결과
----  ---------------------------------------------------------------------  ----------------
1     {D1}        삭제
2     {D2}  해당 없음(삭제된 글)
3     {D5}                       삭제

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text column table of URL and result",
    why="each row pairs a URL with its result; 해당 없음(삭제된 글) means the post no longer exists",
    items={D1: "removed", D2: "not_found", D5: "removed"},
)

case(
    name="soop-inquiry-answer-both-vods",
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d(14, 15, 31),
    subject=h("[SOOP] 문의하신 내용에 대한 답변입니다 (접수번호 SP-2409-55877)"),
    body=f"""고객님, 안녕하세요. SOOP 고객센터입니다.

접수해 주신 신고 건(KCSC-240912-01)을 확인하였습니다.
신고하신 VOD 두 건({S1}, {S2}) 모두 운영정책 위반으로 삭제되었습니다.

더 궁금하신 점은 고객센터 1:1 문의를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk answer to a 1:1 문의 (접수번호) stating the outcome",
    why="both VODs are named, each URL covered by 모두 삭제",
    items={S1: "removed", S2: "removed"},
)

case(
    name="daum-bullets-with-policy-links",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao Safety",
    date=d(17, 10, 10),
    subject="Re: [KCSC-240911-01] 시정요구",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오입니다.

· {K1} — 삭제
· {K2} — 삭제
· {K3} — 이미 삭제되어 존재하지 않는 게시물

운영정책: https://www.kakao.com/policy/oppolicy
이의제기 안내: https://cs.kakao.com/helps?articleId=1073190000

Kakao Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao bullet list of results with policy and appeal links at the foot",
    why="three named URLs with results; policy and appeal pages are not items",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

# ============================================================ REVIEW
case(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(10, 15, 0),
    subject=h("Re: [KCSC-240909-01] 불법정보 시정요구"),
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 현재 내부 검토 중이며, 검토가 완료되면
삭제 조치될 예정입니다.

- {N1}
- {N4}
- {N9}

처리가 끝나는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: named URLs 검토 중, 삭제 조치될 예정",
    why="a promise about named items is no statement; they stay pending",
    items={N1: "pending", N4: "pending", N9: "pending"},
)

case(
    name="dc-hedged-seems-deleted",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(11, 18, 20),
    subject=h("Re: [KCSC-240910-01] 게시물 삭제 요청의 건"),
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

{D2} 게시물은 이미 삭제된 것으로 보이며,
{D1} 은 담당 부서에서 확인 중입니다.

확인되는 대로 회신드리겠습니다.
디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="operator reply that hedges (삭제된 것으로 보이며) and defers (확인 중)",
    why="'appears deleted' is a hedge and 'checking' is no statement",
    items={D2: "pending", D1: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(15, 11, 40),
    subject=h("[NAVER] KCSC-240909-01 처리 완료 안내"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-01로 요청하신 게시물 14건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal 처리 완료 안내 covering a whole request without listing its URLs",
    why="one statement for a 14-item request, no URL named",
    items={u: "pending" for u in NAVER},
)

case(
    name="dc-bulk-english-all-posts",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global",
    date=d(14, 8, 15),
    subject="Re: [KCSC-240910-01] takedown request",
    reply_to_req="req-240910-01",
    body="""Hello,

All the posts listed in your request KCSC-240910-01 have been removed by our
operations team.

Regards,
DCinside Global Support
""",
    outcome="review", review="bulk",
    imitates="English one-sentence reply saying all reported posts were removed",
    why="a bulk statement for a five-item request, no URL named",
    items={u: "pending" for u in DC},
)

case(
    name="naver-dkim-fail",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    auth="fail",
    date=d(12, 8, 50),
    subject=h("Re: [KCSC-240909-01] 조치결과"),
    body=f"""안녕하세요.

{N1} 삭제 완료하였습니다.
{N10} 삭제 완료하였습니다.

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="portal result mail arriving with failed DKIM/SPF/DMARC (relay or spoof)",
    why="navercorp.com sender failing authentication",
    items={N1: "pending", N10: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "tidecity.manager@gmail.com"},
    name_from=h("타이드시티 갤러리 매니저"),
    date=d(11, 22, 41),
    subject=h("방심위 요청 건 관련 (타이드시티 마이너 갤러리)"),
    body=f"""안녕하세요, 타이드시티 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 KCSC-240910-01 건 중 저희 갤러리 글 두 개는 제가 직접 지웠습니다.

{D2}
{D3}

혹시 더 필요한 게 있으면 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal mailbox",
    why="a personal gmail address is not the platform, however plausible",
    items={D2: "pending", D3: "pending"},
)

case(
    name="fmkorea-law-firm-objection",
    **{"from": "office@garamlaw.example"},
    name_from=h("법무법인 가람"),
    date=d(16, 16, 0),
    subject=h("시정요구(KCSC-240913-01) 관련 의견서 제출"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 아래 게시글 작성자의 대리인으로서 의견을 제출합니다.

대상 게시글: {F1}

위 게시글은 의뢰인이 2024. 9. 14. 자진 삭제하였으므로 시정요구를 철회하여
주시기 바랍니다.

법무법인 가람 담당 변호사 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a poster, claiming self-deletion",
    why="a third party, not FM Korea, speaks about the item",
    items={F1: "pending"},
)

case(
    name="inven-not-our-service",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    date=d(13, 17, 5),
    subject=h("Re: [KCSC-240913-02] 게시물 삭제 요청"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

보내주신 요청(KCSC-240913-02)의 URL {C1} 은
인벤에서 운영하는 게시판이 아니어서 저희 쪽에서는 확인되지 않습니다.
해당 사이트 운영자에게 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a site answering a request that reached it by mistake: 'not our service'",
    why="Inven speaking about a Clien item; it says nothing of the post's state on Clien",
    items={C1: "pending"},
)

case(
    name="naver-policy-newsletter",
    **{"from": "notice@navercorp.com"},
    name_from=h("네이버"),
    date=d(18, 10, 0),
    subject=h("[네이버] 청소년 보호 정책 개정 안내"),
    body="""안녕하세요, 네이버입니다.

2024년 10월 1일부터 청소년 보호 정책이 일부 개정됩니다.
개정된 정책은 https://policy.naver.com/policy/youth 에서 확인하실 수 있습니다.

항상 네이버를 이용해 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal policy-change notice mailed to registered partner addresses",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="daum-asks-for-official-letter",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(11, 16, 30),
    subject=h("[Kakao] 시정요구 관련 추가 자료 요청 (KCSC-240911-01)"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 건(KCSC-240911-01)을 처리하기 위해 시정요구 공문 사본과 담당자
연락처를 회신해 주시기 바랍니다. 자료가 확인되는 대로 아래 게시물을 검토하겠습니다.

- {K1}
- {K2}
- {K4_RAW}

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for supporting documents (공문 사본) before acting",
    why="asks for documents; no statement about the named items",
    items={K1: "pending", K2: "pending", K4: "pending"},
)

case(
    name="kcsc-colleague-forward-naver",
    **{"from": "jhkim@kcsc.example"},
    name_from=h("김지훈"),
    date=d(13, 9, 40),
    subject=h("Fwd: [네이버] 게시물 조치 결과"),
    body=f"""개인 메일함으로 잘못 온 회신이라 전달합니다.

---------- Forwarded message ---------
보낸사람: 네이버 정책지원팀 <policy@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 6:10
Subject: [네이버] 게시물 조치 결과
To: 김지훈 <jhkim@kcsc.example>

안녕하세요. KCSC-240909-01 건 관련하여
{N10} 은 삭제 처리되었습니다.

네이버 정책지원팀
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="staff member forwarding a platform reply that reached a personal mailbox",
    why="the statement is inside a forward; its origin cannot be authenticated",
    items={N10: "pending"},
)

case(
    name="soop-conflicting-body-and-table",
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d(16, 11, 11),
    subject=h("[SOOP] 신고 처리 결과 안내 (KCSC-240912-01)"),
    body=f"""안녕하세요, SOOP 고객센터입니다.

신고하신 VOD {S2} 는 운영정책 위반으로 삭제 조치되었습니다.

[처리 요약]
VOD 번호    처리 결과
131560944   유지 (위반 사항 없음)

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="template notice whose summary block contradicts its prose",
    why="the same VOD is said deleted and kept in one email",
    items={S2: "pending"},
)

# ============================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    **{"from": "sy.lee@navercorp.com"},
    name_from=h("이서연"),
    date=d(13, 18, 30),
    subject=h("[자동응답] 부재중입니다 Re: [KCSC-240909-01] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of office until 18 September (Chuseok holiday).
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office reply over the holiday",
    why="auto-reply, no statement",
    items={},
)

DSN_ORIG = request_text("KCSC-240910-01", DC)
case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    auth="none",
    date=d(10, 10, 31, 12),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0910-1031"

--dsn-0910-1031
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: mailbox full (quota exceeded)

--dsn-0910-1031
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: {d(10, 10, 30, 58)}

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-0910-1031
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: {h("[KCSC-240910-01] 불법정보 시정요구")}
Date: {d(10, 10, 30)}
Message-ID: <req-240910-01@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_ORIG}

--dsn-0910-1031--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our request with its URLs",
    why="a bounce; the URLs are in our returned message",
    items={},
)

case(
    name="daum-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(11, 10, 2),
    subject=h("읽음 확인: [KCSC-240911-01] 불법정보 시정요구"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0911"

--mdn-kk-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-01] 불법정보 시정요구"을(를) 수신자가 2024-09-11 10:02에 읽었습니다.
This is a receipt for the mail you sent. The message was displayed.

--mdn-kk-0911
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d(12, 14, 3),
    subject=h("[SOOP 고객센터] 문의가 정상적으로 접수되었습니다 (접수번호 SP-2409-55812)"),
    body="""안녕하세요, SOOP 고객센터입니다.

문의하신 내용(KCSC-240912-01)이 정상적으로 접수되었습니다.
접수번호: SP-2409-55812

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료, 접수번호)",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="fmkorea-ooo-english-quoting-request",
    **{"from": "hyun.admin@fmkorea.com"},
    name_from="Hyun (FM Korea admin)",
    date=d(13, 11, 1),
    subject="Automatic reply: [KCSC-240913-01] 개인정보 노출 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am away until Monday 16 September with limited access to email.
For urgent moderation matters please write to admin@fmkorea.com.

{quoted("KCSC-240913-01", FM)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style automatic reply that quotes the incoming request",
    why="auto-reply; the URLs are only in our quoted request",
    items={},
)

case(
    name="ppomppu-receipt-echoing-urls",
    **{"from": "noreply@ppomppu.co.kr"},
    name_from=h("뽐뿌"),
    date=d(16, 10, 20),
    subject=h("[뽐뿌] 신고가 접수되었습니다"),
    body=f"""뽐뿌 신고센터입니다.

아래 게시물에 대한 신고가 접수되었습니다.

접수번호: PP-240916-3371
접수된 게시물:
 - {P1}
 - {P2}

처리 결과는 검토 후 별도로 안내드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated report receipt echoing the reported URLs",
    why="a receipt listing what was received; nothing is said about the posts' state",
    items={},
)

case(
    name="naver-dsn-delayed",
    **{"from": "mailer-daemon@navercorp.com"},
    name_from="Mail Delivery Subsystem",
    auth="none",
    date=d(9, 14, 0),
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nv-delay-0909"

--nv-delay-0909
Content-Type: text/plain; charset=us-ascii

** Message delayed **

Delivery of your message to policy-kr@navercorp.com has been delayed.
The system will keep trying for up to 2 days. You do not need to resend.

--nv-delay-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: {d(11, 10, 0)}

--nv-delay-0909
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: {h("[KCSC-240909-01] 불법정보 시정요구")}
Date: {d(9, 10, 0)}
Message-ID: <req-240909-01@kcsc.example>

--nv-delay-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery delay DSN (Action: delayed) for our request",
    why="a delay notice is a DSN, no statement",
    items={},
)

HEADER = """# Blind set 189 (Korean portals and community sites): expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind189", HEADER, CASES)
    print(len(CASES), "cases")
