#!/usr/bin/env python3
"""Blind set blind965: Korean replies (NAVER, Kakao/Daum/Tistory, YouTube
Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices, 시정요구
result tables, informal operator replies, receipts, bounces and read receipts.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind965/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.utils
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    """'2024-09-12 16:40:12' (KST) -> RFC 5322 date."""
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return email.utils.format_datetime(t)


def subj(s):
    """RFC 2047-encoded subject, as most Korean mail clients send it."""
    return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def tistory(host, slug):
    raw = f"https://{host}/entry/{slug}"
    enc = f"https://{host}/entry/" + quote(slug, safe="-")
    return raw, enc


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N1 = "https://blog.naver.com/moonlit_shop77/223551000101"
N2 = "https://blog.naver.com/moonlit_shop77/223551000188"
N3 = "https://blog.naver.com/greenpill_store/223549870012"
N4 = "https://blog.naver.com/greenpill_store/223549870455"
N5 = "https://blog.naver.com/hanul_dealer/223560112233"
N6 = "https://m.blog.naver.com/hanul_dealer/223560112299"
N7 = "https://cafe.naver.com/quickloan2024/1187"
N8 = "https://cafe.naver.com/quickloan2024/1203"
N9 = "https://cafe.naver.com/quickloan2024/1219"
N10 = "https://cafe.naver.com/dietpillmarket/45512"
N11 = "https://cafe.naver.com/dietpillmarket/45590"
N12 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230981"
N13 = "https://post.naver.com/viewer/postView.naver?volumeNo=38104422&memberNo=51239087"
N14 = "https://blog.naver.com/PostView.naver?blogId=sori_market&logNo=223571004455"
NAV = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/lotto-winners/aBcD/3321"
K2 = "https://cafe.daum.net/lotto-winners/aBcD/3345"
K3raw, K3 = tistory("jackpot-diary.tistory.com", "스포츠-토토-사이트-추천")
K4raw, K4 = tistory("jackpot-diary.tistory.com", "먹튀-검증-목록")
K5 = "https://pillzone.tistory.com/118"
KAK = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm7dK2pLx9A"
Y2 = "https://www.youtube.com/watch?v=Rt4vB8nWc1E"
Y3 = "https://www.youtube.com/watch?v=Zx0hJ5sTq3K"
Y4 = "https://www.youtube.com/shorts/Lp2sM9aKe7W"
YT = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448907"
DC = [D1, D2, D3]

B1 = "https://band.us/band/80123456/post/212"
B2 = "https://band.us/band/80123456/post/219"

S1 = "https://blog.naver.com/dalbit_review/223580019876"
T1 = "https://www.youtube.com/watch?v=Hc8yN3fRw0D"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-02T14:05:00+09:00", "2024-09-09T23:59:59+09:00", NAV,
     "불법 의약품·불법 대부", "largest request: NAVER blog, cafe, 지식iN, post"),
    (R2, "kakao", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", KAK,
     "불법 도박", "Daum cafe and Tistory (two Korean-path URLs)"),
    (R3, "youtube", "2024-09-05T11:02:00+09:00", "2024-09-12T23:59:59+09:00", YT,
     "불법 금융 광고", "YouTube videos and a short"),
    (R4, "dcinside", "2024-09-06T15:12:00+09:00", "2024-09-13T23:59:59+09:00", DC,
     "불법 리딩방 홍보", "DC Inside gallery posts"),
    (R5, "band", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00", [B1, B2],
     "개인정보 유출", "BAND posts"),
    (R6, "naver", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", [S1],
     "명예훼손", "one-item request"),
    (R7, "youtube", "2024-09-11T10:20:00+09:00", "2024-09-18T23:59:59+09:00", [T1],
     "불법 도박", "one-item request"),
]


def mid(ref):
    return f"req.{ref}@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def rq(ref):
    return f"req.{ref}"


def quoted_request(ref, urls, prefix="> "):
    lines = ["안녕하세요. 방송통신심의위원회 통신심의국입니다.",
             f"아래 정보에 대하여 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다. ({ref})", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**c):
    nf = c.get("name_from")
    if nf and not nf.isascii():
        c["name_from"] = Header(nf, "utf-8").encode()
    CASES.append(c)


# =================================================================== applied

case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-12 16:40:12"), reply_to_req=rq(R1),
    subject=subj(f"[회신] 시정요구에 대한 조치결과 통보 ({R1})"),
    body=f"""
네이버 주식회사

수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(관리번호 {R1})와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

- 아    래 -

