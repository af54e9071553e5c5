#!/usr/bin/env python3
"""Blind set 993: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Clien, plus Inven and Nate as platforms
without requests), mixing Korean and English, with the doubtful and
ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind993/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind993"


def b64h(s):
    """RFC 2047 encoded word (UTF-8, base64) for a header."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64body(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/skyfern77/223551020114"
N2 = "https://blog.naver.com/skyfern77/223551020377"
N3 = "https://blog.naver.com/moonpetal_k/223548871902"
N4 = "https://cafe.naver.com/quietriverside/88412"
N5 = "https://cafe.naver.com/quietriverside/88419"
N6 = "https://cafe.naver.com/bluecoinhouse/1207733"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471209388"
N8 = "https://m.blog.naver.com/jadeharbor_21/223560114478"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812047&memberNo=5517302"
N10 = "https://in.naver.com/%EB%B0%94%EB%9E%8C%EC%88%B2/contents/internal/710255831"
N10_RAW = "https://in.naver.com/바람숲/contents/internal/710255831"
N11 = "https://cafe.naver.com/bluecoinhouse/1207951"
N12 = "https://tv.naver.com/v/58120473"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912054"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=40211"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=40388"
D4 = "https://gall.dcinside.com/mini/board/view/?id=velvetlane&no=5127"

K1 = "https://cafe.daum.net/silverpine/Ab3x/2211"
K2 = "https://glasswren.tistory.com/188"
K3 = "https://cafe.daum.net/silverpine/Ab3x/2245"

S1 = "https://vod.sooplive.co.kr/player/132058871"
S2 = "https://ch.sooplive.co.kr/lunarbeat22/post/145220093"

F1 = "https://www.fmkorea.com/7331905518"
F2 = "https://www.fmkorea.com/7331922047"
F3 = "https://www.fmkorea.com/7332018860"
F4 = "https://www.fmkorea.com/7334450119"
F5 = "https://www.fmkorea.com/7335001276"
FM_ALL = [F1, F2, F3, F4, F5]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120477"

