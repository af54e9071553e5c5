#!/usr/bin/env python3
"""Blind set 897: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven; Ppomppu and Nate only as senders),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind897/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader.
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

SET = "blind897"

# ---------------------------------------------------------------- requests
KOR = "밤의정원"
N = {
    1: "https://blog.naver.com/moonlit_ferry/223561200145",
    2: "https://blog.naver.com/moonlit_ferry/223561207719",
    3: "https://blog.naver.com/PostView.naver?blogId=gray_lantern&logNo=223570011234",
    4: "https://cafe.naver.com/salttrade77/4412",
    5: "https://cafe.naver.com/salttrade77/4419",
    6: "https://cafe.naver.com/salttrade77/4420",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122093",
    8: "https://tv.naver.com/v/58213377",
    9: "https://tv.naver.com/v/58213390",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38811204&memberNo=5512093",
    11: "https://in.naver.com/" + quote(KOR) + "/contents/internal/712304",
    12: "https://blog.naver.com/moonlit_ferry/223561210033",
    13: "https://cafe.naver.com/salttrade77/4431",
    14: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122310",
}
N11_RAW = "https://in.naver.com/" + KOR + "/contents/internal/712304"
D = {
    1: "https://cafe.daum.net/bluecoin_club/Zx8k/1123",
    2: "https://cafe.daum.net/bluecoin_club/Zx8k/1131",
    3: "https://cafe.daum.net/bluecoin_club/Ab3Q/88",
    4: "https://tv.kakao.com/channel/4410782/cliplink/449120331",
}
G = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912045",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_trade&no=318877",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_trade&no=318902",
    4: "https://m.dcinside.com/board/dcbest/224517",
    5: "https://gall.dcinside.com/mini/board/view/?id=yellowtea&no=5521",
}
S = {
    1: "https://vod.sooplive.co.kr/player/132870051",
    2: "https://ch.sooplive.co.kr/nightowl0707/post/88120934",
    3: "https://vod.sooplive.co.kr/player/132871164",
}
F = {
    1: "https://www.fmkorea.com/7312045581",
    2: "https://www.fmkorea.com/index.php?mid=humor&document_srl=7312049922",
}
C = {1: "https://www.clien.net/service/board/park/18765432"}
I = {
    1: "https://www.inven.co.kr/board/lostark/5355/223190",
    2: "https://www.inven.co.kr/board/maple/5974/1450021",
    3: "https://m.inven.co.kr/board/lostark/5355/223214",
}

REQ = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T01:30:00Z", "2024-09-09T14:59:59Z", N,
     "illegal_trade", "salt-trade drug adverts across blog, cafe, kin, tv, post, influencer"),
    ("KCSC-240903-02", "daum", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z", D,
     "gambling", "bluecoin_club cafe and Kakao TV clip"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T00:45:00Z", "2024-09-12T14:59:59Z", G,
     "financial_fraud", "unregistered investment-advice rooms advertised in galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T05:10:00Z", "2024-09-13T14:59:59Z", S,
     "obscenity", "nightowl0707 VODs and channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T01:00:00Z", "2024-09-16T14:59:59Z", F,
     "gambling", "toto site adverts"),
    ("KCSC-240910-06", "clien", "2024-09-10T03:20:00Z", "2024-09-17T14:59:59Z", C,
     "gambling", "single post in park board"),
    ("KCSC-240911-07", "inven", "2024-09-11T00:30:00Z", "2024-09-18T14:59:59Z", I,
     "illegal_trade", "account and item-cash trading adverts"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQ:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encoded subject, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(ref, urls, quote_prefix=""):
    lines = [
        "방송통신심의위원회 통신심의 결과에 따라 아래 정보에 대한 시정(삭제 등)을 요구합니다.",
        "문서번호: " + ref,
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        u = urls[k]
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
    return "\n".join(quote_prefix + l if l else quote_prefix.rstrip() for l in lines)


def esc(u):
    return u.replace("&", "&amp;")


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-table-html",
    from_="policy-noreply@navercorp.com", name_from="NAVER Policy",
    date="Thu, 5 Sep 2024 17:12:40 +0900",
    subject=subj("[NAVER] 시정요구(KCSC-240902-01) 조치 결과 회신"),
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 통신심의국 담당자님께,</p>
<p>2024년 9월 2일 송부하신 시정요구(문서번호 KCSC-240902-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{esc(N[1])}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>{esc(N[2])}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>{esc(N[3])}</td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>4</td><td>{esc(N[4])}</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>5</td><td>{esc(N[5])}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>6</td><td>{esc(N[6])}</td><td>조치 불가 - 운영정책 위반 사항 확인되지 않음</td><td>2024-09-05</td></tr>
</table>
<p>나머지 8건은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (HTML) to the regulator",
    why="six rows each with an unambiguous result: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 위반 없음 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "rejected"},
)

csv_rows = [
    "연번,URL,조치결과,비고",
    f"7,\"{N[7]}\",삭제,",
    f"8,{N[8]},연령제한(19세 이상),청소년 노출 제한",
    f"9,{N[9]},비공개 처리,",
    f"10,\"{N[10]}\",게시물 없음,존재하지 않는 게시물",
    f"11,{N[11]},블라인드,",
    f"12,{N[12]},조치 없음,운영정책 위반 사항 없음",
    f"13,{N[13]},게시중단,",
    f"14,\"{N[14]}\",임시조치,권리침해 신고에 따른 30일 임시조치",
]
csv_text = "\ufeff" + "\r\n".join(csv_rows) + "\r\n"
case(
    name="naver-csv-attachment-remaining",
    from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
    date="Mon, 9 Sep 2024 10:03:11 +0900",
    subject=subj("RE: 시정요구 KCSC-240902-01 잔여 8건 처리 결과"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_b897_0909"

------=_NV_b897_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 권리보호센터입니다.

KCSC-240902-01 시정요구 건 중 지난번 회신에 포함되지 않은 8건의 처리 결과를
첨부한 CSV 파일로 보내드립니다. URL별 조치 내용은 첨부 파일을 확인해 주십시오.

감사합니다.
네이버 권리보호센터
''')}

------=_NV_b897_0909
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01_part2.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01_part2.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}

------=_NV_b897_0909--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as an Excel-exported CSV attachment (UTF-8 BOM, CRLF)",
    why="CSV rows state one result per URL: 삭제/비공개/블라인드/게시중단 removed, 연령제한/임시조치 restricted, 게시물 없음 not_found, 위반 없음 rejected",
    items={N[7]: "removed", N[8]: "restricted", N[9]: "removed", N[10]: "not_found",
           N[11]: "removed", N[12]: "rejected", N[13]: "removed", N[14]: "restricted"},
)

case(
    name="naver-blog-bare-url-status-below",
    from_="blog_help@naver.com", name_from="네이버 블로그",
    date="Wed, 4 Sep 2024 14:40:02 +0900",
    subject=subj("RE: [KCSC-240902-01] 정보 삭제 요청"),
    body=f"""안녕하세요. 네이버 블로그 운영팀입니다.