| 연번 | 대상 URL | 조치결과 | 비고 |
|---|---|---|---|
| 1 | {N1} | 삭제 | |
| 2 | {N2} | 삭제 | |
| 3 | {N3} | 임시조치 | 30일 |
| 4 | {N4} | 게시중단 | |
| 5 | {N5} | 해당 게시물 없음 | 작성자 자진 삭제 |
| 6 | {N6} | 삭제 | |
| 7 | {N7} | 삭제 | |
| 8 | {N8} | 삭제 | |
| 9 | {N9} | 삭제 | |
| 10 | {N10} | 임시조치 | 30일 |
| 11 | {N11} | 비공개 처리 | |
| 12 | {N12} | 미조치 | 운영정책 위반 사항 확인되지 않음 |
| 13 | {N13} | 삭제 | |
| 14 | {N14} | 국내 접근 제한 | |

3. 조치결과에 대하여 문의사항이 있으시면 아래 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당 김서윤 / policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 회신 '시정요구에 대한 조치결과' with a 연번/URL/조치결과/비고 table",
    why="trusted NAVER 공문 with one result per URL: 삭제/게시중단/비공개 -> removed, 임시조치/국내 접근 제한 -> restricted, 게시물 없음 -> not_found, 미조치(위반 없음) -> rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "removed", N10: "restricted",
           N11: "removed", N12: "rejected", N13: "removed", N14: "restricted"},
)

case(
    name="naver-cafe-blind-bullets",
    **{"from": "cafe_safety@navercorp.com"}, name_from="네이버 카페 운영정책팀",
    date=d("2024-09-05 10:12:40"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1}) - 카페 게시물 처리 결과"),
    body=f"""
안녕하세요, 네이버 카페 운영정책팀입니다.

방송통신심의위원회에서 요청하신 건({R1}) 중 카페 게시물에 대한 처리 결과를
먼저 안내드립니다.

아래 게시물은 카페 운영정책(불법 금융 광고) 위반으로 블라인드 처리되었습니다.
 - {N7}
 - {N8}
 - {N9}

dietpillmarket 카페의 게시물 2건은 아직 검토 중이며, 결과가 나오는 대로
별도로 회신드리겠습니다.

감사합니다.
네이버 카페 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations team reply announcing 블라인드 처리 for listed posts",
    why="three cafe URLs under one '블라인드 처리되었습니다' sentence -> removed; the two dietpillmarket posts are only 'under review' (not named by URL) -> pending",
    items={N7: "removed", N8: "removed", N9: "removed", N10: "pending", N11: "pending"},
)

case(
    name="naver-kin-post-url-below-statement",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-06 14:03:11"),
    subject=subj(f"[네이버 고객센터] {R1} 지식iN/포스트 게시물 확인 결과"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{R1} 관련하여 지식iN 및 네이버 포스트 게시물 확인 결과를 알려드립니다.

지식iN 질문은 현재 존재하지 않는 게시물입니다(질문자가 직접 삭제한 것으로 확인되었습니다).
{N12}

네이버 포스트 게시물은 이용약관 위반으로 삭제하였습니다.
{N13}

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply, each statement followed by its URL on the next line",
    why="statement above its URL: 지식iN question deleted by its author -> not_found; post deleted for ToS violation -> removed; help.naver.com is not an item",
    items={N12: "not_found", N13: "removed"},
)

_html4 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 블로그 운영팀입니다.<br>
방송통신심의위원회 시정요구({R1}) 중 블로그 게시물 6건의 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>블라인드</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>임시조치(30일)</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>조치 불가 - 운영정책 위반 아님</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>게시물 없음</td></tr>
</table>
<p>나머지 게시물은 담당 서비스에서 별도로 회신드릴 예정입니다.<br>감사합니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 회신 시 관리번호를 유지해 주세요.</p>
</body></html>"""
case(
    name="naver-blog-html-table-base64",
    **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date=d("2024-09-09 17:25:03"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1}) 블로그 게시물 처리 결과"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="----=_NvBlog_9a1c"

------=_NvBlog_9a1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

------=_NvBlog_9a1c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html4)}
------=_NvBlog_9a1c--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team HTML result table (base64 HTML part, plain part only says 'view as HTML')",
    why="HTML table row per URL: 삭제/블라인드 -> removed, 임시조치 -> restricted, 조치 불가(위반 아님) -> rejected, 게시물 없음 -> not_found",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "rejected", N6: "not_found"},
)