C1 = "https://www.clien.net/service/board/park/18800321"
C2 = "https://www.clien.net/service/board/free/18801144"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:15:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal-gambling", "req-240902-01@kcsc.example", "blog cafe kin post influencer and TV items", NAVER_ALL),
    ("KCSC-240904-02", "dcinside", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", "req-240904-02@kcsc.example", "main minor and mini galleries", [D1, D2, D3, D4]),
    ("KCSC-240905-03", "daum", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "req-240905-03@kcsc.example", "Daum cafe and Tistory", [K1, K2, K3]),
    ("KCSC-240909-04", "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-04@kcsc.example", "VOD and channel post", [S1, S2]),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal-drugs", "req-240910-05@kcsc.example", "", FM_ALL),
    ("KCSC-240911-06", "ppomppu", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "req-240911-06@kcsc.example", "single post", [P1]),
    ("KCSC-240912-07", "clien", "2024-09-12T11:02:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", "req-240912-07@kcsc.example", "", [C1, C2]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request_naver():
    out = ["Dear NAVER Trust & Safety,", "",
           "The Korea Communications Standards Commission requests the removal of",
           "the following content (reference KCSC-240902-01):", ""]
    for i, u in enumerate(NAVER_ALL, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please reply with the result for each URL by 9 September 2024.", "",
            "KCSC Takedown Desk"]
    return "\n".join("> " + l if l else ">" for l in out)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied

case(
    name="naver-gesijungdan-numbered-list",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 요청 처리 결과 안내 (numbered per-URL result list)",
    why="numbered list, one result line under each URL: 삭제 x2, 임시조치, 게시물 없음, 유지 with reason",
    **{"from": "rights@navercorp.com"},
    name_from=b64h("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 16:42:11 +0900",
    subject=b64h("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 2일 요청하신 건(KCSC-240902-01)의
처리 결과를 아래와 같이 안내드립니다.

1. {N1}
   - 처리 결과: 삭제
2. {N2}
   - 처리 결과: 삭제
3. {N3}
   - 처리 결과: 임시조치 (30일)
4. {N4}
   - 처리 결과: 게시물이 존재하지 않아 조치 불가
5. {N5}
   - 처리 결과: 유지 (검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않음)

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.
판단 기준은 네이버 운영정책(https://policy.naver.com/policy/service.html)을
참고해 주시기 바랍니다.

감사합니다.
네이버 권리보호센터 드림
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-sijeong-html-table",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table sent by a portal to the regulator",
    why="HTML table: 블라인드 처리, 삭제 완료, author already deleted, 청소년 접근 제한",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 10:03:55 +0900",
    subject=b64h("시정요구 조치결과 회신 - KCSC-240902-01"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240902-01 시정요구에 대한 게시물별 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef3ea"><th>연번</th><th>URL</th><th>시정요구</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td><a href="{N6}">{N6}</a></td><td>삭제</td><td>블라인드 처리</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>삭제</td><td>삭제 완료</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{N8}">{N8}</a></td><td>삭제</td><td>작성자가 이미 삭제한 게시물</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N11}">{N11}</a></td><td>삭제</td><td>접근 제한 (청소년 이용불가, 19세 미만 열람 차단)</td><td>2024-09-05</td></tr>
</table>
<p>나머지 항목은 검토가 끝나는 대로 회신드리겠습니다.</p>
<p>NAVER 정책지원팀<br>
<a href="https://policy.naver.com/policy/service.html">운영정책 보기</a></p>
</body></html>
""",
    items={N6: "removed", N7: "removed", N8: "not_found", N11: "restricted"},
)

case(
    name="naver-en-top-posted-gmail-quote",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the regulator's Gmail-quoted request",
    why="two items named as removed/taken down above the quote; the 12 quoted URLs are not statements",
    **{"from": "jiwon.seo@navercorp.com"},
    name_from="Jiwon Seo",
    date="Fri, 06 Sep 2024 18:20:40 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC team,

Following our review, the NAVER Post article
{N9} has been removed for
promoting illegal gambling, and the NAVER TV clip {N12} has also
been taken down.

We are still looking into the other links in your list and will write again.

Best regards,
Jiwon Seo
NAVER Trust & Safety

On Mon, Sep 2, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_naver()}
""",
    items={N9: "removed", N12: "removed"},
)

CSV_ATT = "\n".join([
    "no,url,result,result_en,processed_at",
    f"1,{N1},삭제,Deleted,2024-09-05",
    f"2,{N2},삭제,Deleted,2024-09-05",
    f"5,{N5},유지(위반 사항 없음),Kept - no violation found,2024-09-05",
    f"10,{N10},게시중단,Taken down,2024-09-06",
    f"11,{N11},접근 제한(청소년 이용불가),Age-restricted,2024-09-06",
    f"12,{N12},게시물 없음,Not found,2024-09-06",
]) + "\n"

case(
    name="naver-csv-attachment",
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team sending per-item results as a CSV export attachment",
    why="CSV attachment lists six items with Korean and English results",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 09:12:00 +0900",
    subject=b64h("[NAVER] KCSC-240902-01 처리 결과 (첨부)"),
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_0909_result"

--=_nv_0909_result
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 정책지원팀입니다.

KCSC-240902-01 요청 건의 게시물별 처리 결과를 첨부한 CSV 파일로 전달드립니다.
문의사항은 이 메일로 회신 주시기 바랍니다.

NAVER 정책지원팀

--=_nv_0909_result
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64body(CSV_ATT)}
--=_nv_0909_result--
""",
    items={N1: "removed", N2: "removed", N5: "rejected", N10: "removed",
           N11: "restricted", N12: "not_found"},
)

case(
    name="naver-influencer-raw-korean-path",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER influencer team reply writing the Korean path raw inside angle brackets",
    why="raw Korean path (stored percent-encoded) in <>, followed by particle 은, 비공개 처리 = removed",
    **{"from": "influencer@navercorp.com"},
    name_from=b64h("네이버 인플루언서 운영팀"),
    date="Wed, 04 Sep 2024 13:27:09 +0900",
    subject=b64h("Re: [KCSC-240902-01] 불법정보 삭제 요청"),
    reply_to_req="req-240902-01",
    body=f"""
KCSC 담당자님께,

요청하신 인플루언서 콘텐츠 <{N10_RAW}>은
불법 도박 홍보에 해당하는 것으로 확인되어 비공개 처리되었습니다.

네이버 인플루언서 운영팀 드림
""",
    items={N10: "removed"},
)

case(
    name="naver-kin-quoted-printable",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN 운영팀 notice sent quoted-printable",
    why="QP body: 대상 URL line, then 조치: 질문 및 답변 전체 삭제",
    **{"from": "kin_help@naver.com"},
    name_from=b64h("네이버 지식iN"),
    date="Thu, 05 Sep 2024 14:31:47 +0900",
    subject=b64h("[지식iN] 요청 게시물 조치 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 지식iN 운영팀입니다.

방송통신심의위원회 요청(KCSC-240902-01) 중 지식iN 게시물에 대해 안내드립니다.

대상: {N7}
조치: 질문 및 답변 전체 삭제 (2024.09.05 14:10)

지식iN 운영원칙: https://kin.naver.com/policy/kinPolicy.naver

감사합니다.
''')}
""",
    items={N7: "removed"},
)

case(
    name="dc-korean-colon-list",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 운영팀 시정요구 조치 결과 reply, URL : result per line",
    why="삭제+IP 차단, 삭제, deleted by its author before the request, kept as no violation",
    **{"from": "report@dcinside.com"},
    name_from=b64h("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 11:48:30 +0900",
    subject=b64h("RE: [KCSC-240904-02] 불법정보 시정요구"),
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

귀 위원회의 시정요구(KCSC-240904-02)에 따른 조치 결과를 알려드립니다.

- {D1} : 게시물 삭제 및 작성자 IP 차단
- {D2} : 게시물 삭제
- {D3} : 요청 전에 작성자가 직접 삭제한 게시물로 확인되었습니다
- {D4} : 검토 결과 이용약관 및 관련 법령 위반 소지가 없어 게시물을 유지합니다

디시인사이드 드림
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

case(
    name="dc-url-then-arrow-status",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 고객센터 short reply: bare URL, status on the line below",
    why="two URLs each followed by → 삭제 완료; the other two items not named",
    **{"from": "help@dcinside.com"},
    name_from=b64h("디시인사이드 고객센터"),
    date="Thu, 05 Sep 2024 17:05:12 +0900",
    subject=b64h("Re: [KCSC-240904-02] 불법정보 시정요구"),
    reply_to_req="req-240904-02",
    body=f"""
KCSC 담당자님

요청번호 KCSC-240904-02 처리 내역입니다.

{D2}
→ 삭제 완료

{D4}
→ 삭제 완료 (미니갤러리 매니저 경고 조치 병행)

나머지 2건은 확인 중입니다.

디시인사이드 고객센터
""",
    items={D2: "removed", D4: "removed"},
)

case(
    name="dc-en-one-liner",
    outcome="applied",
    classification="confirmation",
    imitates="terse English abuse-desk reply from a Korean community site",
    why="one item, unhedged 'has been deleted by our moderation team'",
    **{"from": "abuse@dcinside.com"},
    name_from="DCInside Operations",
    date="Thu, 05 Sep 2024 09:58:03 +0900",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The post {D1} reported under KCSC-240904-02 has been deleted by our moderation team on 5 Sep 2024.

Regards,
DCInside Operations
""",
    items={D1: "removed"},
)

case(
    name="daum-kakao-result-notice",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 게시물 조치 결과 안내 (Daum cafe / Tistory, square-bullet sections)",
    why="section per URL, result on the next line: 임시조치, 삭제, 찾을 수 없음",
    **{"from": "noreply-report@kakaocorp.com"},
    name_from=b64h("카카오 고객센터"),
    date="Mon, 09 Sep 2024 15:20:44 +0900",
    subject=b64h("[카카오] 게시물 조치 결과 안내"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청하신 게시물(관리번호 KCSC-240905-03)의 검토를 마치고 아래와 같이 조치하였습니다.

■ 다음카페 게시글
{K1}
→ 임시조치되었습니다. 게시자는 30일 이내에 재게시를 요청할 수 있습니다.

■ 티스토리 게시글
{K2}
→ 삭제되었습니다.

■ 다음카페 게시글
{K3}
→ 해당 주소의 게시글을 찾을 수 없습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
※ 본 메일은 발신 전용입니다.
""",
    items={K1: "restricted", K2: "removed", K3: "not_found"},
)

DAUM_HTML = f"""<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다.</p>
<p>KCSC-240905-03 요청 건 중
<a href="{K3}">{K3}</a> 게시글은
카페 운영정책 위반(음란물 게시)으로 <b>블라인드 처리</b>되었습니다.</p>
<p>다른 게시글은 확인 후 따로 안내드리겠습니다.</p>
<p style="color:#888">Daum 카페 운영팀 | <a href="https://cs.daum.net/faq/site/cafe">고객센터</a></p>
</body></html>
"""

case(
    name="daum-cafe-base64-html",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 카페 운영팀 HTML notice, base64-encoded",
    why="base64 HTML: one named item 블라인드 처리 = removed; help link is not an item",
    **{"from": "cafe_help@daum.net"},
    name_from=b64h("Daum 카페 운영팀"),
    date="Tue, 10 Sep 2024 10:11:09 +0900",
    subject=b64h("[Daum 카페] 요청 게시글 처리 안내"),
    reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64body(DAUM_HTML)}
""",
    items={K3: "removed"},
)

case(
    name="soop-bilingual-vod-and-post",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP 서비스 운영팀 bilingual (Korean, English below) action notice",
    why="VOD 삭제 완료 / deleted; channel post changed to 19+ viewing = age-restricted",
    **{"from": "safety@sooplive.co.kr"},
    name_from=b64h("SOOP 운영팀"),
    date="Wed, 11 Sep 2024 16:37:25 +0900",
    subject="Re: [KCSC-240909-04] Removal request / 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, SOOP 서비스 운영팀입니다. (English below)

요청번호 KCSC-240909-04에 대해 다음과 같이 조치했습니다.
1) VOD {S1} — 삭제 완료
2) 방송국 게시글 {S2} — 19세 이상 열람 가능으로 변경 (연령 제한)

---
Hello, this is SOOP Service Operations.
For request KCSC-240909-04:
1) The VOD {S1} has been deleted.
2) The channel post {S2} is now age-restricted (19+).

SOOP Service Operations
https://www.sooplive.co.kr/policy
""",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-vod-kept-no-violation",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP 고객센터 refusal: reviewed, not a policy violation, kept",
    why="one VOD named, refusal with its reason (운영정책상 제재 대상에 해당하지 않아 유지)",
    **{"from": "cs@sooplive.co.kr"},
    name_from=b64h("SOOP 고객센터"),
    date="Thu, 12 Sep 2024 11:05:58 +0900",
    subject=b64h("[SOOP] 문의하신 내용에 대한 답변입니다"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. SOOP 고객센터입니다.

문의하신 VOD({S1})를 검토하였으나, 해당 영상은 게임 방송 중 일부
장면으로 운영정책상 제재 대상에 해당하지 않아 삭제하지 않고 유지됩니다.

추가로 확인이 필요한 사항이 있으시면 회신 부탁드립니다.
감사합니다.
""",
    items={S1: "rejected"},
)

case(
    name="fm-en-bullets-mixed",
    outcome="applied",
    classification="confirmation",
    imitates="FM Korea admin English reply, one bullet per link",
    why="removed x3, invalid link (not_found), not removed with reason (rejected)",
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea Admin",
    date="Thu, 12 Sep 2024 20:14:36 +0900",
    subject="Re: [KCSC-240910-05] Request for removal",
    reply_to_req="req-240910-05",
    body=f"""
Hello,

Thank you for your request KCSC-240910-05. Our moderators reviewed each link:

* {F1} - removed
* {F2} - removed
* {F3} - this link is invalid, no such document exists on our site
* {F4} - not removed; it is a news summary and does not break our rules
* {F5} - removed, and the author's account has been suspended

FM Korea Admin Team
""",
    items={F1: "removed", F2: "removed", F3: "not_found", F4: "rejected", F5: "removed"},
)

case(
    name="fm-fullwidth-colon-circled",
    outcome="applied",
    classification="confirmation",
    imitates="Korean community moderator note with circled numbers and full-width punctuation",
    why="URL followed directly by full-width colon and 삭제/블라인드 처리",
    **{"from": "mod@fmkorea.com"},
    name_from=b64h("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 22:40:02 +0900",
    subject=b64h("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req="req-240910-05",
    body=f"""
위원회 담당자님께

에펨코리아 운영진입니다. 요청 주신 건 중 먼저 처리된 것부터 공유드립니다.

① {F3}：삭제 처리
② {F5}：블라인드 처리（불법 광고 및 신고 누적）

나머지는 처리되는 대로 알려드리겠습니다.
""",
    items={F3: "removed", F5: "removed"},
)

case(
    name="ppomppu-sole-item-no-url",
    outcome="applied",
    classification="confirmation",
    imitates="short Korean community reply in the request's thread, naming no URL",
    why="one-item request, threaded and ref in subject, unhedged 삭제 조치 완료",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=b64h("뽐뿌 운영팀"),
    date="Wed, 11 Sep 2024 15:55:10 +0900",
    subject=b64h("Re: [KCSC-240911-06] 게시물 삭제 요청"),
    reply_to_req="req-240911-06",
    body="""
안녕하세요 뽐뿌 운영팀입니다.

요청하신 게시물은 확인 후 삭제 조치 완료되었습니다.

감사합니다.
""",
    items={P1: "removed"},
)

case(
    name="ppomppu-angle-bracket-particle-imsi",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 권리침해 임시조치 notice from a community site",
    why="<URL>은 … 임시조치 = restricted",
    **{"from": "support@ppomppu.co.kr"},
    name_from=b64h("뽐뿌 고객지원팀"),
    date="Thu, 12 Sep 2024 10:20:31 +0900",
    subject=b64h("[뽐뿌] 요청 게시물 조치 안내 (KCSC-240911-06)"),
    body=f"""
안녕하십니까, 뽐뿌 고객지원팀입니다.

<{P1}>은 개인정보 노출로
확인되어 임시조치하였습니다. 임시조치 기간은 30일입니다.

뽐뿌 이용약관: https://www.ppomppu.co.kr/etc/terms.php
""",
    items={P1: "restricted"},
)

case(
    name="clien-prose-glued-particle",
    outcome="applied",
    classification="confirmation",
    imitates="Clien 운영진 prose reply, Korean particle glued to the URL",
    why="c1 '…/18800321은 … 운영자 삭제' (removed); c2 kept, no rule broken (rejected)",
    **{"from": "admin@clien.net"},
    name_from=b64h("클리앙 운영진"),
    date="Fri, 13 Sep 2024 14:08:19 +0900",
    subject=b64h("Re: [KCSC-240912-07] 불법정보 삭제 요청"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요. 클리앙 운영진입니다.

KCSC-240912-07 관련 회신드립니다. 모두의공원 게시물 {C1}은
커뮤니티 이용규칙 위반으로 운영자 삭제하였습니다. 자유게시판 게시물
{C2} 은 내부 검토 결과 이용규칙이나 법령에
어긋나는 부분을 찾지 못하여 게시를 유지하기로 하였습니다.

클리앙 이용규칙: https://www.clien.net/service/board/rule
""",
    items={C1: "removed", C2: "rejected"},
)

case(
    name="clien-outlook-original-message",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request unquoted below",
    why="only c2 stated above the Outlook separator; both URLs appear in the request below it",
    **{"from": "admin@clien.net"},
    name_from=b64h("클리앙 운영진"),
    date="Fri, 13 Sep 2024 09:31:50 +0900",
    subject=b64h("RE: [KCSC-240912-07] 불법정보 삭제 요청"),
    reply_to_req="req-240912-07",
    body=f"""
KCSC 담당자님,

아래 요청 중 {C2} 게시물은 작성자 확인 후 삭제했습니다.

클리앙 운영진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 11:02 AM
To: admin@clien.net
Subject: [KCSC-240912-07] 불법정보 삭제 요청

클리앙 운영자님께,

방송통신심의위원회입니다. 아래 게시물에 대해 삭제를 요청드립니다.

1. {C1}
2. {C2}

조치 결과를 9월 19일까지 회신해 주시기 바랍니다.
""",
    items={C2: "removed"},
)

case(
    name="naver-post-wrapped-url",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply from a mail client that hard-wraps long URLs",
    why="statement above a URL wrapped after '&': the two lines form the requested post URL",
    **{"from": "post_ops@navercorp.com"},
    name_from="NAVER Post Operations",
    date="Sat, 07 Sep 2024 12:44:18 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body="""
Hello,

This is NAVER Post operations. The post below, listed in KCSC-240902-01, was
taken down on 6 September 2024 for promoting illegal online gambling:

https://post.naver.com/viewer/postView.naver?volumeNo=38812047&
memberNo=5517302

Kind regards,
NAVER Post Operations
""",
    items={N9: "removed"},
)

case(
    name="naver-receipt-plus-deletions",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 접수 안내 that also reports two deletions",
    why="receipt phrase plus unhedged 즉시 삭제 for two listed cafe posts: not a pure acknowledgement",
    **{"from": "help@navercorp.com"},
    name_from=b64h("네이버 고객센터"),
    date="Tue, 03 Sep 2024 11:02:37 +0900",
    subject=b64h("[네이버 고객센터] 문의 접수 안내"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 고객센터입니다.
보내주신 요청이 정상적으로 접수되었습니다. (접수번호 NV-20240903-44120)

접수 건 중 아래 카페 게시물 2건은 운영정책 위반으로 확인되어 즉시 삭제하였습니다.
- {N4}
- {N5}

그 외 게시물은 담당 부서에서 검토 후 순차적으로 안내드리겠습니다.
""",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-report-echo-blocks",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 신고센터 신고 처리 결과 안내 echoing each report (대상/사유/결과)",
    why="echoed report blocks: 처리 결과 게시중단 (removed) and 19세 미만 접근 제한 (restricted)",
    **{"from": "report_noreply@naver.com"},
    name_from=b64h("네이버 신고센터"),
    date="Wed, 04 Sep 2024 19:12:05 +0900",
    subject=b64h("[네이버 신고센터] 신고 처리 결과 안내"),
    body=f"""
[네이버 신고센터] 신고 처리 결과 안내

신고 번호: R-2409-0031187
신고 대상: {N6}
신고 사유: 불법 도박 홍보
처리 결과: 게시중단

신고 번호: R-2409-0031188
신고 대상: {N11}
신고 사유: 불법 도박 홍보
처리 결과: 청소년 이용 제한 (19세 미만 접근 제한)

신고해 주셔서 감사합니다.
본 메일은 발신 전용이며, 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    items={N6: "removed", N11: "restricted"},
)

case(
    name="dc-en-one-done-one-promised",
    outcome="applied",
    classification="confirmation",
    imitates="English operations reply mixing a done action and a pending follow-up",
    why="d1 'was deleted' applies; d3 only handed to the gallery manager, 'will get back' = pending",
    **{"from": "ops@dcinside.com"},
    name_from="DCInside Operations",
    date="Fri, 06 Sep 2024 10:22:48 +0900",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Regarding KCSC-240904-02: the thread {D1} was deleted this morning.

For {D3} the minor gallery manager has been asked to take a look, and
we will get back to you once they answer.

DCInside Operations
""",
    items={D1: "removed", D3: "pending"},
)

case(
    name="tistory-private-and-blog-limited",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory 운영팀 notice: post made private, blog given a use restriction",
    why="게시글 비공개 처리 = removed; the blog-level 이용 제한 is about the account, not the item",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=b64h("티스토리 운영팀"),
    date="Mon, 09 Sep 2024 11:47:13 +0900",
    subject=b64h("[티스토리] 요청 게시글 조치 안내"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

KCSC-240905-03 요청 중 티스토리 게시글({K2})은
운영정책 위반이 확인되어 비공개 처리하였으며, 해당 블로그에는 별도로 30일간
글쓰기 제한 조치가 적용되었습니다.

티스토리 운영정책: https://www.tistory.com/policy
""",
    items={K2: "removed"},
)

case(
    name="naver-tv-geoblock-and-author-deleted",
    outcome="applied",
    classification="confirmation",
    imitates="English legal reply: blocked for viewers in Korea; other post deleted by its author",
    why="tv clip blocked in the Republic of Korea (restricted); blog post deleted by its author (not_found)",
    **{"from": "legal-kr@navercorp.com"},
    name_from="NAVER Legal",
    date="Tue, 10 Sep 2024 17:33:21 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC,

Re: KCSC-240902-01

The NAVER TV clip {N12} is now blocked for viewers in the
Republic of Korea. The channel is run for an overseas audience and the clip
remains available outside Korea.

The blog post {N8} was deleted by its author before our
review; there is nothing further for us to act on.

Regards,
NAVER Legal
""",
    items={N12: "restricted", N8: "not_found"},
)

# ================================================================ review

case(
    name="naver-review-promise-kr",
    outcome="review",
    review="not_understood",
    imitates="NAVER 권리보호센터 interim reply: under review, action to follow",
    why="names two items but only 검토 중 / 조치를 취할 예정: promise, not a statement",
    **{"from": "rights@navercorp.com"},
    name_from=b64h("네이버 권리보호센터"),
    date="Tue, 03 Sep 2024 15:10:28 +0900",
    subject=b64h("Re: [KCSC-240902-01] 불법정보 삭제 요청"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240902-01 요청 건 중 아래 게시물은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 삭제 등 필요한 조치를 취할 예정입니다.

- {N1}
- {N2}

처리 결과는 다시 안내드리겠습니다.
""",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-review-hedge-appears-deleted",
    outcome="review",
    review="not_understood",
    imitates="community support reply guessing at a post's state",
    why="'이미 삭제된 것으로 보입니다 … 처리한 것 같은데 확인 중': hedge only",
    **{"from": "help@dcinside.com"},
    name_from=b64h("디시인사이드 고객센터"),
    date="Fri, 06 Sep 2024 16:26:40 +0900",
    subject=b64h("Re: [KCSC-240904-02] 불법정보 시정요구"),
    reply_to_req="req-240904-02",
    body=f"""
KCSC 담당자님,

문의하신 {D2} 게시물은 확인해 보니
이미 삭제된 것으로 보입니다. 마이너 갤러리 매니저가 처리한 것 같은데
정확한 경위는 확인 중입니다.

디시인사이드 고객센터
""",
    items={D2: "pending"},
)

case(
    name="fm-review-bulk-all-five",
    outcome="review",
    review="bulk",
    imitates="community moderator one-line 'all N posts deleted' reply",
    why="'5건 모두 삭제' for a five-item request, no URL named: bulk",
    **{"from": "admin@fmkorea.com"},
    name_from=b64h("에펨코리아 운영진"),
    date="Thu, 12 Sep 2024 09:45:00 +0900",
    subject=b64h("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req="req-240910-05",
    body="""
안녕하세요 에펨코리아 운영진입니다.

KCSC-240910-05 로 요청하신 게시물 5건 모두 확인하여 삭제 처리하였습니다.

감사합니다.
""",
    items={u: "pending" for u in FM_ALL},
)

case(
    name="clien-review-bulk-both",
    outcome="review",
    review="bulk",
    imitates="short Clien admin reply in thread: both posts deleted",
    why="'두 게시물 모두 삭제' for a two-item request, no URL named: bulk",
    **{"from": "admin@clien.net"},
    name_from=b64h("클리앙 운영진"),
    date="Fri, 13 Sep 2024 18:02:27 +0900",
    subject=b64h("Re: [KCSC-240912-07] 불법정보 삭제 요청"),
    reply_to_req="req-240912-07",
    body="""
안녕하세요, 클리앙 운영진입니다.
요청하신 두 게시물 모두 운영자 권한으로 삭제했습니다.
""",
    items={C1: "pending", C2: "pending"},
)

case(
    name="naver-review-auth-fail",
    outcome="review",
    review="untrusted",
    auth="fail",
    imitates="NAVER-looking 처리 결과 notice whose DKIM/SPF/DMARC fail",
    why="from navercorp.com but authentication fails: statements not applied",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Sat, 07 Sep 2024 03:14:55 +0900",
    subject=b64h("[NAVER] KCSC-240902-01 처리 완료"),
    body=f"""
안녕하세요. NAVER 정책지원팀입니다.

KCSC-240902-01 건 처리 결과입니다.
- {N1} : 삭제
- {N3} : 삭제

감사합니다.
""",
    items={N1: "pending", N3: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    outcome="review",
    review="unknown_sender",
    imitates="a NAVER cafe manager writing from a personal Gmail address",
    why="gmail.com is no platform's domain; the deletion claim cannot be trusted",
    **{"from": "quietriverside.mgr@gmail.com"},
    name_from=b64h("조용한강변 카페매니저"),
    date="Wed, 04 Sep 2024 21:33:02 +0900",
    subject=b64h("카페 게시글 삭제했습니다"),
    body=f"""
안녕하세요. 네이버 카페 '조용한강변' 매니저입니다.

네이버에서 연락받고 {N4} 글은 제가 직접 삭제했습니다.
88419번 글도 곧 정리하겠습니다.

문제 되는 글 있으면 이 메일로 알려주세요.
""",
    items={N4: "pending"},
)

case(
    name="inven-wrong-platform-not-ours",
    outcome="review",
    review="wrong_platform",
    imitates="Inven 고객지원 reply to a request for another site's post",
    why="Inven states it cannot find an FM Korea URL on its service: a statement about another platform's item",
    **{"from": "help@inven.co.kr"},
    name_from=b64h("인벤 고객지원팀"),
    date="Thu, 12 Sep 2024 13:51:36 +0900",
    subject=b64h("Re: 게시물 삭제 요청 (KCSC-240910-05)"),
    body=f"""
안녕하세요, 인벤 고객지원팀입니다.

보내주신 메일에 기재된 {F4} 주소는 인벤(inven.co.kr)에서
운영하는 게시판이 아니어서, 저희 쪽에서는 해당 게시물을 찾을 수 없습니다.
해당 사이트 운영자에게 직접 요청해 주시기 바랍니다.

인벤 고객지원팀
""",
    items={F4: "pending"},
)

case(
    name="kakao-policy-change-notice",
    outcome="review",
    review="no_claims",
    imitates="Kakao 운영정책 개정 안내 mailing sent to partner contacts",
    why="trusted Kakao mail naming no requested item and no request",
    **{"from": "notice@kakaocorp.com"},
    name_from=b64h("카카오"),
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=b64h("[카카오] 운영정책 개정 안내"),
    body="""
안녕하세요, 카카오입니다.

카카오 서비스 운영정책이 2024년 10월 1일부터 일부 개정됩니다.
주요 변경 사항은 불법 촬영물 신고 절차 간소화와 임시조치 안내 문구 정비입니다.

자세한 내용은 아래 페이지에서 확인하실 수 있습니다.
https://www.kakao.com/policy/oppolicy

감사합니다.
""",
)

case(
    name="soop-asks-more-documents",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="SOOP 고객센터 asking for an official letter and timestamps before acting",
    why="asks for 공문 사본 and the scene's timestamp; decision deferred",
    **{"from": "cs@sooplive.co.kr"},
    name_from=b64h("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 14:22:09 +0900",
    subject=b64h("[SOOP] 추가 자료 요청"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

KCSC-240909-04 요청 건 검토를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 공문 사본 (기관 직인 포함)
2. {S1} 영상 중 문제 장면의 재생 시각

자료 확인 후 조치 여부를 결정하겠습니다.
""",
    items={S1: "pending"},
)

case(
    name="ppomppu-under-review-deadline",
    outcome="review",
    review="not_understood",
    imitates="community site reply: author's explanation awaited, decision by a date",
    why="names the item but only 검토 중 / 결정할 예정: nothing stated yet",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=b64h("뽐뿌 운영팀"),
    date="Thu, 12 Sep 2024 17:40:44 +0900",
    subject=b64h("Re: [KCSC-240911-06] 게시물 삭제 요청"),
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요 뽐뿌입니다.

요청하신 {P1} 게시물은
현재 게시자에게 소명을 요청한 상태로 내부 검토 중입니다.
삭제 여부는 9월 20일까지 결정할 예정이며, 결과가 나오면 알려드리겠습니다.
""",
    items={P1: "pending"},
)

case(
    name="daum-en-hedge-may-have",
    outcome="review",
    review="not_understood",
    imitates="Kakao trust-and-safety English reply guessing the cafe operator removed a post",
    why="'may have already removed … asked the operator to confirm': hedge only",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 18:05:30 +0900",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Regarding {K1} from your request KCSC-240905-03: the cafe's
operator may have already removed the post, as it no longer shows in the
board list. We have asked the cafe operator to confirm and will let you know.

Kakao Trust & Safety
""",
    items={K1: "pending"},
)

# ================================================================ ignored

case(
    name="naver-ooo-business-trip",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a portal employee",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
    **{"from": "jiwon.seo@navercorp.com"},
    name_from="Jiwon Seo",
    date="Mon, 02 Sep 2024 10:15:31 +0900",
    subject=b64h("자동 응답: [KCSC-240902-01] 불법정보 삭제 요청"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 서지원입니다.

9월 2일부터 9월 6일까지 해외 출장으로 메일 확인이 어렵습니다.
긴급한 게시중단 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am travelling from 2 to 6 September with limited access to email.
""",
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse@fmkorea.co",
    "Subject: [KCSC-240910-05] Request for removal",
    "Date: Tue, 10 Sep 2024 15:20:00 +0900",
    "Message-ID: <req-240910-05@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear FM Korea,",
    "",
    "We request the removal of the following posts (KCSC-240910-05):",
] + [f"{i}. {u}" for i, u in enumerate(FM_ALL, 1)] + [
    "",
    "KCSC Takedown Desk",
])

case(
    name="dsn-fmkorea-typo-domain",
    outcome="ignored",
    classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification (multipart/report) with the original request",
    why="bounce: the request sent to a mistyped address came back; the URLs are only in the returned copy",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 15:20:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7F2C01A2B3.1725949209/mx.kcsc.example"

--7F2C01A2B3.1725949209/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@fmkorea.co>: Host or domain name not found. Name service error for
    name=fmkorea.co type=MX: Host not found, try again

--7F2C01A2B3.1725949209/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 7F2C01A2B3
Arrival-Date: Tue, 10 Sep 2024 15:20:00 +0900 (KST)

Final-Recipient: rfc822; abuse@fmkorea.co
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=fmkorea.co type=MX: Host not found, try again

--7F2C01A2B3.1725949209/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}

--7F2C01A2B3.1725949209/mx.kcsc.example--
""",
)

case(
    name="kakao-mdn-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean mail client 읽음 확인 (MDN, disposition-notification)",
    why="read receipt only",
    **{"from": "report-team@kakaocorp.com"},
    name_from=b64h("카카오 신고대응팀"),
    date="Thu, 05 Sep 2024 10:02:14 +0900",
    subject=b64h("읽음 확인: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req="req-240905-03",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-kakao-0905"

--mdn-kakao-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240905-03] 게시물 삭제 요청
읽은 시각: 2024-09-05 10:02 (KST)

--mdn-kakao-0905
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; report-team@kakaocorp.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kakao-0905--
""",
)

case(
    name="dc-ticket-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="DC Inside 문의 접수 완료 안내 (helpdesk auto receipt with ticket number)",
    why="pure receipt: ticket number and expected answer time, no statement",
    **{"from": "noreply@dcinside.com"},
    name_from=b64h("디시인사이드"),
    date="Wed, 04 Sep 2024 14:30:40 +0900",
    subject=b64h("[디시인사이드] 문의 접수 완료 안내"),
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: DC240904-0917
문의 제목: [KCSC-240904-02] 불법정보 시정요구
접수 일시: 2024-09-04 14:30

답변은 영업일 기준 3~5일 이내에 이메일로 드립니다.
본 메일은 발신 전용입니다.
""",
)

case(
    name="soop-en-ticket-created",
    outcome="ignored",
    classification="acknowledgement",
    imitates="English helpdesk ticket receipt (Zendesk-style)",
    why="'we have received your report … ticket created': pure acknowledgement",
    **{"from": "support@sooplive.co.kr"},
    name_from="SOOP Support",
    date="Mon, 09 Sep 2024 11:00:52 +0900",
    subject="[SOOP] Your request has been received (#SOOP-2409-88123)",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report regarding KCSC-240909-04.
Ticket #SOOP-2409-88123 has been created and our team will respond as soon
as possible. Please keep the ticket number in the subject of any reply.

You can follow the ticket at https://support.sooplive.co.kr/requests/88123

SOOP Support
""",
)

case(
    name="clien-ooo-en",
    outcome="ignored",
    classification="auto_reply",
    imitates="English out-of-office reply from a site admin",
    why="out-of-office auto-reply",
    **{"from": "admin@clien.net"},
    name_from="Clien Admin",
    date="Thu, 12 Sep 2024 11:02:20 +0900",
    subject="Out of office: [KCSC-240912-07] 불법정보 삭제 요청",
    reply_to_req="req-240912-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your message. I am out of the office for the Chuseok holidays
until 19 September and will reply after I return.

추석 연휴로 9월 19일까지 부재중입니다. 복귀 후 답변드리겠습니다.
""",
)


HEADER = """# blind993: Korean portals and community sites. Expected results written
# from each email's meaning before any run of the reader (see NOTES.md).
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
