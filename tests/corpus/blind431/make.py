#!/usr/bin/env python3
"""Blind set 431 (Korean portals and Korean-language replies).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: running it
twice changes nothing. Every expected result below was written from the
meaning of the email alone, before the reader was ever run on it.

    python3 tests/corpus/blind431/make.py
"""
import base64
import csv
import os
import quopri
import sys
from email.charset import BASE64, QP, Charset
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind431"


def kpath(s):
    """Percent-encode a Korean path segment as a browser copies it."""
    return quote(s, safe="")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
N1 = "https://blog.naver.com/moonlit_piano88/223561100401"
N2 = "https://blog.naver.com/moonlit_piano88/223561100455"
N3 = "https://blog.naver.com/sora_daily_k/223559870012"
N4 = "https://cafe.naver.com/nightowlzone/58213"
N5 = "https://cafe.naver.com/nightowlzone/58240"
N6 = "https://cafe.naver.com/nightowlzone/58301"
N7 = "https://cafe.naver.com/greenbench2020/10477"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=36120455&memberNo=50231877"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388"
N10_RAW = "https://in.naver.com/별빛서점/contents/internal/731200"
N10 = "https://in.naver.com/" + kpath("별빛서점") + "/contents/internal/731200"
N11 = "https://blog.naver.com/haneul_log77/223562004118"
N12 = "https://tv.naver.com/v/58123377"
N13 = "https://cafe.naver.com/greenbench2020/10502"

K1 = "https://cafe.daum.net/bluecorner77/Zx9k/1183"
K2 = "https://cafe.daum.net/bluecorner77/Zx9k/1190"
K3 = "https://pale-lantern.tistory.com/214"
K4 = "https://open.kakao.com/o/gHq72Tfa"
K5_RAW = "https://cafe.daum.net/밤산책/Rf2a/77"
K5 = "https://cafe.daum.net/" + kpath("밤산책") + "/Rf2a/77"

Y1 = "https://www.youtube.com/watch?v=Qm3xT8rLp2A"
Y2 = "https://www.youtube.com/watch?v=bN7wKe0dZ4s"
Y3 = "https://www.youtube.com/shorts/Hk2pR9vW1cE"
Y4 = "https://www.youtube.com/@haneul_tv_kr0"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=55127"
D3 = "https://gall.dcinside.com/mini/board/view/?id=moonpie&no=3381"

B1 = "https://band.us/band/84512237/post/1203"
B2 = "https://band.us/band/84512237/post/1219"

S1 = "https://blog.naver.com/quietfox_91/223570331905"