case(
    name="naver-one-item-no-url",
    **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date=d("2024-09-11 09:40:55"), reply_to_req=rq(R6),
    subject=subj(f"RE: 시정요구 ({R6}) 블로그 게시물"),
    body="""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물은 금일 오전 게시중단 처리되었음을 알려드립니다.
게시자에게는 게시중단 사실과 이의제기 방법이 안내되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short 게시중단 처리 notice answering a one-item request in its thread",
    why="no URL, but the request (thread + ref in subject) has exactly one item and the sole statement is 게시중단 처리되었음 -> removed",
    items={S1: "removed"},
)

case(
    name="naver-angle-url-fullwidth-temporary-measure",
    **{"from": "right_notice@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d("2024-09-12 11:08:30"),
    subject=subj(f"[네이버] 임시조치 결과 안내 ({R6})"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

관리번호：{R6}
대상：<{S1}>
조치：임시조치（30일）
근거：정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

위 게시물은 권리침해 여부를 판단하기 어려워 30일간 접근이 차단되는 임시조치를 완료하였습니다.
게시자가 재게시를 요청하는 경우 관련 절차에 따라 별도 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (full-width colons, URL in angle brackets)",
    why="임시조치 (30-day access block) completed for the named URL -> restricted; the re-posting sentence is a conditional about the future, not a new status",
    items={S1: "restricted"},
)

_csv7 = "\n".join([
    "번호,게시물 URL,조치결과,사유",
    f"1,{K1},삭제,사행성 광고",
    f"2,{K2},삭제,사행성 광고",
    f"3,{K3},임시조치(30일),",
    f"4,{K4},삭제,불법 도박 사이트 홍보",
    f"5,{K5},게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="kakao-daum-csv-attachment",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-10 15:31:22"), reply_to_req=rq(R2),
    subject=subj(f"[카카오] 시정요구 조치결과 회신 ({R2})"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-mixed-7f31"

--kakao-mixed-7f31
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 시정요구 건의 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

카카오 권리침해신고센터 드림

--kakao-mixed-7f31
Content-Type: text/csv; charset=utf-8; name="result_{R2}.csv"
Content-Disposition: attachment; filename="result_{R2}.csv"
Content-Transfer-Encoding: base64

{b64(_csv7)}
--kakao-mixed-7f31--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply carrying a 조치결과 CSV attachment",
    why="CSV row per URL: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "removed", K5: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-paths",
    **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date=d("2024-09-09 13:45:10"),
    subject=subj(f"티스토리 게시글 처리 결과 안내 ({R2})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.
요청번호 {R2}에 포함된 티스토리 게시글 3건의 처리 결과입니다.

{K3raw} 글은 불법 도박 사이트 홍보로 확인되어 삭제했습니다.
'{K4raw}' 글 역시 같은 사유로 삭제했습니다.
{K5}은 의약품 성분을 소개하는 글로, 판매나 알선 내용이 없어 운영정책 위반으로 볼 수 없습니다. 게시는 유지됩니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations reply in prose with raw Korean-path URLs and attached particles",
    why="raw Korean paths match their percent-encoded request URLs: two deleted -> removed; pillzone/118 kept, no violation -> rejected ('118은' carries a particle)",
    items={K3: "removed", K4: "removed", K5: "rejected"},
)

case(
    name="kakao-cs-informal-daum-cafe",
    **{"from": "cs_agent@kakaocorp.com"}, name_from="카카오 고객센터 박지훈",
    date=d("2024-09-06 18:02:44"), reply_to_req=rq(R2),
    subject=subj(f"Re: 시정요구 ({R2})"),
    body=f"""
안녕하세요~ 카카오 고객센터 박지훈입니다.
말씀하신 다음카페 글 두 개 확인해봤어요.

{K1}
이건 저희 쪽에서 보기 전에 작성자가 먼저 지워서 지금은 없는 글이에요.

{K2}
이건 운영정책 위반이라 저희가 삭제했습니다.

티스토리 글들은 담당 팀이 따로 답변드릴 거예요. 좋은 하루 보내세요!
""",
    outcome="applied", classification="confirmation",
    imitates="informal Kakao customer-centre agent reply, URL first and its status on the line below",
    why="K1 already deleted by its author -> not_found; K2 deleted by Kakao -> removed; Tistory posts only mentioned as to-be-answered -> pending",
    items={K1: "not_found", K2: "removed", K3: "pending", K4: "pending", K5: "pending"},
)

case(
    name="yt-legal-korean-outcome-groups",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date=d("2024-09-11 08:15:00"),
    subject=subj(f"[요청번호 {R3}] YouTube 법적 삭제 요청 처리 결과"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청을 검토했습니다.

현지 법률 검토 결과, 다음 동영상은 대한민국에서 시청할 수 없도록 제한했습니다.
- {Y1}
- {Y2}

다음 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

다음 콘텐츠에 대해서는 조치를 취하지 않기로 결정했습니다. 제출하신 정보만으로는
해당 콘텐츠가 현지 법률이나 YouTube 정책을 위반한다고 판단하기 어렵습니다.
- {Y4}

새로운 정보가 있으시면 https://support.google.com/legal/answer/3110420 에서 새 요청을 제출해 주세요.

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome in Korean, URLs grouped under outcome headings",
    why="grouped outcomes: blocked in Korea -> restricted x2, removed under Community Guidelines -> removed, no action -> rejected; support.google.com link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

case(
    name="yt-english-top-posted-over-gmail-quote",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 22:41:09"), reply_to_req=rq(R3),
    subject=subj(f"Re: 시정요구 ({R3})"),
    body=f"""
Hello,

Thanks for your notice. After review, we removed {Y2} for violating
our harassment policy. We also restricted {Y3} in South Korea based
on local law.

Regards,
The YouTube Team

On Thu, Sep 5, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R3, YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Team English reply top-posted above the Gmail-quoted Korean request",
    why="two statements in the reply: Rt4v removed, Zx0h restricted in South Korea; the quoted request lists all four but says nothing about their status",
    items={Y2: "removed", Y3: "restricted", Y1: "pending", Y4: "pending"},
)