문의하신 블로그 게시물 2건에 대한 확인 결과를 안내드립니다.

{N[1]}
→ 이용약관 및 운영정책 위반으로 삭제 조치 완료

{N[2]}
→ 확인 결과 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

더 궁금하신 점은 고객센터(https://help.naver.com/service/5593/)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply, bare URL with its result on the line below",
    why="first URL deleted for policy breach; second already deleted by its author (not_found); help link is not an item",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-tv-age-restricted-english",
    from_="tvsafety@navercorp.com", name_from="NAVER TV Trust & Safety",
    date="Fri, 6 Sep 2024 09:15:27 +0900",
    subject="Re: KCSC-240902-01 - NAVER TV clips",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Regarding the two NAVER TV clips in your notice KCSC-240902-01:

- {N[8]} : we have applied an age restriction (19+). The clip can now
  only be played by signed-in users who have completed adult verification.
- {N[9]} : removed for violating our community guidelines. The channel
  has received a strike.

Our age-restriction policy is described at
https://help.naver.com/service/5637/contents/1021?lang=ko

Best regards,
Jiwoo Han
NAVER TV Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean video service (age gate + removal)",
    why="clip 1 age-restricted (restricted), clip 2 removed; policy link is not an item",
    items={N[8]: "restricted", N[9]: "removed"},
)