Y7 = "https://www.youtube.com/watch?v=Lr5cV0aN8uY"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T14:10:00+09:00", "2024-09-10T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240903-01@kcsc.example", "NAVER blog/cafe/post/kin/TV, 13 items",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-filming", "req-240905-02@kcsc.example", "Daum cafe, Tistory, open chat",
     [K1, K2, K3, K4, K5]),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240906-03@kcsc.example", "YouTube videos, short, channel",
     [Y1, Y2, Y3, Y4]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "defamation", "req-240909-04@kcsc.example", "DC Inside gallery posts",
     [D1, D2, D3]),
    ("KCSC-240910-05", "band", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-filming", "req-240910-05@kcsc.example", "BAND posts",
     [B1, B2]),
    ("KCSC-240911-06", "naver", "2024-09-11T10:05:00+09:00", "2024-09-18T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240911-06@kcsc.example", "single NAVER blog post",
     [S1]),
    ("KCSC-240912-07", "youtube", "2024-09-12T16:45:00+09:00", "2024-09-19T23:59:59+09:00",
     "harassment", "req-240912-07@kcsc.example", "single YouTube video",
     [Y7]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    # (The csv module quotes a note that holds a comma.)
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_body(ref, raw=False):
    """The regulator's own request email (quoted below replies)."""
    r = REQ[ref]
    urls = r[7]
    if raw:
        urls = [u.replace(N10, N10_RAW).replace(K5, K5_RAW) for u in urls]
    lines = [
        "안녕하십니까. 방송통신심의위원회 디지털성범죄심의팀입니다.",
        "",
        "귀사 서비스에 게재된 아래 정보에 대하여 정보통신망법 제44조의7에 따른",
        "시정요구(삭제)를 통지하오니 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"조치기한: {r[3][:10]}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 디지털성범죄심의팀 드림"]
    return lines


def quoted(ref, raw=False):
    return "\n".join(("> " + l) if l else ">" for l in request_body(ref, raw))


def qp(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(text, ctype="text/plain"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

cases = []


def case(**kw):
    cases.append(kw)


# ==========================================================================
# NAVER
# ==========================================================================
case(
    name="naver-gongmun-full-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 16:40:12 +0900",
    subject="[회신] 시정요구에 대한 조치결과 통보 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국 디지털성범죄심의팀
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3. 귀 위원회가 통지한 시정요구 13건에 대하여 당사가 조치한
   결과를 아래와 같이 회신합니다.

 연번 | 대상 URL | 조치결과 | 조치일
 -----+----------+----------+--------
 1 | {N1} | 삭제 | 09.04
 2 | {N2} | 삭제 | 09.04
 3 | {N3} | 임시조치(30일) | 09.04
 4 | {N4} | 게시중단 | 09.05
 5 | {N5} | 게시중단 | 09.05
 6 | {N6} | 게시물 없음(작성자 삭제) | -
 7 | {N7} | 삭제 | 09.05
 8 | {N8} | 비공개 처리 | 09.05
 9 | {N9} | 삭제(답변 포함) | 09.06
 10 | {N10} | 삭제 | 09.06
 11 | {N11} | 미조치(위반 사항 확인되지 않음, 일반 풍경 사진) | -
 12 | {N12} | 삭제 | 09.06
 13 | {N13} | 임시조치(30일) | 09.09

3. 연번 11은 게시물 전체를 확인하였으나 시정요구 사유에 해당하는 정보가
   포함되어 있지 않아 게시를 유지하였음을 알려드립니다.
4. 기타 문의사항은 정책지원팀(담당 김하은)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style 시정요구 조치결과 회신 from a Korean portal, numbered text table",
    why="trusted NAVER reply, one row per requested URL with an unhedged result each",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "removed", N9: "removed", N10: "removed",
           N11: "rejected", N12: "removed", N13: "restricted"},
)

html_naver = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터 권리보호팀입니다.</p>
<p>요청번호 <b>KCSC-240903-01</b> 관련하여 아래 게시물의 처리 결과를 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>임시조치</td></tr>
<tr><td>3</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>비공개 처리</td></tr>
<tr><td>4</td><td><a href="{N9.replace('&', '&amp;')}">{N9.replace('&', '&amp;')}</a></td><td>존재하지 않는 게시물</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>삭제</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">네이버 운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a><br>
본 메일은 발신 전용입니다.</p>
</body></html>
"""
case(
    name="naver-html-qp-table",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 6 Sep 2024 18:02:45 +0900",
    subject="RE: [KCSC-240903-01] 게시물 처리 결과 안내",
    reply_to_req="req-240903-01",
    raw_mime=qp(html_naver, "text/html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML result notice with a results table, quoted-printable",
    why="HTML table rows pair each URL with a result; the policy link is not an item; the rest is a promise",
    items={N4: "removed", N5: "restricted", N8: "removed", N9: "not_found", N12: "removed"},
)

csv_naver = (
    "\ufeff연번,URL,처리결과,처리일시,비고\n"
    f"1,{N1},삭제,2024-09-05 10:12,\n"
    f"2,{N2},삭제,2024-09-05 10:13,\n"
    f"3,{N3},임시조치,2024-09-05 10:20,게시자 이의제기 가능 기간 30일\n"
    f"6,{N6},확인불가,-,게시물이 존재하지 않음\n"
    f"7,{N7},삭제,2024-09-05 11:02,\n"
    f"13,{N13},삭제,2024-09-05 11:05,\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 5 Sep 2024 17:31:09 +0900",
    subject="[KCSC-240903-01] 조치결과 회신 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv431-csv"

--nv431-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 1차 처리분 6건의 결과를 첨부 파일(CSV)로 보내드립니다.
요약: 삭제 4건, 임시조치 1건, 확인불가 1건
나머지 7건은 처리되는 대로 2차로 회신드리겠습니다.

감사합니다.

--nv431-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result_1.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result_1.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_naver.encode('utf-8')).decode('ascii')}
--nv431-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply carrying its result sheet as a CSV attachment",
    why="each CSV row gives a URL and a result; 확인불가 with '게시물이 존재하지 않음' is not_found",
    items={N1: "removed", N2: "removed", N3: "restricted", N6: "not_found", N7: "removed",
           N13: "removed"},
)

case(
    name="naver-blind-single",
    **{"from": "help@naver.com"}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 11:20:33 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-06)",
    body=f"""
안녕하세요. NAVER 고객센터입니다.

요청하신 아래 게시물에 대하여 블라인드 처리를 완료하였습니다.

 - 대상: {S1}
 - 처리 내용: 블라인드(비노출)
 - 처리 일시: 2024.09.12 11:05

게시자가 이의를 제기하는 경우 관련 법령 및 운영정책에 따라 다시 검토될 수 있습니다.

NAVER 고객센터 드림
※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/블라인드 처리 결과 notice",
    why="블라인드 처리 완료 of the one named URL; the possible later re-review is not a statement",
    items={S1: "removed"},
)

case(
    name="naver-sole-no-url",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date="Wed, 11 Sep 2024 17:48:02 +0900",
    subject="Re: [KCSC-240911-06] 시정요구 통지",
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요, 네이버 블로그 운영팀 최민서입니다.

보내주신 건 확인했습니다. 해당 게시물은 오늘 오후 운영정책(불법촬영물·허위영상물)에
따라 삭제 조치했고, 게시자에게는 이용제한 안내가 발송되었습니다.

감사합니다.
최민서 드림

2024년 9월 11일 (수) 오전 10:05, KCSC 디지털성범죄심의팀 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240911-06")}
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply to a one-item request, no URL repeated",
    why="unhedged 삭제 조치했고 about 'the post' answering a one-item request (ref in subject, thread)",
    items={S1: "removed"},
)

case(
    name="naver-bulk-all",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 09:15:40 +0900",
    subject="[회신] KCSC-240903-01 조치 완료",
    body="""
방송통신심의위원회 담당자님께,

2024. 9. 3. 요청하신 게시물 전체(13건)에 대하여 삭제 조치를 완료하였음을
알려드립니다. 세부 처리 내역이 필요하시면 말씀해 주십시오.

네이버 주식회사 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion notice for a whole request",
    why="'all 13 removed' for a 13-item request without naming any item: bulk, nothing applied",
    items={},
)

case(
    name="naver-promise",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 4 Sep 2024 10:02:11 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 통지",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 URL 중 아래 3건은 해당 서비스 담당 부서에 전달하였으며, 검토 후
순차적으로 삭제 조치할 예정입니다.

{N1}
{N2}
{N4}

조치가 완료되면 별도로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: handed to the service team, will act",
    why="'will be removed after review' is a promise; named items stay pending",
    items={N1: "pending", N2: "pending", N4: "pending"},
)

case(
    name="naver-hedge",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Thu, 5 Sep 2024 15:26:50 +0900",
    subject="RE: [KCSC-240903-01] 카페 게시물 관련",
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

확인해 보니 아래 두 게시물은 이미 작성자가 삭제한 것으로 보입니다.
다만 검색 결과에 캐시 페이지가 남아 있을 수 있어 추가로 확인하고 있습니다.

- {N6}
- {N13}

확인이 끝나면 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="cafe operator interim reply with a hedged 'seems already deleted'",
    why="'~것으로 보입니다' (appears to) plus 'still checking' is a hedge, not a statement",
    items={N6: "pending", N13: "pending"},
)

case(
    name="naver-mixed-done-and-pending",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Fri, 6 Sep 2024 14:11:27 +0900",
    subject="[KCSC-240903-01] 카페 게시물 처리 현황",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.
요청하신 카페 게시물 4건의 처리 현황을 공유드립니다.

1. {N4} - 게시중단 완료
2. {N5} - 게시중단 완료
3. {N6} - 카페 매니저 소명이 접수되어 검토 중
4. {N7} - 임시조치 완료

3번은 검토 결과가 나오면 따로 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="cafe operator status update, numbered list with dash-separated results",
    why="three items stated, one explicitly under review and left pending",
    items={N4: "removed", N5: "removed", N6: "pending", N7: "restricted"},
)

case(
    name="naver-gmail-top-posted",
    **{"from": "hyejin.yoon@navercorp.com"}, name_from="윤혜진",
    date="Wed, 4 Sep 2024 19:44:03 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 통지",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 윤혜진입니다.

아래 2건 게시중단 처리 완료했습니다.
{N3}
{N12}

나머지는 담당 서비스별로 확인 후 다시 연락드릴게요.

윤혜진 드림

2024년 9월 3일 (화) 오후 2:10, KCSC 디지털성범죄심의팀 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="two URLs above the quote are stated done; the quoted request's 13 URLs say nothing",
    items={N3: "removed", N12: "removed"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Sat, 7 Sep 2024 02:13:55 +0900",
    subject="[회신] 시정요구 조치결과 (KCSC-240903-01)",
    body=f"""
방송통신심의위원회 귀중

요청하신 게시물의 조치결과를 회신합니다.

 1) {N1} : 삭제
 2) {N2} : 삭제
 3) {N11} : 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="result list claiming to be from NAVER whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: nothing applied",
    items={N1: "pending", N2: "pending", N11: "pending"},
)