case(
    name="yt-one-item-english-no-url",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-13 03:12:45"), reply_to_req=rq(R7),
    subject=f"Re: {R7} - legal removal request",
    body="""
Hi,

We've reviewed the video in your request and it has been removed from YouTube
for violating our Community Guidelines.

Thank you for helping keep YouTube safe.

- YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety short English 'video has been removed' reply",
    why="one-item request, thread + ref, sole unhedged statement 'has been removed' -> removed",
    items={T1: "removed"},
)

_qp13 = f"""안녕하세요. YouTube 법무지원팀입니다.

요청번호: {R3}

1) {Y1}
   조치: 연령 제한 적용 (만 18세 미만 및 로그아웃 사용자 시청 불가)
2) {Y4}
   조치: 스팸 및 사기 정책 위반으로 삭제

나머지 2건은 검토가 끝나는 대로 회신드리겠습니다.
"""
case(
    name="yt-quoted-printable-korean-list",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date=d("2024-09-09 16:55:31"),
    subject=subj(f"{R3} 처리 현황"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp13)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team numbered result list, quoted-printable UTF-8",
    why="Qm7d age-restricted -> restricted; the short removed -> removed; 'remaining two' are only promised -> pending",
    items={Y1: "restricted", Y4: "removed", Y2: "pending", Y3: "pending"},
)

case(
    name="dc-operator-numbered-dash",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-09 11:20:00"), reply_to_req=rq(R4),
    subject=subj(f"RE: 시정요구 ({R4})"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청 주신 게시물({R4}) 처리 결과 안내드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 이미 작성자가 삭제한 글입니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 short numbered result list",
    why="one status per numbered line: 삭제 완료 x2 -> removed, already deleted by its author -> not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-bare-url-arrow-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date=d("2024-09-10 19:48:02"),
    subject=subj(f"[디시인사이드] 게시물 확인 결과 ({R4})"),
    body=f"""
확인 결과입니다.

{D1}
→ 주식 종목에 대한 일반 토론 글로 불법 정보에 해당하지 않아 삭제하지 않습니다.

{D2}
→ 삭제 처리함 (불법 리딩방 홍보)

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 terse reply: bare URL, status on the next line after an arrow",
    why="D1 not deleted, no illegal information -> rejected; D2 삭제 처리함 -> removed",
    items={D1: "rejected", D2: "removed"},
)