case(
    name="naver-cafe-top-posted-over-quote",
    from_="cafe_help@naver.com", name_from="네이버 카페",
    date="Thu, 5 Sep 2024 11:02:55 +0900",
    subject=subj("Re: 시정요구 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 항목 중 카페 게시글 2건은 확인 후 게시중단 처리하였습니다.
- {N[4]}
- {N[5]}

나머지 URL은 담당 서비스에서 별도로 회신드릴 예정입니다.

2024년 9월 2일 (월) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240902-01", N, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply (…님이 작성:) over the quoted request",
    why="two cafe posts named and 게시중단 (removed); the 14 quoted URLs below '>' are our own request",
    items={N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-kin-kept-with-reason",
    from_="kin_help@naver.com", name_from="네이버 지식iN",
    date="Fri, 6 Sep 2024 16:48:09 +0900",
    subject=subj("[지식iN] 신고 게시물 처리 결과 안내 (KCSC-240902-01)"),
    body=f"""지식iN 고객센터입니다.

신고하신 지식iN 질문·답변 2건의 검토 결과를 알려드립니다.

[1] {N[7]}
처리 결과: 게시 유지
사유: 해당 답변은 제품에 대한 개인의 사용 후기로, 지식iN 운영원칙이 금지하는
불법 거래 알선이나 광고에 해당하지 않는다고 판단했습니다.

[2] {N[14]}
처리 결과: 삭제
사유: 불법 의약품 거래 유도 (운영원칙 3조 위반)

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/support/alias/kin)로
문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN report-outcome notice with 처리 결과 / 사유 per item",
    why="[1] kept with a reason (rejected), [2] deleted (removed)",
    items={N[7]: "rejected", N[14]: "removed"},
)

case(
    name="daum-cafe-blind-and-temp-measure",
    from_="cafe-support@kakaocorp.com", name_from="Daum 카페 운영지원",
    date="Thu, 5 Sep 2024 13:21:44 +0900",
    subject=subj("[Daum 카페] 게시물 조치 결과 안내 - KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 Daum 카페 운영지원팀입니다.

방송통신심의위원회 요청(KCSC-240903-02)에 따라 아래와 같이 조치하였음을 알려드립니다.

■ {D[1]}
  - 조치: 게시물 블라인드 (카페 내 열람 불가)
■ {D[2]}
  - 조치: 임시조치 30일 (정보통신망법 제44조의2)

나머지 요청 건은 관련 부서 검토 후 회신 예정입니다.
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 / 임시조치 notice",
    why="블라인드 is removed, 임시조치 is restricted; the promise about the rest names no item",
    items={D[1]: "removed", D[2]: "restricted"},
)

case(
    name="kakao-statement-of-reasons-english",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 18:30:00 +0900",
    subject="Statement of reasons - Kakao TV clip 449120331 (your ref. KCSC-240903-02)",
    body=f"""STATEMENT OF REASONS
Reference: KCSC-240903-02
Services: Kakao TV / Daum Cafe
Decision date: 2024-09-12

1. Content: {D[4]}
   Decision: access to the clip has been disabled for all users.
   Ground: illegal content (unlicensed gambling promotion), Kakao Operating
   Policy section 2.4.
   Detection: notice from a public authority. Automated means used: none.

2. Content: {D[3]}
   Decision: no action taken. We were unable to locate this post; the
   article number does not exist in the cafe.

Redress: the uploader may appeal through https://cs.kakao.com/helps?service=52
within 30 days.

Kakao Corp. Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from a Korean platform, in English",
    why="clip disabled for all users (removed); cafe post cannot be located (not_found); appeal link is not an item",
    items={D[4]: "removed", D[3]: "not_found"},
)

case(
    name="daum-qp-numbered-list",
    from_="cs_noreply@daum.net", name_from="다음 고객센터",
    date="Tue, 10 Sep 2024 15:05:19 +0900",
    subject=subj("Re: [방심위] 시정요구 통보 KCSC-240903-02"),
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''방송통신심의위원회 귀중

요청하신 4건의 처리 결과를 알려드립니다.

1. {D[1]} : 삭제 완료
2. {D[2]} : 삭제 완료
3. {D[3]} : 게시 유지 (검토 결과 불법정보에 해당하지 않음)
4. {D[4]} : 19세 이상 연령 제한 적용

감사합니다.
카카오 고객센터
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre reply, numbered list, quoted-printable body",
    why="two deletions, one kept as not illegal (rejected), one age-restricted (restricted)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "restricted"},
)

case(
    name="dc-admin-prose-with-parentheses",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 9 Sep 2024 11:47:31 +0900",
    subject=subj("RE: [KCSC-240905-03] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 5건 중 4건의 처리 결과를 말씀드립니다.

주식 갤러리 게시물({G[1]})은 운영자 삭제 처리하였고,
코인 거래 마이너 갤러리의 318877번, 318902번 글
({G[2]} , {G[3]})
역시 삭제했습니다.

실시간 베스트 게시물 {G[4]} 은 요청 접수 전에 작성자가 스스로
삭제하여 현재 존재하지 않습니다.

미니 갤러리 게시물은 해당 갤러리 매니저와 확인 중이며, 결과가 나오면 다시 연락드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator's prose reply with URLs in parentheses",
    why="G1 운영자 삭제, G2/G3 '역시 삭제' (removed), G4 deleted by its author before (not_found); the mini-gallery post is still being checked (pending)",
    items={G[1]: "removed", G[2]: "removed", G[3]: "removed", G[4]: "not_found", G[5]: "pending"},
)

case(
    name="dc-html-table-kept",
    from_="help@dcinside.com", name_from="DCinside 고객지원",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject=subj("[디시인사이드] 게시물 처리 결과 (KCSC-240905-03)"),
    type="html",
    body=f"""<div style="font-family:'Malgun Gothic'">
<p>방송통신심의위원회 담당자님 안녕하세요.</p>
<p>KCSC-240905-03 관련 처리 결과입니다.</p>
<table border="1"><thead><tr><th>번호</th><th>게시물 주소</th><th>처리</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{esc(G[1])}">{esc(G[1])}</a></td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>2</td><td><a href="{esc(G[5])}">{esc(G[5])}</a></td><td>유지</td><td>갤러리 규정 및 이용약관 위반 사항 없음</td></tr>
</tbody></table>
<p>감사합니다.<br>디시인사이드 고객지원</p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result table in HTML (처리 / 비고 columns)",
    why="row 1 deleted; row 2 kept because it breaks no rule (rejected)",
    items={G[1]: "removed", G[5]: "rejected"},
)

case(
    name="dc-angle-brackets-fullwidth-stop",
    from_="report@dcinside.com", name_from="디시인사이드",
    date="Wed, 11 Sep 2024 19:03:48 +0900",
    subject=subj("KCSC-240905-03 회신"),
    body=f"""KCSC-240905-03 관련 회신입니다.

<{G[2]}>은 삭제되었습니다。
{G[5]}도 미니갤 매니저 확인을 거쳐 삭제 처리됐습니다．

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply, URL in angle brackets and URL glued to a Korean particle, full-width stops",
    why="both named posts deleted; the particles 은/도 and full-width stops are not part of the URLs",
    items={G[2]: "removed", G[5]: "removed"},
)

case(
    name="soop-english-three-actions",
    from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Mon, 9 Sep 2024 20:14:05 +0900",
    subject="[SOOP] Outcome of your notice KCSC-240906-04",
    body=f"""Hello,

Thank you for your notice. After review we have taken the following actions:

  * VOD {S[1]} - deleted
  * VOD {S[3]} - deleted
  * Channel post {S[2]} - hidden from public view by the operator (비공개 처리)

The broadcaster's account has also been suspended from streaming for 7 days.

Kind regards,
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform trust-and-safety outcome list in English",
    why="two VODs deleted and the channel post made private by the operator: all removed",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

case(
    name="soop-korean-mixed-statuses",
    from_="help@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 09:30:41 +0900",
    subject=subj("[SOOP] 시정요구 처리 결과 안내 KCSC-240906-04"),
    body=f"""안녕하세요. SOOP 고객센터입니다.
요청하신 3건의 처리 결과를 안내드립니다.

1) {S[1]} — 삭제
2) {S[2]} — 존재하지 않는 게시글입니다 (URL 오류 또는 작성자 삭제)
3) {S[3]} — 19세 이상 시청 가능하도록 연령 제한 설정

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) customer-centre result list",
    why="deleted, does not exist (not_found), age-restricted (restricted)",
    items={S[1]: "removed", S[2]: "not_found", S[3]: "restricted"},
)