case(
    name="naver-ooo",
    **{"from": "haeun.kim@navercorp.com"}, name_from="김하은",
    date="Tue, 3 Sep 2024 14:10:31 +0900",
    subject="[자동회신] Re: [KCSC-240903-01] 시정요구 통지",
    extra_headers=AUTO,
    body="""
안녕하세요. 김하은입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply ([자동회신] 부재중)",
    why="auto-reply (Auto-Submitted, [자동회신]) that says nothing about items",
    items={},
)

case(
    name="naver-receipt",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 신고센터",
    date="Tue, 3 Sep 2024 14:12:08 +0900",
    subject="[NAVER 신고센터] 신고 접수 완료 안내 (KCSC-240903-01)",
    body="""
안녕하세요. NAVER 신고센터입니다.

보내주신 요청(요청번호 KCSC-240903-01)이 정상적으로 접수되었습니다.

 - 접수번호: NRC-20240903-00417
 - 접수일시: 2024-09-03 14:11

처리 결과는 담당자 확인 후 이 메일 주소로 안내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고센터 ticket receipt (접수 완료 안내)",
    why="pure receipt: ticket number, no item named, nothing stated",
    items={},
)

case(
    name="naver-mdn",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 15:02:40 +0900",
    subject="읽음 확인: [KCSC-240903-01] 시정요구 통지",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="nv431-mdn"

--nv431-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-03 14:10에 보내신 메일 "[KCSC-240903-01] 시정요구 통지"을(를)
수신자(policy@navercorp.com)가 2024-09-03 15:02에 읽었습니다.

--nv431-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--nv431-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (읽음 확인, RFC 8098 MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="naver-url-then-status-below",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Sun, 8 Sep 2024 10:37:19 +0900",
    subject="Re: KCSC-240903-01 처리 결과",
    body=f"""
요청번호 KCSC-240903-01 중 블로그·카페 게시물 3건 처리 결과입니다.

{N3}
→ 블라인드 처리 완료

{N7}
→ 작성자가 자진 삭제하여 현재 존재하지 않는 게시물입니다

{N11}
→ 임시조치(30일) 적용

NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="terse portal reply: bare URL with its result on the line below",
    why="each arrow line states the result of the URL above it",
    items={N3: "removed", N7: "not_found", N11: "restricted"},
)

case(
    name="naver-korean-path-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 7 Sep 2024 11:58:30 +0900",
    subject="[KCSC-240903-01] 인플루언서·지식iN 게시물 조치 결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 인플루언서 콘텐츠와 지식iN 질문에 대한 처리 결과를 알려드립니다.

인플루언서 홈 콘텐츠 {N10_RAW} 은 9월 6일 삭제하였습니다.
지식iN 질문 {N9}의 질문글과 답변글 3건은 모두 운영자 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal prose reply with a raw Korean-path URL and a particle glued to a URL",
    why="raw Korean path matches the percent-encoded request URL; '...471203388의' is the kin URL plus a particle",
    items={N10: "removed", N9: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "tv_post_ops@navercorp.com"}, name_from="네이버 TV·포스트 운영",
    date="Mon, 9 Sep 2024 09:30:44 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 통지",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 TV·포스트 운영 담당입니다.
요청 건 중 저희 서비스 항목의 처리 결과를 공유드립니다.

- 네이버TV 영상 ({N12}): 재생 중단 후 삭제
- 네이버 포스트 ({N8}): 게시자 이용정지, 해당 포스트 비공개 처리

감사합니다.

-----Original Message-----
From: KCSC 디지털성범죄심의팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:10 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구 통지

{chr(10).join(request_body("KCSC-240903-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="two items stated above the Outlook quote; the unprefixed quoted request states nothing",
    items={N12: "removed", N8: "removed"},
)

case(
    name="naver-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 13:00:00 +0900",
    subject="[안내] 유관기관 전용 신고 채널 변경 안내",
    body="""
유관기관 담당자님께,

2024년 10월 1일부터 유관기관의 게시물 삭제·시정요구 접수 채널이
유관기관 전용 신고 페이지(https://policy.naver.com/agency/report)로 일원화됩니다.
기존 이메일 접수는 10월 31일까지 병행 운영됩니다.

이용에 참고하시기 바랍니다.
네이버 주식회사 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="portal general notice to agencies about a new reporting channel",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="band-from-navercorp",
    **{"from": "band_safety@navercorp.com"}, name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 16:22:18 +0900",
    subject="[BAND] 신고 게시글 처리 결과 (KCSC-240910-05)",
    body=f"""
안녕하세요. BAND 운영팀입니다.

신고하신 BAND 게시글 2건은 운영정책 위반으로 삭제 처리되었습니다.

 - {B1}
 - {B2}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND safety reply sent from the parent company's domain",
    why="band items stated by a navercorp.com sender, which is not the band platform's configured domain",
    items={B1: "pending", B2: "pending"},
)

# ==========================================================================
# Kakao / Daum
# ==========================================================================
case(
    name="kakao-daum-tempblock",
    **{"from": "right@daum.net"}, name_from="Daum 권리침해신고센터",
    date="Fri, 6 Sep 2024 15:31:02 +0900",
    subject="[Daum] 게시중단 요청에 대한 처리 결과 안내 (KCSC-240905-02)",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

귀하께서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라
아래와 같이 임시조치를 하였음을 알려드립니다.

■ 처리 대상
  {K1}
  {K2}
■ 처리 내용: 임시조치(30일간 게시중단)
■ 처리 일시: 2024-09-06 15:20

임시조치 기간 내 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice",
    why="임시조치 of both named posts is restricted; deletion after 30 days is conditional",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-bullets-mixed",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전정책팀",
    date="Tue, 10 Sep 2024 11:04:56 +0900",
    subject="KCSC-240905-02 처리 결과",
    body=f"""
안녕하세요. 카카오 안전정책팀입니다.
KCSC-240905-02 요청 5건 처리 결과입니다.

• {K1} : 삭제
• {K2} : 삭제
• {K3} : 게시글 비공개 전환 및 블로그 이용제한
• {K4} : 오픈채팅방 운영 종료(영구 제한)
• {K5} : 이미 삭제된 게시물로 확인되어 별도 조치 없음

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety desk bullet list of results",
    why="each bullet pairs a URL with a result; 'already deleted' is not_found",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "removed", K5: "not_found"},
)

case(
    name="kakao-status-above-url",
    **{"from": "tistory_ops@kakaocorp.com"}, name_from="카카오 콘텐츠운영팀",
    date="Mon, 9 Sep 2024 17:12:38 +0900",
    subject="Re: [KCSC-240905-02] 시정요구 통지",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 카카오 콘텐츠운영팀입니다.

아래 게시물은 운영정책(불법촬영물 유포) 위반으로 영구 삭제되었습니다.
{K3}

아래 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
{K2}

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply where each result sentence is followed by its URL",
    why="statement on the line above each URL: one removed, one kept up for no violation",
    items={K3: "removed", K2: "rejected"},
)

kakao_b64 = f"""안녕하세요. 카카오 고객보호센터입니다.

요청번호 KCSC-240905-02 관련 처리 결과를 아래와 같이 안내드립니다.

1) 티스토리 게시글 {K3}
   - 게시글 삭제 및 블로그 이용 제한
2) 오픈채팅방 {K4}
   - 성인 인증 이용자만 입장 가능하도록 연령 제한 조치

감사합니다.
카카오 고객보호센터
"""
case(
    name="kakao-base64",
    **{"from": "protect@kakaocorp.com"}, name_from="카카오 고객보호센터",
    date="Sun, 8 Sep 2024 20:05:12 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[카카오] 처리 결과 안내 (KCSC-240905-02)".encode()).decode() + "?=",
    raw_mime=b64(kakao_b64),
    outcome="applied", classification="confirmation",
    imitates="Kakao notice with base64 body and RFC 2047 subject",
    why="base64 body: Tistory post deleted, open chat put behind an age gate (restricted)",
    items={K3: "removed", K4: "restricted"},
)