case(
    name="band-notice-square-bullets",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-11 14:30:18"), reply_to_req=rq(R5),
    subject=subj(f"[BAND] 게시글 처리 결과 안내 ({R5})"),
    body=f"""
안녕하세요, BAND 고객센터입니다.
방송통신심의위원회 요청({R5})에 따른 처리 결과를 안내해 드립니다.

■ {B1}
 - 처리 결과: 게시글 삭제
■ {B2}
 - 처리 결과: 확인 불가 (밴드 리더가 이미 삭제한 게시글)

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 result notice with ■ bullets and 처리 결과 sub-lines",
    why="B1 게시글 삭제 -> removed; B2 already deleted by the band leader -> not_found; policy page is not an item",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-html-only",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-12 10:05:44"),
    subject=subj(f"[BAND] {R5} 처리 결과"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, BAND 고객센터입니다.</p>
<p>요청하신 게시글 2건({R5})을 검토하였습니다.</p>
<ul>
<li><a href="{B1}">{B1}</a><br>개인정보가 포함된 게시글로 확인되어 비공개 처리하였습니다.</li>
<li><a href="{B2}">{B2}</a><br>개인을 식별할 수 있는 정보가 없어 운영정책 위반에 해당하지 않습니다. 게시글은 유지됩니다.</li>
</ul>
<p>감사합니다.<br>BAND 고객센터</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML-only notice with one list entry per post",
    why="B1 비공개 처리 -> removed; B2 no violation, stays up -> rejected",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-outlook-top-posted",
    **{"from": "cafe_safety@navercorp.com"}, name_from="네이버 카페 운영정책팀 이하나",
    date=d("2024-09-10 16:22:37"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1})"),
    body=f"""
안녕하세요, 네이버 카페 운영정책팀 이하나입니다.
지난번 검토 중이라고 말씀드린 dietpillmarket 카페 게시물 2건 결과입니다.

{N10} : 삭제
{N11} : 게시물이 존재하지 않음 (작성자 삭제)

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:05 PM
To: policy@navercorp.com
Subject: 시정요구 ({R1})

{quoted_request(R1, NAV, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' holding the whole request",
    why="only the two dietpillmarket lines above the quoted request are statements: 45512 removed, 45590 not_found; the 14 quoted URLs are the regulator's own request",
    items={N10: "removed", N11: "not_found"},
)

case(
    name="naver-angle-wrapped-url-list",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-11 11:51:06"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1}) 지식iN, 포스트"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
재확인 요청하신 2건의 최종 처리 결과를 안내드립니다.

1. 지식iN 질문 <{N12}>
   - 답변을 포함한 질문 전체 삭제
2. 네이버 포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38104422&
   memberNo=51239087>
   - 국내 노출 제한 (성인 인증 후 열람 가능한 콘텐츠로 전환)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 numbered list, long URL wrapped inside angle brackets",
    why="지식iN question deleted -> removed; the post URL wrapped inside <...> rejoins to the requested URL, exposure limited in Korea/adult-gated -> restricted",
    items={N12: "removed", N13: "restricted"},
)

case(
    name="naver-echoed-report-system-notice",
    **{"from": "right_notice@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date=d("2024-09-09 10:21:48"),
    subject=subj("[네이버] 게시중단 요청 처리 결과 안내"),
    body=f"""
[네이버] 게시중단 요청 처리 결과 안내

요청하신 게시중단 요청에 대한 처리 결과를 안내드립니다.

■ 접수번호: 2409-RQ-771204
■ 요청자: 방송통신심의위원회 ({R1})
■ 신고 게시물: {N14}
■ 신고 사유: 불법 의약품 판매
■ 처리 결과: 게시중단 (해당 게시물은 더 이상 노출되지 않습니다)
■ 처리 일시: 2024.09.09 10:21

게시중단요청서비스 https://right.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 system result notice echoing the report fields",
    why="echoed report plus 처리 결과: 게시중단 for the one reported post -> removed; right.naver.com is the service's own page",
    items={N14: "removed"},
)

case(
    name="kakao-temporary-measure-template",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date=d("2024-09-10 14:02:10"),
    subject=subj("[Daum] 권리침해신고 처리 결과 안내"),
    body=f"""
[Daum] 권리침해신고 처리 결과 안내

안녕하세요. Daum 권리침해신고센터입니다.
접수하신 신고에 대해 아래와 같이 조치하였음을 알려드립니다.

요청 번호 : {R2}
대상 게시물 : {K3raw}
조치 내용 : 임시조치 (30일간 게시물 접근 차단)
조치 근거 : 정보통신망법 제44조의2 제4항
조치 일시 : 2024-09-10 14:00

게시자는 임시조치 기간 중 재게시를 요청할 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 result template (field: value lines)",
    why="임시조치 (30-day access block) taken on the named Tistory post (raw Korean path) -> restricted",
    items={K3: "restricted"},
)

_csv22 = "\n".join([
    "url,action,scope,notes",
    f"{Y1},Blocked,KR,Local law",
    f"{Y2},Removed,Global,Community Guidelines - scams",
    f"{Y3},No action,,Not in violation of local law or our policies",
    f"{Y4},Not found,,Deleted by the uploader before review",
]) + "\n"
case(
    name="yt-csv-attachment-english",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-12 07:33:19"), reply_to_req=rq(R3),
    subject=f"Re: {R3} - outcome of your legal request",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="000000000000a1b2c3d4e5"

--000000000000a1b2c3d4e5
Content-Type: text/plain; charset="UTF-8"

Hello,

Please find attached the outcome for each URL in your request {R3}.

Best regards,
Google Legal Support

--000000000000a1b2c3d4e5
Content-Type: text/csv; charset="UTF-8"; name="{R3}_outcome.csv"
Content-Disposition: attachment; filename="{R3}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv22)}
--000000000000a1b2c3d4e5--
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support reply with a per-URL outcome CSV attachment",
    why="CSV: Blocked KR -> restricted, Removed -> removed, No action -> rejected, Not found (deleted by uploader) -> not_found",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
)

_b64_23 = f"""안녕하세요. 네이버 블로그 운영팀입니다.

{R1} 건 중 moonlit_shop77 블로그와 greenpill_store 블로그 게시물 처리 결과입니다.

- {N2} → 삭제
- {N3} → 블라인드

나머지 게시물은 확인 후 회신드리겠습니다.
"""
case(
    name="naver-base64-plain-arrows",
    **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date=d("2024-09-04 15:10:27"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1})"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_23)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team short reply, base64-encoded plain text, 'URL → status' lines",
    why="삭제 -> removed, 블라인드 -> removed; 'the rest will follow' is a promise about unnamed items",
    items={N2: "removed", N3: "removed"},
)

case(
    name="dc-gmail-korean-quote-partial",
    **{"from": "gall_manager@dcinside.com"}, name_from="디시인사이드 갤러리 운영",
    date=d("2024-09-06 17:40:03"), reply_to_req=rq(R4),
    subject=subj(f"Re: 시정요구 ({R4})"),
    body=f"""
네 처리했습니다.
{D3} 이 글은 삭제했어요.
나머지 두 개는 내일 오전 중에 확인해서 다시 연락드릴게요.

2024년 9월 6일 (금) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R4, DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside gallery operator reply over a Gmail Korean '님이 작성:' quote",
    why="448907 deleted -> removed; the other two are only promised; the quoted request below '님이 작성:' is not a statement",
    items={D3: "removed", D1: "pending", D2: "pending"},
)

case(
    name="naver-receipt-plus-urgent-deletion",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-03 09:14:52"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1}) 접수 확인"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구는 접수번호 NV-0903-3391로 정상 접수되었습니다.
아울러 긴급 건으로 분류된 아래 게시물은 접수 즉시 삭제 조치하였습니다.
- {N5}

나머지 게시물은 순차적으로 검토한 뒤 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt (접수번호) that also reports one urgent deletion",
    why="receipt phrase plus an unhedged statement about a named item -> not a pure acknowledgement; hanul_dealer/223560112233 removed",
    items={N5: "removed"},
)

case(
    name="kakao-fullwidth-colon-lines",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    date=d("2024-09-07 12:00:31"),
    subject=subj(f"다음카페 게시글 조치 결과（{R2}）"),
    body=f"""
다음카페 게시글 조치 결과（{R2}）

・{K1}：삭제
・{K2}：임시조치（30일）

Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team terse list with full-width colon directly after each URL",
    why="full-width colon ends each URL: 3321 삭제 -> removed; 3345 임시조치 -> restricted",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="naver-english-url-sentence-period",
    **{"from": "global-policy@navercorp.com"}, name_from="NAVER Global Policy",
    date=d("2024-09-12 18:30:00"),
    subject=f"Your request {R6}",
    body=f"""
Dear KCSC team,

Regarding your request {R6}, we have deleted the following post: {S1}.

The author has been notified in accordance with our Operating Policy.

Kind regards,
NAVER Global Policy
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English-language policy reply, URL ending the sentence with a period",
    why="'we have deleted the following post: URL.' -> removed (the full stop is not part of the URL)",
    items={S1: "removed"},
)

# =================================================================== review

case(
    name="naver-promise-this-week",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-04 17:02:15"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1})"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 관련 회신드립니다.
요청하신 게시물 중 아래 2건은 내부 검토를 거쳐 금주 중 삭제 조치될 예정입니다.
- {N1}
- {N2}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will be deleted this week' interim reply",
    why="조치될 예정입니다 is a promise, not a statement: both named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date=d("2024-09-05 11:33:40"), reply_to_req=rq(R2),
    subject=subj(f"Re: 시정요구 ({R2})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

확인해 보니 {K5} 글은 이미 삭제된 것으로 보입니다.
다만 삭제 시점과 삭제 주체는 추가 확인이 필요하여, 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory operator reply with a hedge ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' with a pending check is a hedge, not a statement -> pending",
    items={K5: "pending"},
)

case(
    name="yt-conditional-may-restrict",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-07 02:10:55"), reply_to_req=rq(R3),
    subject=f"Re: {R3} - initial review",
    body=f"""
Hello,

We've completed an initial review of the videos in {R3}.

{Y1} and {Y2} may be restricted in South Korea if our legal team
confirms that they violate local law. We will follow up once that decision
has been made.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'initial review' update with a conditional outcome",
    why="'may be restricted ... if our legal team confirms' is conditional: both named videos stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-bulk-all-14-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-13 10:00:12"), reply_to_req=rq(R1),
    subject=subj(f"RE: 시정요구 ({R1}) 조치 완료"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R1}로 요청하신 게시물 14건 전부 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line '14건 전부 삭제 조치 완료' reply without URLs",
    why="one statement covering a 14-item request without naming any item -> bulk review, nothing applied",
    items={u: "pending" for u in NAV},
)

case(
    name="kakao-bulk-all-reported",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-08 09:45:00"),
    subject=subj(f"[카카오] {R2} 처리 완료"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물은 모두 운영정책에 따라 삭제되었습니다.
이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao generic 'all reported posts were deleted' closure notice",
    why="'all reported posts deleted' for a 5-item request (ref in subject), no item named -> bulk review",
    items={u: "pending" for u in KAK},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date=d("2024-09-05 20:18:09"),
    subject=subj(f"RE: 시정요구 ({R1})"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 카페 게시물 {N7} 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking reply whose DKIM/SPF/DMARC all fail",
    why="navercorp.com From but dmarc=fail: statement kept for review, item stays pending",
    items={N7: "pending"},
)

case(
    name="band-leader-gmail",
    **{"from": "band.leader.kim82@gmail.com"}, name_from="김민수",
    date=d("2024-09-10 21:55:30"),
    subject=subj(f"밴드 게시글 관련 ({R5})"),
    body=f"""
안녕하세요. 밴드 고객센터에서 방심위 요청이 있었다고 연락받은 밴드 리더입니다.

{B1} 이랑
{B2}
두 글 모두 제가 삭제했습니다. 회원 정보가 올라간 줄 몰랐습니다. 죄송합니다.
밴드 이용정지만은 되지 않도록 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="band leader writing from a personal Gmail account after being told by BAND",
    why="gmail.com is no platform's domain; the leader's claim names both items -> unknown_sender, items pending",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-outsourced-vendor",
    **{"from": "report@nvmonitor.co.kr"}, name_from="엔브이모니터(네이버 위탁 모니터링)",
    date=d("2024-09-06 13:37:21"),
    subject=subj(f"[네이버 위탁] 시정요구 {R1} 일부 처리 결과"),
    body=f"""
안녕하세요. 네이버 게시물 모니터링 위탁업체 엔브이모니터입니다.

{R1} 중 아래 게시물은 네이버 운영정책에 따라 삭제되었습니다.
1. {N3}
2. {N4}

문의는 본 메일로 회신 주시면 네이버 담당자께 전달하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on the portal's behalf from its own domain",
    why="nvmonitor.co.kr is not a configured NAVER sender domain -> unknown_sender, both items pending",
    items={N3: "pending", N4: "pending"},
)

case(
    name="kakao-daum-search-naver-items",
    **{"from": "search_policy@kakaocorp.com"}, name_from="Daum 검색정책팀",
    date=d("2024-09-06 10:28:14"),
    subject=subj(f"[Daum 검색] 시정요구 사본 관련 조치 안내 ({R1})"),
    body=f"""
안녕하세요. Daum 검색정책팀입니다.

귀 위원회에서 참조로 보내주신 시정요구({R1}) 사본과 관련하여,
아래 네이버 블로그 게시물 2건을 Daum 검색 결과에서 노출 제한하였습니다.
- {N1}
- {N3}

원 게시물의 삭제는 게시 서비스(네이버)에서 처리되어야 함을 알려드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search team reporting search delisting of another portal's posts",
    why="a Kakao sender states a restriction for NAVER's items -> wrong_platform, items pending",
    items={N1: "pending", N3: "pending"},
)

case(
    name="yt-asks-legal-basis",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-08 05:44:20"), reply_to_req=rq(R3),
    subject=f"Re: {R3} - additional information needed",
    body=f"""
Hello,

To process your request {R3} for {Y3} and
{Y4}, we need additional information.

Please reply with the specific provision of Korean law that the content
violates and, if available, a copy of the Commission's decision. We are unable
to proceed with these two items until we receive it.

Regards,
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal 'we need additional information' reply",
    why="asks for the legal basis before acting on two named videos; no status stated -> asks_more, pending",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-13 15:00:00"),
    subject=subj("[안내] 시정요구 회신 담당 메일 주소 변경"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 9월 23일부터 시정요구 관련 회신은 kr-policy@navercorp.com 주소에서
발송될 예정입니다. 기존 주소로 보내주시는 메일도 당분간 함께 확인합니다.

주소록 정보를 갱신해 주시기 바랍니다. 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed reply address (no request, no item)",
    why="trusted NAVER email naming no item and no request -> no_claims",
    items={},
)

case(
    name="dc-informal-promise-today",
    **{"from": "gall_manager@dcinside.com"}, name_from="디시인사이드 갤러리 운영",
    date=d("2024-09-07 09:12:33"), reply_to_req=rq(R4),
    subject=subj(f"Re: 시정요구 ({R4})"),
    body=f"""
앗 네 확인했습니다~
{D2} 이거 미니갤 매니저한테 먼저 물어보고 오늘 안으로 지울게요!
""",
    outcome="review", review="not_understood",
    imitates="informal DC Inside operator one-liner promising deletion",
    why="'오늘 안으로 지울게요' is a promise -> not a statement, item pending",
    items={D2: "pending"},
)

# =================================================================== ignored

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date=d("2024-09-13 18:05:00"),
    subject=subj(f"[자동회신] 부재중입니다: RE: 시정요구 ({R1})"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.
보내주신 메일은 복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the Chuseok holiday",
    why="Auto-Submitted auto-reply with no statement about items -> ignored",
    items={},
)

case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d("2024-09-04 10:00:41"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4WzF2.1725411641"

--dsn.4WzF2.1725411641
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host mailstore.kakaocorp.com said: 550 5.1.1
    <right-old@kakaocorp.com>: Recipient address rejected: User unknown

--dsn.4WzF2.1725411641
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 10:00:40 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address
    rejected: User unknown

--dsn.4WzF2.1725411641
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: =?UTF-8?B?{base64.b64encode(f"시정요구 ({R2})".encode()).decode()}?=
Message-ID: <{mid(R2)}>
Date: Wed, 4 Sep 2024 10:00:00 +0900

--dsn.4WzF2.1725411641--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for the request sent to an old Kakao address",
    why="delivery status notification -> ignored",
    items={},
)

case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date=d("2024-09-11 10:48:27"),
    subject=subj(f"읽음: 시정요구 ({R7})"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_6b2e"

--mdn_6b2e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "시정요구 ({R7})"을(를) 2024-09-11 오전 10:48에 수신자가 읽었습니다.

--mdn_6b2e
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{mid(R7)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_6b2e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음) for the one-item YouTube request",
    why="read receipt -> ignored",
    items={},
)

case(
    name="dc-ticket-receipt-echo",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d("2024-09-06 15:13:02"),
    subject=subj("[디시인사이드] 문의가 접수되었습니다 (접수번호 DC2409-55821)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

[접수 내용]
접수번호: DC2409-55821
제목: 시정요구 ({R4})
내용:
방송통신심의위원회입니다. 아래 게시물에 대한 삭제를 요청합니다.
1. {D1}
2. {D2}
3. {D3}

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt echoing the submitted request",
    why="pure receipt; the URLs are the echo of our own request -> ignored, nothing changes",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="band-auto-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date=d("2024-09-09 09:31:10"),
    subject=subj(f"[BAND] 신고가 접수되었습니다 - {R5}"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, BAND입니다.
보내주신 신고가 정상적으로 접수되었습니다.
검토 결과는 처리가 완료되는 대로 이메일로 안내해 드리겠습니다.

※ 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic report receipt",
    why="pure acknowledgement, no item statement -> ignored",
    items={},
)

case(
    name="yt-automated-receipt-english",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-05 11:03:30"),
    subject=f"[{R3}] We received your request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Google Legal Support.

This is an automated response to confirm that we have received your message.
Please do not reply to this email. You can check the status of your requests
in the Legal Help Center dashboard: https://support.google.com/legal/dashboard

Google Legal Support
""",
    outcome="ignored",
    imitates="Google Legal Support automated 'we received your request' response",
    why="automated receipt; the dashboard link is not an item -> ignored",
    items={},
)


HEADER = """# Blind set blind965 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND; 공문-style replies, 임시조치 notices, result tables,
# informal operator replies). Written by tests/corpus/blind965/make.py from
# each email's meaning, before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind965", HEADER, CASES)


if __name__ == "__main__":
    main()