case(
    name="fmk-short-korean-kept",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 22:41:09 +0900",
    subject=subj("Re: KCSC-240909-05"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""KCSC-240909-05 건 처리했습니다.

{F[1]} 삭제
{F[2]} 는 확인해보니 유머 게시판 규정상 문제 없는 글이라 그대로 둡니다. (불법정보 아님)

- 에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site admin reply",
    why="first post deleted; second left up because it breaks no rule (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

fmk_html = f"""<!DOCTYPE html><html><body>
<p>방송통신심의위원회 귀하</p>
<p>요청번호: <b>KCSC-240909-05</b></p>
<ul>
<li><a href="{esc(F[1])}">{esc(F[1])}</a> : 게시중단</li>
<li><a href="{esc(F[2])}">{esc(F[2])}</a> : 블라인드 처리 (열람 불가)</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://www.fmkorea.com/notice">공지사항</a>을 참고해 주세요.</p>
</body></html>"""
case(
    name="fmk-base64-html-list",
    from_="noreply@fmkorea.com", name_from="FM Korea",
    date="Wed, 11 Sep 2024 08:00:12 +0900",
    subject=subj("[에펨코리아] 게시물 조치 결과"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fmk_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="no-reply HTML notice, base64-encoded, links in a bullet list",
    why="게시중단 and 블라인드 (열람 불가) are both removed; the notice link is not an item",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="clien-sole-statement-thread",
    from_="admin@clien.net", name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 13:55:00 +0900",
    subject=subj("Re: [KCSC-240910-06] 시정요구"),
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제하였습니다.
작성자에게는 7일 이용 제한 조치를 함께 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin's one-line reply in the request's thread",
    why="one-item request, reply in thread and naming the reference in the subject: 'the requested post was deleted' applies to it",
    items={C[1]: "removed"},
)

case(
    name="clien-url-below-statement",
    from_="report@clien.net", name_from="클리앙",
    date="Thu, 12 Sep 2024 10:20:30 +0900",
    subject=subj("[클리앙] 신고 처리 안내"),
    body=f"""아래 게시물은 커뮤니티 이용규칙 위반(불법 도박 사이트 홍보)으로 삭제되었습니다.
    {C[1]}

이용규칙: https://www.clien.net/service/board/rule
(방송통신심의위원회 요청번호 KCSC-240910-06)
""",
    outcome="applied", classification="confirmation",
    imitates="community report-handling notice, URL on the line below its statement",
    why="the statement points forward to the URL below it (removed); rules page is not an item",
    items={C[1]: "removed"},
)

case(
    name="inven-bilingual-result",
    from_="cs@inven.co.kr", name_from="INVEN 운영팀",
    date="Fri, 13 Sep 2024 15:15:15 +0900",
    subject=subj("[INVEN] 시정요구 처리 결과 / Result of request KCSC-240911-07"),
    body=f"""[한국어]
{I[1]} : 삭제 완료
{I[2]} : 해당 게시물이 존재하지 않습니다
{I[3]} : 비공개 처리

[English]
{I[1]} : deleted
{I[2]} : no such post
{I[3]} : made private

INVEN 운영팀 / INVEN Operations
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English result list",
    why="each URL stated twice, consistently: deleted, does not exist (not_found), made private (removed)",
    items={I[1]: "removed", I[2]: "not_found", I[3]: "removed"},
)

case(
    name="inven-outlook-original-message",
    from_="support@inven.co.kr", name_from="인벤 고객지원",
    date="Thu, 12 Sep 2024 17:02:26 +0900",
    subject=subj("RE: [방송통신심의위원회] 시정요구 KCSC-240911-07"),
    body=f"""담당자님 안녕하세요.

{I[1]} 삭제했습니다.
{I[3]} 는 조회하면 '존재하지 않는 게시물입니다'로 나옵니다. 작성자가 이미 지운 것으로 보입니다.
메이플 게시판 건은 게시판 담당자가 확인 중입니다.

인벤 고객지원 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
To: support@inven.co.kr
Subject: [방송통신심의위원회] 시정요구 KCSC-240911-07

{request_text("KCSC-240911-07", I)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- and the unquoted request below",
    why="I1 deleted; I3 'does not exist' (not_found; the guess about who deleted it does not hedge the status); maple post still being checked; URLs below Original Message are ours",
    items={I[1]: "removed", I[3]: "not_found", I[2]: "pending"},
)

case(
    name="naver-receipt-plus-result",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Sat, 7 Sep 2024 11:11:41 +0900",
    subject=subj("[네이버 고객센터] 문의 접수 및 처리 결과 안내"),
    body=f"""고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409-118830)

접수하신 KCSC-240902-01 건 중 아래 게시물은 검토 결과 게시중단 처리되었습니다.
 · {N[12]}
 · {N[13]}

추가 문의는 네이버 고객센터 > 문의하기 메뉴를 이용해 주세요.
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt that also carries a result",
    why="receipt phrase plus an unhedged 게시중단 statement naming two URLs: not a pure acknowledgement",
    items={N[12]: "removed", N[13]: "removed"},
)

case(
    name="daum-gmail-quote-already-gone",
    from_="cs@daum.net", name_from="Daum 고객센터",
    date="Fri, 6 Sep 2024 14:22:10 +0900",
    subject=subj("Re: [KCSC] 시정요구 KCSC-240903-02"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, Daum 고객센터입니다.

{D[3]}
확인 결과 해당 게시글은 이미 삭제되어 존재하지 않는 게시물입니다.
(카페 관리자가 9월 1일 삭제한 기록이 있습니다.)

나머지 3건은 처리 후 회신드리겠습니다.

On Tue, Sep 3, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-02", D, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail 'On … wrote:' reply over the quoted request",
    why="D3 deleted before our request and no longer exists (not_found); the other URLs appear only in the quote",
    items={D[3]: "not_found"},
)

case(
    name="soop-ticket-solved",
    from_="support@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Fri, 13 Sep 2024 15:02:44 +0900",
    subject=subj("[요청 #48812] 해결됨: KCSC-240906-04 VOD 삭제 요청"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- 이 줄 위에 답장을 입력하세요 -##

귀하의 요청(48812)이 "해결됨" 상태로 변경되었습니다.

이서진 (SOOP 고객센터)
2024년 9월 13일 15:02 KST

안녕하세요. 요청하신 건의 처리 결과입니다.

{S[1]} : VOD 삭제 완료
{S[2]} : 검토 결과 게시글 내용이 운영정책을 위반하지 않아 유지됩니다.

이 요청에 회신하시면 다시 열립니다.
[7XKQ2M-PL4R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style ticket 'solved' notification with the agent's comment",
    why="VOD deleted (removed); channel post kept, no violation (rejected)",
    items={S[1]: "removed", S[2]: "rejected"},
)

case(
    name="dc-echoed-report-form",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Mon, 9 Sep 2024 11:25:03 +0900",
    subject=subj("[디시인사이드] 신고 처리 결과 DC-20240905-7731"),
    body=f"""[신고 처리 결과]

접수번호 : DC-20240905-7731
신고자   : 방송통신심의위원회 (KCSC-240905-03)
신고 게시물 : {G[1]}
신고 사유 : 불법 금융투자 리딩방 홍보
신고 내용 : 해당 게시물은 미등록 투자자문업 광고에 해당하므로 삭제를 요청합니다.

처리 결과 : 삭제
처리 일시 : 2024-09-09 11:20

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo with 처리 결과 field",
    why="our echoed report text asks for deletion; the platform's own 처리 결과 field says 삭제 (removed)",
    items={G[1]: "removed"},
)

case(
    name="naver-influencer-raw-korean-path",
    from_="influencer_help@naver.com", name_from="네이버 인플루언서",
    date="Sun, 8 Sep 2024 10:05:55 +0900",
    subject=subj("[네이버 인플루언서] 콘텐츠 조치 안내"),
    body=f"""안녕하세요. 네이버 인플루언서 검색 운영팀입니다.

방송통신심의위원회 요청번호 KCSC-240902-01에 포함된 인플루언서 콘텐츠
{N11_RAW}
은(는) 운영정책 위반으로 비공개 처리되었습니다.
해당 인플루언서에게는 경고가 발송되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER influencer content-action notice with a raw Korean path",
    why="raw Korean path matches the percent-encoded request URL; 비공개 처리 by the operator is removed",
    items={N[11]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-will-act-after-review",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 4 Sep 2024 16:30:12 +0900",
    subject=subj("RE: KCSC-240902-01 시정요구 관련"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물
{N[3]}
{N[10]}
에 대해서는 관련 법령 및 운영정책에 따라 검토 후 조치할 예정입니다.
처리가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'we will act after review' interim reply",
    why="names two requested URLs but only promises action: no statement, items stay pending",
    items={N[3]: "pending", N[10]: "pending"},
)

case(
    name="kakao-appears-deleted-hedge",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Wed, 4 Sep 2024 19:44:30 +0900",
    subject="RE: KCSC-240903-02",
    body=f"""Hi,

Regarding {D[1]} in KCSC-240903-02: the post appears to have been deleted
already, possibly by the cafe manager, but our logs are not conclusive. We are
checking with the cafe team and will confirm.

The remaining posts are with our legal team.

Thanks,
Minseo Park
Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with a hedged status",
    why="'appears to have been deleted … not conclusive … will confirm' is a hedge, not a statement",
    items={D[1]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    from_="policy-noreply@navercorp.com", name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 18:00:00 +0900",
    subject=subj("[NAVER] KCSC-240902-01 조치 완료 통보"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""방송통신심의위원회 통신심의국 귀중

KCSC-240902-01 시정요구 건과 관련하여, 요청하신 게시물 14건 전부에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="portal 'all N items actioned' completion notice",
    why="one statement for all 14 items of a multi-item request without naming any: bulk, all pending",
    items={u: "pending" for u in N.values()},
)

case(
    name="dc-bulk-english",
    from_="help@dcinside.com", name_from="DCinside Support",
    date="Mon, 9 Sep 2024 17:40:21 +0900",
    subject="Re: Notice KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body="""Dear KCSC,

This is to confirm that all of the posts listed in your notice KCSC-240905-03
have been removed by our moderation team on 9 September 2024.

Regards,
DCinside Support
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content removed' confirmation",
    why="five-item request, statement covers 'all of the posts' without naming them: bulk",
    items={u: "pending" for u in G.values()},
)

case(
    name="soop-dmarc-fail",
    from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    auth="fail",
    date="Tue, 10 Sep 2024 03:12:09 +0900",
    subject="Outcome of your notice KCSC-240906-04",
    body=f"""Hello,

The following VODs have been deleted:
{S[1]}
{S[3]}

SOOP Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="platform-looking outcome whose DKIM/SPF/DMARC fail",
    why="clear statements but the platform domain fails authentication: nothing applied",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="naver-lookalike-domain",
    from_="notice@naver-helpdesk.net", name_from="NAVER 고객센터",
    date="Thu, 5 Sep 2024 02:51:37 +0900",
    subject=subj("[NAVER] 게시물 삭제 완료 및 담당자 확인 요청"),
    body=f"""방송통신심의위원회 담당자님,

요청하신 게시물 {N[1]} 은 삭제 완료되었습니다.
처리 내역 확인을 위해 아래 링크에서 기관 계정으로 로그인해 주십시오.
https://naver-helpdesk.net/gov/verify?id=KCSC-240902-01

NAVER 고객센터
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike-domain phishing dressed as a portal notice",
    why="sender domain belongs to no platform, though it names our request and a URL",
    items={N[1]: "pending"},
)

case(
    name="law-firm-for-cafe-owner",
    from_="dh.kim@onsae-law.kr", name_from="법무법인 온새 김도현 변호사",
    date="Mon, 9 Sep 2024 14:00:00 +0900",
    subject=subj("시정요구(KCSC-240903-02) 관련 의견서 제출"),
    body=f"""방송통신심의위원회 귀중

당 법인은 Daum 카페 'bluecoin_club'의 운영자를 대리하고 있습니다.
귀 위원회의 시정요구 KCSC-240903-02와 관련하여, 게시물
{D[1]}
은 의뢰인이 자진하여 삭제하였음을 알려드립니다.
나머지 게시물에 대해서는 의견진술의 기회를 주실 것을 요청드립니다.

법무법인 온새
변호사 김도현
""",
    outcome="review", review="unknown_sender",
    imitates="lawyer's letter on behalf of the poster",
    why="a third party's statement about a requested item is not the platform's: unknown sender",
    items={D[1]: "pending"},
)

case(
    name="ppomppu-about-clien-url",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject=subj("Re: [방송통신심의위원회] 협조 요청 KCSC-240910-06"),
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

KCSC-240910-06 관련 협조 요청을 받았으나, 요청서에 기재된
{C[1]} 는 뽐뿌에 게시된 글이 아닙니다.
당사 게시판에서는 해당 게시물을 찾을 수 없습니다.

확인 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="community site answering a notice addressed to it about another site's post",
    why="Ppomppu says it cannot find a Clien post: one platform stating a status for another's item",
    items={C[1]: "pending"},
)

case(
    name="inven-asks-for-decision-copy",
    from_="legal@inven.co.kr", name_from="인벤 법무팀",
    date="Fri, 13 Sep 2024 10:40:00 +0900",
    subject=subj("KCSC-240911-07 관련 자료 요청"),
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240911-07 관련하여, 아래 2건은 게시자가 불법 거래가 아니라는 소명서를 제출하였습니다.
{I[1]}
{I[2]}

조치 여부를 판단하기 위해 심의 의결서 사본과 적용 법조항을 보내주시기 바랍니다.
자료를 받는 대로 검토하겠습니다.

인벤 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform legal team asking for the decision document before acting",
    why="asks for supporting documents; no status stated",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="fmk-under-review-conditional",
    from_="admin@fmkorea.com", name_from="FM Korea Admin",
    date="Tue, 10 Sep 2024 09:09:09 +0900",
    subject="Re: KCSC-240909-05",
    body=f"""Hello,

{F[1]} is currently under review by our moderators.
{F[2]} will be taken down once the review is finished, if it is confirmed
to be an illegal gambling advert.

FM Korea
""",
    outcome="review", review="not_understood",
    imitates="moderator's interim reply: under review and a conditional promise",
    why="'under review' and 'will be taken down … if confirmed' are not statements",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="naver-channel-change-notice",
    from_="policy-noreply@navercorp.com", name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject=subj("[NAVER] 공공기관 게시물 조치 요청 접수 창구 변경 안내"),
    body="""공공기관 담당자님께,

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 NAVER 공공기관 협조 포털
(https://gov-partners.naver.com)로 접수해 주시기 바랍니다.
기존 이메일 창구는 2024년 12월 31일까지 병행 운영한 뒤 종료됩니다.

포털 이용 방법은 첨부 안내문 및 https://help.naver.com/service/gov 를 참고해 주십시오.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="portal circular about a new intake channel for authorities",
    why="trusted NAVER email naming no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    from_="haneul.kim@navercorp.com", name_from="김하늘",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject=subj("[자동회신] Re: 시정요구 (KCSC-240902-01)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 김하늘입니다.
9월 16일부터 18일까지 추석 연휴로 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내 주시면 담당자가 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply, even though its subject carries our reference",
    items={},
)

dsn_orig = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240905-03] 불법정보 시정요구
Date: Thu, 5 Sep 2024 09:45:00 +0900
Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(request_text("KCSC-240905-03", G))}
"""
case(
    name="dc-dsn-over-quota",
    from_="MAILER-DAEMON@mail.dcinside.com", name_from="Mail Delivery System",
    date="Thu, 5 Sep 2024 09:47:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B897DSN.1725497232/mail.dcinside.com"

This is a MIME-encapsulated message.

--B897DSN.1725497232/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host store2.dcinside.com said: 552 5.2.2 Mailbox
    quota exceeded (in reply to end of DATA command)

--B897DSN.1725497232/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 09:45:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Original-Recipient: rfc822;report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--B897DSN.1725497232/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_orig}
--B897DSN.1725497232/mail.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox over quota) carrying our request",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

case(
    name="soop-mdn-read",
    from_="policy@sooplive.co.kr", name_from="SOOP 정책팀",
    date="Fri, 6 Sep 2024 14:31:00 +0900",
    subject=subj("읽음: [KCSC-240906-04] 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-b897-0906"

--mdn-b897-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 열람했습니다.
제목: [KCSC-240906-04] 시정요구
열람 시각: 2024-09-06 14:30:58 (KST)

--mdn-b897-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; SOOP Webmail
Final-Recipient: rfc822;policy@sooplive.co.kr
Original-Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b897-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음:)",
    why="read receipt: says only that our request was opened",
    items={},
)

case(
    name="kakao-cs-ticket-receipt",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Tue, 3 Sep 2024 11:02:30 +0900",
    subject=subj("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240903-02)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: KK-2409-55120
접수일시: 2024-09-03 11:02

담당자가 확인한 뒤 순차적으로 답변드리겠습니다.
답변은 문의 시 입력하신 이메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic ticket receipt",
    why="pure acknowledgement: ticket number and 'we will answer'",
    items={},
)

case(
    name="nate-ooo-english",
    from_="jy.lee@nate.com", name_from="Lee Jiyoung",
    date="Wed, 11 Sep 2024 07:30:00 +0900",
    subject="Automatic reply: [KCSC] 정보통신심의 협조 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""I am out of the office until 20 September with limited access to email.
For content reports about Nate Pann, please write to pann_report@nate.com.

(한국어) 9월 20일까지 휴가 중입니다. 네이트판 게시물 신고는 pann_report@nate.com 으로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office, bilingual",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="inven-ticket-ack-english",
    from_="cs@inven.co.kr", name_from="INVEN Support",
    date="Wed, 11 Sep 2024 09:31:40 +0900",
    subject="[INVEN] We received your report (Ticket #INV-771204) - KCSC-240911-07",
    body="""Hello,

We have received your report (Ticket #INV-771204).
Our moderators will review it and reply within 3 business days.
Please keep the ticket number for any follow-up.

INVEN Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket-created receipt",
    why="pure acknowledgement with ticket number; 'will review' names no item",
    items={},
)

clien_hdrs = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: abuse@clien.net
Subject: [KCSC-240910-06] 시정요구
Date: Tue, 10 Sep 2024 12:20:00 +0900
Message-ID: <{mid("KCSC-240910-06")}@kcsc.example>
"""
case(
    name="clien-dsn-user-unknown",
    from_="postmaster@clien.net", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 12:20:09 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="clien-dsn-b897"

--clien-dsn-b897
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message to abuse@clien.net could not be delivered.
The address does not exist. Please check the address and try again.
(수신자 주소가 존재하지 않아 메일이 전달되지 않았습니다.)

--clien-dsn-b897
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.clien.net

Final-Recipient: rfc822; abuse@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@clien.net>: Recipient address rejected: User unknown

--clien-dsn-b897
Content-Type: text/rfc822-headers

{clien_hdrs}
--clien-dsn-b897--
""",
    outcome="ignored", classification="bounce",
    imitates="DSN 550 5.1.1 user unknown with returned headers",
    why="bounce: our request never reached Clien; the URL mention in the notice is no statement",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        if not c.get("items"):
            c["items"] = {}
    corpuslib.write_set(
        HERE, SET,
        "# Blind set 897 (Korean portals and community sites): written from each\n"
        "# email's meaning alone, before any run of the reader. Generated by make.py.",
        CASES,
    )


if __name__ == "__main__":
    main()