case(
    name="kakao-raw-korean-path",
    **{"from": "cafe_ops@daum.net"}, name_from="Daum 카페 운영팀",
    date="Sat, 7 Sep 2024 13:40:29 +0900",
    subject="[Daum 카페] KCSC-240905-02 관련 회신",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

{K5_RAW} 게시글은 삭제되었고, 해당 카페는 운영정책 위반으로 블라인드 처리되었습니다.
{K1} 은 작성자 본인이 이미 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator prose reply with a raw Korean cafe path",
    why="raw Korean path equals the percent-encoded request URL; author-deleted post is not_found",
    items={K5: "removed", K1: "not_found"},
)

case(
    name="kakao-rejected-reason",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전정책팀",
    date="Wed, 11 Sep 2024 10:18:47 +0900",
    subject="[회신] 시정요구 검토 결과 (KCSC-240905-02)",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 중 2건에 대한 검토 결과를 알려드립니다.

{K2} 게시물은 성인 배우의 공개 화보를 인용한 글로, 불법촬영물이나
허위영상물로 보기 어려워 게시중단 요청을 받아들이지 않았습니다(게시 유지).

한편 {K1} 게시물은 피해자 식별 정보가 포함되어 있어 삭제하였습니다.

카카오 안전정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal with its reason, plus one removal",
    why="a refusal with a reason (게시 유지) is rejected even though 게시중단 appears in it; the other is removed",
    items={K2: "rejected", K1: "removed"},
)

case(
    name="kakao-angle-fullwidth",
    **{"from": "openchat_ops@kakaocorp.com"}, name_from="카카오 오픈채팅 운영",
    date="Thu, 12 Sep 2024 09:55:03 +0900",
    subject="RE: KCSC-240905-02",
    body=f"""
안녕하세요。카카오 운영팀입니다。

요청 주신 항목의 처리 결과는 다음과 같습니다．

<{K1}>：삭제 완료，
「{K4}」 오픈채팅방：운영정책 위반으로 방 폐쇄

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="reply written with full-width punctuation, URLs in <> and 「」",
    why="angle-bracketed and corner-bracketed URLs each with an unhedged result",
    items={K1: "removed", K4: "removed"},
)

case(
    name="kakao-asks-more",
    **{"from": "right@daum.net"}, name_from="Daum 권리침해신고센터",
    date="Fri, 6 Sep 2024 10:44:21 +0900",
    subject="[Daum] 추가 자료 요청 (KCSC-240905-02)",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 {K1} 건의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1) 시정요구 의결서 사본
 2) 해당 게시물의 문제 부분 캡처 화면

자료가 확인되는 대로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Daum 권리침해신고센터 request for supporting documents",
    why="asks for documents before acting; the named item stays pending",
    items={K1: "pending"},
)

case(
    name="kakao-dsn",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 5 Sep 2024 10:30:52 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="kk431-dsn"

--kk431-dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.

다음 수신자에게 보낸 메일이 반송되었습니다:
<report-kr@kakaocorp.com>: 존재하지 않는 사용자입니다 (550 5.1.1)

--kk431-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu, 5 Sep 2024 10:30:50 +0900

Final-Recipient: rfc822; report-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-kr@kakaocorp.com>: Recipient address rejected: User unknown

--kk431-dsn
Content-Type: message/rfc822

From: =?UTF-8?B?S0NTQyDrlJTsp4DthLjshLHrspTso4Tsi6zsnZjtjIA=?= <takedown@kcsc.example>
To: report-kr@kakaocorp.com
Subject: [KCSC-240905-02] 시정요구 통지
Date: Thu, 5 Sep 2024 10:30:00 +0900
Message-ID: <req-240905-02@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{chr(10).join(request_body("KCSC-240905-02"))}

--kk431-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN returning our request with its URLs",
    why="delivery failure report; the returned request's URLs are ours, not statements",
    items={},
)

case(
    name="kakao-forwarded",
    **{"from": "jiwoo.lee@kakaocorp.com"}, name_from="이지우",
    date="Mon, 9 Sep 2024 11:15:36 +0900",
    subject="Fwd: [처리완료] KCSC-240905-02 카페 게시물",
    body=f"""
담당자님, 내부 처리 결과 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 9일 (월) 오전 10:02
Subject: [처리완료] KCSC-240905-02 카페 게시물
To: 정책협력팀 <policy-coop@kakaocorp.com>

정책협력팀 요청 건 처리했습니다.
{K1} 삭제 완료
{K2} 삭제 완료
""",
    outcome="review", review="forwarded",
    imitates="staff member forwarding an internal team's result mail",
    why="the statements are inside a forwarded internal message, not the sender's own words",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-auth-fail",
    **{"from": "right@daum.net"}, name_from="Daum 권리침해신고센터",
    auth="fail",
    date="Tue, 10 Sep 2024 03:41:09 +0900",
    subject="[Daum] 게시중단 처리 완료 (KCSC-240905-02)",
    body=f"""
요청하신 게시물에 대한 게시중단 처리가 완료되었습니다.

 - {K3} : 삭제
 - {K4} : 삭제

Daum 권리침해신고센터
""",
    outcome="review", review="untrusted",
    imitates="Daum-branded result notice failing DKIM/SPF/DMARC",
    why="daum.net sender but authentication fails: nothing applied",
    items={K3: "pending", K4: "pending"},
)

# ==========================================================================
# YouTube (Korean)
# ==========================================================================
case(
    name="yt-korean-legal",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 08:12:44 +0900",
    subject="[YouTube] 법적 요청에 대한 조치 결과 [KCSC-240906-03]",
    body=f"""
안녕하세요.

YouTube에 보내주신 요청을 검토했습니다.

검토 결과 다음 콘텐츠에 대해 대한민국 내 접근을 차단했습니다.
- {Y1}
- {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.
- {Y3}

게시자는 이 결정에 대해 이의를 제기할 수 있습니다. 자세한 내용은
https://support.google.com/youtube/answer/2807622 를 참고하세요.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome in Korean (local block vs global removal)",
    why="two videos blocked in Korea (restricted), one removed globally; help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 07:50:21 +0900",
    subject="Re: [KCSC-240906-03] 추가 조치 안내",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요.

요청하신 채널 {Y4} 은(는) 반복적인 정책 위반으로 해지되었습니다.
또한 {Y1} 동영상에는 연령 제한이 적용되었습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination and age restriction notice in Korean",
    why="channel terminated is removed; age restriction is restricted",
    items={Y4: "removed", Y1: "restricted"},
)

case(
    name="yt-r7-single",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 13 Sep 2024 09:03:17 +0900",
    subject="Re: KCSC-240912-07",
    body=f"""
안녕하세요.

신고하신 동영상 <{Y7}> 은(는) 괴롭힘 및 사이버 폭력 정책 위반으로 삭제되었습니다.

Hello, the video you reported has been removed for violating our harassment and cyberbullying policy.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual YouTube removal notice for one video, URL in angle brackets",
    why="unhedged removal of the single named video",
    items={Y7: "removed"},
)

case(
    name="yt-under-review",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 9 Sep 2024 10:27:05 +0900",
    subject="Re: [KCSC-240906-03] 시정요구 통지",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요.

보내주신 요청 중 아래 동영상 2건은 현재 검토가 진행 중입니다.

{Y1}
{Y2}

검토에는 통상 며칠이 소요되며, 결과가 나오는 대로 이 스레드로 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'still reviewing' interim reply naming the videos",
    why="'under review' names items but states nothing about them",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-rejected-notfound",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 06:40:58 +0900",
    subject="[YouTube] 요청 처리 결과 [KCSC-240906-03]",
    body=f"""
안녕하세요.

{Y2}
현지 법률과 YouTube 정책을 검토한 결과, 이 동영상을 삭제하거나 제한할 근거를
찾지 못했습니다. 따라서 해당 콘텐츠에 대해서는 조치를 취하지 않았습니다.

{Y3}
제공해 주신 URL로는 콘텐츠를 찾을 수 없습니다. URL이 정확한지 확인해 주세요.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action taken' and 'cannot locate content' paragraphs",
    why="one refusal with its reason (rejected), one cannot-find (not_found)",
    items={Y2: "rejected", Y3: "not_found"},
)

case(
    name="yt-ack",
    **{"from": "noreply@google.com"}, name_from="Google 법률 지원팀",
    date="Fri, 6 Sep 2024 11:02:33 +0900",
    subject="법률 지원 요청이 접수되었습니다 [4-8812000031942] KCSC-240906-03",
    body="""
안녕하세요.

Google 법률 지원팀에 요청을 보내주셔서 감사합니다. 요청이 접수되었으며
참조 번호는 4-8812000031942입니다. 추가 문의 시 이 번호를 알려주세요.

이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal help receipt with reference number",
    why="pure receipt: reference number, nothing about any item",
    items={},
)

case(
    name="yt-unknown-sender",
    **{"from": "contact@hangyeol-law.example"}, name_from="법무법인 한결",
    date="Wed, 11 Sep 2024 15:33:48 +0900",
    subject="KCSC-240906-03 관련 의견서 (채널 운영자 대리)",
    body=f"""
방송통신심의위원회 귀중

당 법인은 채널 운영자의 대리인으로서 다음과 같이 알려드립니다.

의뢰인은 문제된 동영상 {Y2} 을 2024. 9. 10. 직접 삭제하였으므로,
해당 건에 대한 시정요구를 종결하여 주시기 바랍니다.

법무법인 한결 담당 변호사 정다온
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of an uploader",
    why="a non-platform sender naming our request and a URL: unknown_sender",
    items={Y2: "pending"},
)

yt_html = f"""<html><body>
<p>안녕하세요. YouTube 법무팀입니다.</p>
<p>접수번호 4-8812000031942 (요청번호 KCSC-240906-03)에 대한 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>URL</th><th>조치</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{Y3}</td><td>삭제됨</td><td>커뮤니티 가이드 위반</td></tr>
<tr><td>{Y4}</td><td>대한민국에서 차단됨</td><td>현지 법률</td></tr>
</tbody></table>
<p>자세한 내용은 <a href="https://support.google.com/legal/answer/3110420">법적 삭제 요청 도움말</a>을 참고하세요.</p>
</body></html>
"""
case(
    name="yt-html-table",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 19:20:10 +0900",
    subject="[YouTube] 처리 결과 안내 - 4-8812000031942",
    type="html",
    body=yt_html,
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML result table with ticket and request numbers",
    why="table: short removed globally, channel blocked in Korea (restricted)",
    items={Y3: "removed", Y4: "restricted"},
)

# ==========================================================================
# DC Inside
# ==========================================================================
case(
    name="dc-informal",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 14:48:09 +0900",
    subject="Re: [KCSC-240909-04] 시정요구 통지",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 건 확인했습니다.

{D1} → 삭제하고 작성자 IP 차단했습니다
{D2} → 작성자가 먼저 지운 글이라 이미 없는 상태입니다
{D3} → 삭제했습니다

추가로 보이는 글 있으면 언제든 보내주세요~
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply with arrows",
    why="each arrow gives the result; IP ban of the author is not a geo-block; author-deleted is not_found",
    items={D1: "removed", D2: "not_found", D3: "removed"},
)

case(
    name="dc-hedge",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 9 Sep 2024 18:20:44 +0900",
    subject="Re: [KCSC-240909-04] 시정요구 통지",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요~ 디시 운영팀입니다.

말씀하신 글 두 개는 아마 갤러리 관리자가 이미 정리한 것 같아요.
{D1}
{D2}
제가 로그 확인해보고 내일 다시 답 드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="informal operator first answer, hedged ('아마 ... 것 같아요')",
    why="hedged guess plus a promise to check: not a statement",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-wrapped-angle",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 10:06:31 +0900",
    subject="[KCSC-240909-04] 처리 완료",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 2건 모두 삭제 처리 완료되었습니다.

<{D2.replace('&no=', '&' + chr(10) + 'no=')}>
<{D3}>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply whose client wrapped a long URL inside angle brackets",
    why="'both deleted' followed by the two URLs; the first URL is wrapped inside <...>",
    items={D2: "removed", D3: "removed"},
)

case(
    name="dc-ooo",
    **{"from": "seoyeon.park@dcinside.com"}, name_from="박서연",
    date="Mon, 9 Sep 2024 09:41:02 +0900",
    subject="부재중 자동응답: [KCSC-240909-04] 시정요구 통지",
    extra_headers=AUTO,
    body="""
[부재중 자동응답]
9월 9일~9월 13일 출장으로 회신이 늦어질 수 있습니다.
게시물 관련 요청은 cs@dcinside.com 으로 보내주시면 운영팀에서 처리합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply (부재중 자동응답)",
    why="auto-reply with no statement",
    items={},
)

dc_gongmun = f"""수신: 방송통신심의위원회 위원장
(경유)
제목: 시정요구 조치결과 보고 (KCSC-240909-04)

1. 관련: 귀 위원회 시정요구 통지 (2024. 9. 9.)
2. 위 관련 시정요구 대상 정보 3건에 대한 조치결과를 다음과 같이 보고합니다.

  가. {D1}
      : 삭제 완료 (2024. 9. 10.)
  나. {D2}
      : 삭제 완료 (2024. 9. 10.)
  다. {D3}
      : 해당 게시물 없음 (작성자 자진 삭제)

끝.

주식회사 디시인사이드 대표이사 (직인생략)
"""
case(
    name="dc-gongmun-qp",
    **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무",
    date="Thu, 12 Sep 2024 16:15:27 +0900",
    subject="시정요구 조치결과 보고 (KCSC-240909-04)",
    raw_mime=qp(dc_gongmun),
    outcome="applied", classification="confirmation",
    imitates="formal 공문 조치결과 보고, quoted-printable, result on the line below each URL",
    why="가/나/다 rows: two deleted, one no longer exists (author deleted)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

# ==========================================================================
# BAND
# ==========================================================================
case(
    name="band-deleted",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 12:30:55 +0900",
    subject="[BAND] 신고 처리 결과 안내 (접수번호 BD-240911-2208)",
    body=f"""
안녕하세요. BAND 고객센터입니다.

접수번호 BD-240911-2208로 접수된 신고(KCSC-240910-05)에 대해 안내드립니다.

신고하신 게시글 2건은 BAND 운영정책(불법촬영물 등 유통 금지) 위반에 해당하여
모두 삭제 조치했습니다.
 - {B1}
 - {B2}

아울러 해당 밴드는 운영이 중지되었습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 notice opening with a ticket number",
    why="receipt phrase plus unhedged deletion of both named posts",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-bulk",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240910-05] 시정요구 통지",
    reply_to_req="req-240910-05",
    body="""
안녕하세요. BAND 고객센터입니다.

KCSC-240910-05 건으로 요청하신 게시글은 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND one-line completion reply",
    why="'all removed' for a two-item request without naming either: bulk",
    items={},
)

HEADER = """# Blind set 431 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind431/make.py from each email's meaning alone,
# before the reader was run on any of these emails."""


def rfc2047(text, enc="B"):
    """Encoded-words as mail clients write them (folded when long)."""
    if text.isascii():
        return text
    cs = Charset("utf-8")
    cs.header_encoding = BASE64 if enc == "B" else QP
    return Header(text, cs).encode(maxlinelen=76)


# Korean display names are RFC 2047-encoded, as mail clients send them; most
# subjects stay raw UTF-8 (RFC 6532), the QP-bodied notices use Q-encoding.
Q_SUBJECT = {"naver-html-qp-table", "dc-gongmun-qp"}
for _c in cases:
    if "name_from" in _c:
        _c["name_from"] = rfc2047(_c["name_from"])
    if _c["name"] in Q_SUBJECT:
        _c["subject"] = rfc2047(_c["subject"], "Q")


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
