#!/usr/bin/env python3
"""Blind set 807: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Nate, Inven), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind807/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written for this set; the expected results were written from each email's
meaning before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_quay/223551870412"
N2 = "https://blog.naver.com/moonlit_quay/223551902277"
N3 = "https://blog.naver.com/greyfinch_07/223560114385"
N4 = "https://cafe.naver.com/pinewoodtraders/48213"
N5 = "https://cafe.naver.com/pinewoodtraders/48377"
N6 = "https://cafe.naver.com/hanriverstock/991245"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230558"
N8 = "https://m.blog.naver.com/saltwind_88/223548830019"
N9 = "https://tv.naver.com/v/58813402"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38001472&memberNo=51002937"
N11 = "https://cafe.naver.com/hanriverstock/991502"
N12 = "https://blog.naver.com/saltwind_88/223549001736"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/silverlakefan/Kx7P/3312"
D2 = "https://cafe.daum.net/silverlakefan/Kx7P/3340"
D3 = "https://hollowpine.tistory.com/entry/%EC%9D%B4%EB%B2%88-%EC%A3%BC-%EC%A0%95%EB%A6%AC"
D3_RAW = "https://hollowpine.tistory.com/entry/이번-주-정리"
D4 = "https://cafe.daum.net/teatimeclub/9Qvb/771"
DAUM = [D1, D2, D3, D4]

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=kettlepond&no=204417"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=kettlepond&no=204502"
C5 = "https://gall.dcinside.com/mini/board/view/?id=quietbell&no=5521"
DC = [C1, C2, C3, C4, C5]

S1 = "https://vod.sooplive.co.kr/player/131552087"
S2 = "https://vod.sooplive.co.kr/player/131560412"
S3 = "https://ch.sooplive.co.kr/duskrider77/post/88120473"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7328815540"
F2 = "https://www.fmkorea.com/7329100268"
FM = [F1, F2]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9130482"

T1 = "https://pann.nate.com/talk/372004518"
T2 = "https://pann.nate.com/talk/372011906"
NATE = [T1, T2]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid-stem, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NAVER, "illegal_gambling", "req-240903-01", "blog cafe kin tv and post items"),
    ("KCSC-240904-02", "daum", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     DAUM, "defamation", "req-240904-02", "Daum cafe and Tistory"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     DC, "market_manipulation", "req-240905-03", "major, minor and mini galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     SOOP, "obscenity", "req-240906-04", "two VODs and a channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00",
     FM, "privacy", "req-240909-05", ""),
    ("KCSC-240910-06", "ppomppu", "2024-09-10T13:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [P1], "illegal_drugs", "req-240910-06", "single item"),
    ("KCSC-240911-07", "nate", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     NATE, "defamation", "req-240911-07", "Nate Pann"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def ew(s):
    """RFC 2047 encoded words (UTF-8, base64), folded."""
    if all(ord(ch) < 128 for ch in s):
        return s
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 39:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?=" for c in chunks)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_text(ref, urls, sent_label):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"위원회는 아래 정보에 대하여 정보통신망법 제44조의7에 따른 시정요구(삭제)를 결정하였기에",
        f"요청번호 {ref} 로 조치를 요청드립니다. 조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림", "takedown@kcsc.example"]
    return lines


def gmail_quote(header, ref, urls):
    return "\n".join([header] + ["> " + l if l else ">" for l in request_text(ref, urls, "")])


def outlook_quote(date, subject, ref, urls):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {date}",
        "To: pann_help@nate.com",
        f"Subject: {subject}",
        "",
    ]
    return "\n".join(head + request_text(ref, urls, ""))


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
case(
    name="naver-blind-notice-numbered-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 메일 (번호 목록, 결과는 다음 줄의 화살표)",
    why="Numbered list, each URL with its result on the next line: two 게시중단(블라인드) and one 임시조치; the rest promised later.",
    **{"from": "rights@navercorp.com"},
    name_from=ew("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 16:12:03 +0900",
    subject=ew("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 KCSC-240903-01 건 중 블로그 게시물 3건의
처리 결과를 먼저 안내드립니다.

1) {N1}
   → 게시중단(블라인드) 처리 완료
2) {N2}
   → 게시중단(블라인드) 처리 완료
3) {N3}
   → 임시조치(30일) 적용. 게시자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

나머지 게시물은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 별도로
회신드리겠습니다.

게시중단 관련 정책 안내: https://right.naver.com/policy/guide

감사합니다.
네이버 권리보호센터 드림
""",
    items={N1: "removed", N2: "removed", N3: "restricted"},
)

case(
    name="naver-cafe-html-table-four-results",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply with a 시정요구 조치결과 HTML table (번호/URL/조치 결과/비고)",
    why="HTML-only table: 삭제, 임시조치, 게시물 없음 (author deleted), 조치 불가 (no violation) for four cafe/kin items.",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="NAVER Cafe",
    date="Thu, 05 Sep 2024 11:47:30 +0900",
    subject=ew("RE: [KCSC-240903-01] 시정요구 조치결과 회신"),
    type="html",
    body=html_doc(f"""
<p>안녕하세요, 네이버 카페 운영지원팀입니다.</p>
<p>요청번호 <b>KCSC-240903-01</b> 중 카페 및 지식iN 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f5e9"><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N4.replace('&', '&amp;')}">{N4.replace('&', '&amp;')}</a></td><td>삭제</td><td>불법 도박 홍보, 운영정책 위반</td></tr>
<tr><td>2</td><td><a href="{N5.replace('&', '&amp;')}">{N5.replace('&', '&amp;')}</a></td><td>임시조치</td><td>30일간 접근 차단</td></tr>
<tr><td>3</td><td><a href="{N6.replace('&', '&amp;')}">{N6.replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>4</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>조치 불가</td><td>운영원칙 및 법령 위반 사항 미확인</td></tr>
</table>
<p>카페 운영정책은 <a href="https://cafe.naver.com/cafesupport/policy">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영지원팀</p>
"""),
    items={N4: "removed", N5: "restricted", N6: "not_found", N7: "rejected"},
)

csv_att = "\ufeff게시물 URL,조치결과,비고\r\n" + "\r\n".join([
    f"{N8},삭제,블로그 게시물 삭제",
    f"\"{N9}\",삭제,동영상 삭제",
    f"\"{N10}\",게시물 없음,존재하지 않는 포스트",
    f"{N11},임시조치,카페 게시글 30일 접근 제한",
    f"{N12},유지,위반 사항 확인되지 않음",
]) + "\r\n"
case(
    name="naver-csv-attachment-five-rows",
    outcome="applied", classification="confirmation",
    imitates="Portal compliance desk sending a CSV result sheet as an attachment (조치결과 첨부)",
    why="CSV attachment with five rows: two 삭제, one 게시물 없음, one 임시조치, one 유지 (no violation).",
    **{"from": "compliance@navercorp.com"},
    name_from=ew("네이버 컴플라이언스"),
    date="Fri, 06 Sep 2024 17:05:44 +0900",
    subject=ew("KCSC-240903-01 처리 결과 (첨부)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-b807-mix"

--nv-b807-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 컴플라이언스팀입니다.

KCSC-240903-01 요청 건 중 5건의 처리 결과를 첨부 CSV 파일로 보내드립니다.
엑셀에서 열리지 않으면 UTF-8 인코딩으로 열어 주세요.

감사합니다.

--nv-b807-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--nv-b807-mix--
""",
    items={N8: "removed", N9: "removed", N10: "not_found", N11: "restricted", N12: "rejected"},
)

case(
    name="naver-english-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal's global desk, URLs in angle brackets",
    why="One blog post removed, one TV clip age-restricted (adults only); other URLs promised later.",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 09:18:12 +0900",
    subject="Re: KCSC-240903-01 - removal request",
    reply_to_req="req-240903-01",
    body=f"""
Dear KCSC team,

Thank you for your notice KCSC-240903-01. Following our review, NAVER has
taken the following action:

  * <{N1}>
    removed for violation of the Blog Operating Policy.
  * <{N9}>
    age-restricted: the clip can now only be played by signed-in users
    who have verified that they are 19 or older.

We will respond separately on the remaining URLs in your notice. Our
policies are available at <https://policy.naver.com/policy/service.html>.

Kind regards,
NAVER Trust & Safety
""",
    items={N1: "removed", N9: "restricted"},
)

case(
    name="naver-top-posted-gmail-quote-particle",
    outcome="applied", classification="confirmation",
    imitates="Top-posted Korean reply over a Gmail-style quoted request (…님이 작성:)",
    why="Only the top part counts: one cafe post 운영자 삭제, URL followed directly by the particle 은; the 12 quoted URLs say nothing.",
    **{"from": "cafe-support@naver.com"},
    name_from=ew("네이버 카페 고객센터"),
    date="Fri, 06 Sep 2024 10:02:51 +0900",
    subject=ew("Re: [KCSC-240903-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청 주신 목록 중 {N6}은 카페 운영정책 위반으로 운영자 삭제 처리되었습니다.
그 외 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

{gmail_quote("2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:", "KCSC-240903-01", NAVER)}
""",
    items={N6: "removed"},
)

qp_body = f"""안녕하세요. 네이버 블로그 운영팀입니다.

KCSC-240903-01 관련하여 블로그 게시물 2건에 대한 조치 내용을 알려드립니다.

- {N3} : 블로그 운영정책에 따라 운영자가 비공개 처리하였습니다.
- {N12} : 삭제 완료

추가로 문의하실 내용이 있으시면 이 메일로 회신해 주십시오.
네이버 블로그 운영팀
"""
case(
    name="naver-blog-quoted-printable",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations reply sent quoted-printable (Korean body encoded)",
    why="Quoted-printable Korean: one post made private by the operator (비공개 처리 = removed), one 삭제 완료.",
    **{"from": "blog-ops@navercorp.com"},
    name_from=ew("네이버 블로그"),
    date="Mon, 09 Sep 2024 15:31:09 +0900",
    subject=ew("[네이버 블로그] KCSC-240903-01 조치 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    items={N3: "removed", N12: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (서비스별 ■ 제목, 결과는 URL 아래 줄)",
    why="Tistory URL written with a raw Korean path: 게시중단; cafe post: 30-day 임시조치 (접근 차단).",
    **{"from": "right@kakaocorp.com"},
    name_from=ew("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 18:40:22 +0900",
    subject=ew("[카카오] 게시물 처리 결과 안내 - KCSC-240904-02"),
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240904-02로 요청하신 게시물 중 아래 2건의 처리 결과를 알려드립니다.

■ 티스토리
{D3_RAW}
위 게시물은 게시중단 조치되었습니다.

■ Daum 카페
{D1}
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)되었습니다.

나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.
권리침해신고 안내: https://cs.daum.net/faq/95.html

감사합니다.
""",
    items={D3: "removed", D1: "restricted"},
)

case(
    name="daum-cafe-numbered-dash-results",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 클린센터 reply, numbered list 'URL - 결과' with a blinded, an author-deleted and a kept post",
    why="블라인드 처리 (removed), 작성자가 이미 삭제 (not_found), 위반 미확인으로 유지 (rejected).",
    **{"from": "cleancafe@daum.net"},
    name_from=ew("Daum 카페 클린센터"),
    date="Fri, 06 Sep 2024 13:15:00 +0900",
    subject=ew("Re: [KCSC-240904-02] 게시물 삭제 요청의 건"),
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. Daum 카페 클린센터입니다.

요청하신 카페 게시물 3건에 대한 검토 결과입니다.

1. {D1} - 블라인드 처리
2. {D2} - 작성자가 이미 삭제한 게시물로 확인됩니다.
3. {D4} - 검토 결과 카페 운영원칙 및 관련 법령 위반이 확인되지 않아 게시물을 유지합니다.

3번 게시물에 대해 위원회의 심의 결과가 있으시면 참고하여 다시 검토하겠습니다.

Daum 카페 클린센터 드림
""",
    items={D1: "removed", D2: "not_found", D4: "rejected"},
)

daum_html = html_doc(f"""
<div>안녕하세요, 카카오 고객센터입니다.</div>
<div>&nbsp;</div>
<div>요청번호 KCSC-240904-02 에 대한 추가 처리 결과입니다.</div>
<ul>
<li><a href="{D2}" target="_blank">{D2}</a> &mdash; 삭제되었습니다.</li>
<li><a href="{D4}" target="_blank">{D4}</a> &mdash; 카페 운영원칙 위반으로 접근 제한 조치되었습니다.</li>
</ul>
<div>감사합니다.</div>
<div style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://cs.kakao.com/">카카오 고객센터</a>를 이용해 주세요.</div>
""")
case(
    name="daum-base64-html-list",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML notice sent base64-encoded",
    why="Base64 HTML list: one cafe post deleted, one access-restricted (접근 제한).",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=ew("카카오 고객센터"),
    date="Mon, 09 Sep 2024 10:22:40 +0900",
    subject=ew("[카카오 고객센터] KCSC-240904-02 처리 결과"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}
""",
    items={D2: "removed", D4: "restricted"},
)

case(
    name="dc-korean-prose-particles",
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 운영팀 reply in running Korean prose",
    why="Prose: two stock-gallery posts 삭제 처리; the minor-gallery post already deleted by its author (존재하지 않는 게시물).",
    **{"from": "ops@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 14:08:55 +0900",
    subject=ew("Re: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물(KCSC-240905-03) 처리 결과 알려드립니다.

주식 갤러리 게시물 {C1} 과
{C2} 은 삭제 처리하였습니다.
마이너 갤러리 게시물 {C3} 은
작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

미니 갤러리 게시물은 확인 중이니 조금만 기다려 주시기 바랍니다.

감사합니다.
디시인사이드 운영팀
""",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dc-bare-url-colon-status-below",
    outcome="applied", classification="confirmation",
    imitates="Community-site moderator reply: bare URL, then ': 결과' on the line below",
    why="Minor-gallery post 삭제 완료; mini-gallery post 존재하지 않는 게시물 (wrong post number).",
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    date="Mon, 09 Sep 2024 09:51:17 +0900",
    subject=ew("[디시인사이드] 신고 처리 결과 KCSC-240905-03"),
    body=f"""
[처리 결과]

{C4}
: 삭제 완료 (도배 및 불법 홍보)

{C5}
: 존재하지 않는 게시물입니다. 글 번호를 다시 확인해 주세요.

※ 갤러리 이용 안내: https://gall.dcinside.com/policy
디시인사이드 신고센터
""",
    items={C4: "removed", C5: "not_found"},
)

case(
    name="dc-english-deleted-and-refused",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply: one post deleted, one refused with its reason (opinion, no violation)",
    why="C1 deleted on 6 September; C2 reviewed and kept (no violation of terms or law), with an offer to reconsider given a formal decision.",
    **{"from": "abuse@dcinside.com"},
    name_from="DCinside Operations",
    date="Sat, 07 Sep 2024 11:30:02 +0900",
    subject="RE: [KCSC-240905-03] Request for removal",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

This is the DCinside operations team, regarding KCSC-240905-03.

The post {C1} was deleted on 6 September.

We reviewed {C2} and found it to be a user's opinion about a listed
company. It does not violate our terms of use or, as far as we can judge,
Korean law, so it remains available. If the Commission has issued a formal
decision on this post, you may send it to us and we will look at it again.

Best regards,
DCinside Operations
""",
    items={C1: "removed", C2: "rejected"},
)

case(
    name="soop-korean-dash-list-all-three",
    outcome="applied", classification="confirmation",
    imitates="SOOP (구 아프리카TV) 운영정책팀 조치 결과 안내, each item on its own line",
    why="Three items each named with its result: two VODs 삭제, the channel post 비공개 처리 (removed).",
    **{"from": "policy@sooplive.co.kr"},
    name_from=ew("SOOP 운영정책팀"),
    date="Mon, 09 Sep 2024 16:44:10 +0900",
    subject=ew("[SOOP] 요청하신 콘텐츠 조치 결과 안내"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP(구 아프리카TV) 운영정책팀입니다.

요청번호: KCSC-240906-04

- VOD {S1} : 삭제
- VOD {S2} : 삭제
- 방송국 게시글 {S3} : 비공개 처리

해당 스트리머에게는 운영정책에 따라 방송 이용정지 7일이 적용되었습니다.
운영정책 보기: https://www.sooplive.co.kr/policy

감사합니다.
""",
    items={S1: "removed", S2: "removed", S3: "removed"},
)

case(
    name="soop-bilingual-age-limit-and-kept",
    outcome="applied", classification="confirmation",
    imitates="Bilingual (English/Korean) platform review result: 19+ viewing limit and a kept post",
    why="VOD changed to 19세 이상 시청 (age-restricted = restricted); channel post no violation, kept (rejected).",
    **{"from": "global-policy@sooplive.co.kr"},
    name_from="SOOP Policy",
    date="Tue, 10 Sep 2024 10:05:33 +0900",
    subject="Re: KCSC-240906-04 / 콘텐츠 조치 요청",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Result of review / 검토 결과

VOD 131552087 ({S1})
- Restricted to viewers aged 19 and over (19세 이상 시청 가능으로 변경).

Channel post ({S3})
- No violation of our operating policy was found. The post is kept as is (게시 유지).

Regards,
SOOP Content Policy Team
""",
    items={S1: "restricted", S3: "rejected"},
)

case(
    name="fmkorea-both-named-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="Short community-admin reply naming both posts in one sentence",
    why="'두 게시물 URL1 , URL2 모두 삭제': each item is named, so both are removed (not a bulk statement).",
    **{"from": "admin@fmkorea.com"},
    name_from=ew("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 12:12:12 +0900",
    subject=ew("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

말씀하신 두 게시물 {F1} , {F2} 모두 삭제했고
작성자는 개인정보 노출로 영구 이용정지 처리했습니다.

수고하세요.
""",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-arrow-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Community-admin reply with 'URL → 결과' lines, one post deleted by its author before the request",
    why="F2 deleted by its author on 8 September (not_found); F1 운영자 삭제 완료 (removed).",
    **{"from": "help@fmkorea.com"},
    name_from="FMKOREA",
    date="Wed, 11 Sep 2024 08:40:00 +0900",
    subject=ew("[에펨코리아] KCSC-240909-05 처리 결과"),
    body=f"""
KCSC-240909-05 처리 결과입니다.

{F2} → 해당 글은 작성자 본인이 9월 8일에 삭제한 글입니다.
{F1} → 운영자 삭제 완료

에펨코리아 운영팀
""",
    items={F2: "not_found", F1: "removed"},
)

case(
    name="ppomppu-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Short in-thread reply from a community admin that repeats no URL",
    why="Reply in the thread of a one-item request: '요청하신 게시물은 … 삭제 처리되었습니다' applies to its only item.",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=ew("뽐뿌 운영자"),
    date="Tue, 10 Sep 2024 18:03:27 +0900",
    subject=ew("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 뽐뿌입니다.

요청하신 게시물은 오늘 17시경 삭제 처리되었습니다.
작성자 계정도 이용 제한하였습니다.

감사합니다.
뽐뿌 운영자 드림
""",
    items={P1: "removed"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with the URL inside full-width parentheses followed by a particle",
    why="URL in （…）은 블라인드 처리 = removed.",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=ew("뽐뿌 고객센터"),
    date="Wed, 11 Sep 2024 09:27:45 +0900",
    subject=ew("[뽐뿌] 요청번호 KCSC-240910-06 회신"),
    body=f"""
방송통신심의위원회 담당자님께,

뽐뿌 자유게시판 게시물（{P1}）은 불법 의약품 판매 광고로 확인되어 블라인드 처리하였습니다.

뽐뿌 고객센터
""",
    items={P1: "removed"},
)

case(
    name="nate-pann-dash-mixed",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operations reply with one line per post (삭제 / 게시 유지)",
    why="T1 삭제 조치 완료 (removed); T2 not a policy violation, kept (rejected).",
    **{"from": "pann_help@nate.com"},
    name_from=ew("네이트 판 운영팀"),
    date="Thu, 12 Sep 2024 15:20:08 +0900",
    subject=ew("RE: [KCSC-240911-07] 게시물 조치 요청"),
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요. 네이트 판 운영팀입니다.
요청하신 건(KCSC-240911-07)에 대해 아래와 같이 조치하였습니다.

{T1} — 삭제 조치 완료
{T2} — 검토 결과 판 운영정책 위반 아님, 게시 유지

감사합니다.
""",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="nate-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top reply over '-----Original Message-----' with the request below",
    why="Top part: T2 임시조치(30일) = restricted; T1 and T2 in the quoted original say nothing.",
    **{"from": "pann_help@nate.com"},
    name_from=ew("네이트 판 운영팀"),
    date="Fri, 13 Sep 2024 10:11:00 +0900",
    subject=ew("RE: [KCSC-240911-07] 게시물 조치 요청"),
    reply_to_req="req-240911-07",
    body=f"""
담당자님 안녕하세요.

{T2} 게시물에 대해 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다.

네이트 판 운영팀 드림

{outlook_quote("Wednesday, September 11, 2024 9:00 AM", "[KCSC-240911-07] 게시물 조치 요청", "KCSC-240911-07", NATE)}
""",
    items={T2: "restricted"},
)

case(
    name="naver-english-disabled-and-temp-measure",
    outcome="applied", classification="confirmation",
    imitates="English legal-desk reply describing a take-down and a 30-day temporary measure",
    why="NAVER Post item disabled/taken down (removed); cafe post temporarily blocked for 30 days under Art. 44-2 (restricted).",
    **{"from": "legal-kr@navercorp.com"},
    name_from="NAVER Legal",
    date="Tue, 10 Sep 2024 19:55:01 +0900",
    subject="KCSC-240903-01: outcome for two further URLs",
    body=f"""
Dear Sir or Madam,

Further to our earlier replies on KCSC-240903-01:

{N10}
The post has been disabled and is no longer available on NAVER Post.

{N11}
Access to this cafe post has been temporarily blocked for 30 days as a
temporary measure (임시조치) under Article 44-2 of the Network Act.

Yours faithfully,
NAVER Legal Team
""",
    items={N10: "removed", N11: "restricted"},
)

case(
    name="naver-receipt-with-answer",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 mail: receipt number header followed by the agent's answer",
    why="Receipt phrase plus unhedged statements: cafe post 삭제되었으며 (removed); Kin answer 삭제가 어렵습니다 for no violation (rejected).",
    **{"from": "help@help.naver.com"},
    name_from=ew("네이버 고객센터"),
    date="Wed, 11 Sep 2024 14:36:18 +0900",
    subject=ew("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240903-01)"),
    body=f"""
고객님의 문의가 접수되어 답변드립니다. (접수번호 NV-2409-771230)

[답변 내용]
안녕하세요. 네이버 고객센터입니다.

검토 결과 {N5} 게시글은 삭제되었으며,
{N7} 지식iN 답변은 운영원칙 위반 사항이 확인되지 않아 삭제가 어렵습니다.

답변이 도움이 되셨나요? https://help.naver.com/survey/NV-2409-771230
""",
    items={N5: "removed", N7: "rejected"},
)

case(
    name="dc-wrapped-mgallery-url",
    outcome="applied", classification="confirmation",
    imitates="Plain-text reply whose mail client hard-wrapped a long gallery URL at the '&'",
    why="C3 URL wrapped before '&no=204417' (a clerk rejoins it) and C4 intact: both 삭제 처리 완료.",
    **{"from": "mgallery@dcinside.com"},
    name_from=ew("디시인사이드 마이너갤러리 지원"),
    date="Tue, 10 Sep 2024 17:17:17 +0900",
    subject=ew("Re: [KCSC-240905-03] 마이너 갤러리 게시물"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 마이너 갤러리 지원 담당입니다.

아래 두 게시물 모두 삭제 처리 완료했습니다.

https://gall.dcinside.com/mgallery/board/view/?id=kettlepond
&no=204417
{C4}

매니저에게도 재발 방지 안내를 전달했습니다.
""",
    items={C3: "removed", C4: "removed"},
)

soop_html = html_doc(f"""
<p>KCSC-240906-04 처리 결과 / Result</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>콘텐츠</th><th>URL</th><th>Result</th></tr></thead>
<tbody>
<tr><td>VOD</td><td>{S1}</td><td>Removed (삭제)</td></tr>
<tr><td>VOD</td><td>{S2}</td><td>Not found (이미 삭제된 VOD)</td></tr>
<tr><td>방송국 게시글</td><td>{S3}</td><td>No action - no violation (위반 없음)</td></tr>
</tbody></table>
<p>SOOP Trust &amp; Safety</p>
""")
case(
    name="soop-html-table-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="Bilingual HTML result table (multipart/alternative with a short text part)",
    why="Table: S1 Removed, S2 Not found (already deleted), S3 No action, no violation (rejected).",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 11:00:09 +0900",
    subject="[SOOP] KCSC-240906-04 result",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="soop-b807-alt"

--soop-b807-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

HTML 메일입니다. 결과 표는 HTML 보기에서 확인해 주세요.

--soop-b807-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{soop_html}
--soop-b807-alt--
""",
    items={S1: "removed", S2: "not_found", S3: "rejected"},
)

case(
    name="daum-english-temp-block-and-kept",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply: 30-day temporary measure and a kept Tistory post",
    why="D1 temporarily blocked 30 days (restricted); D3 (percent-encoded) no violation, remains published (rejected).",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 20:14:50 +0900",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req="req-240904-02",
    body=f"""
Dear KCSC,

This is Kakao's Trust & Safety team responding to KCSC-240904-02.

Access to {D1} has been
temporarily blocked for 30 days (temporary measure under Article 44-2 of
the Network Act).

{D3}
was reviewed. We found no violation of the Tistory operating policy, and
the post remains published.

Best regards,
Kakao Trust & Safety
""",
    items={D1: "restricted", D3: "rejected"},
)

case(
    name="naver-echoed-report-single-result",
    outcome="applied", classification="confirmation",
    imitates="Report-form echo (신고 내용 / 처리 결과) of a portal's report centre",
    why="Echoed report for one URL followed by 처리 결과: 게시물 삭제 = removed.",
    **{"from": "report@naver.com"},
    name_from=ew("네이버 신고센터"),
    date="Thu, 12 Sep 2024 09:00:31 +0900",
    subject=ew("[네이버 신고센터] 신고하신 게시물의 처리 결과입니다"),
    body=f"""
네이버 신고센터입니다. 신고하신 게시물의 처리 결과를 알려드립니다.

[신고 내용]
신고 번호 : RP-20240903-558120
관련 요청 : KCSC-240903-01
신고 URL  : {N8}
신고 사유 : 불법 정보 (시정요구)

[처리 결과]
처리 상태 : 완료
조치 내용 : 게시물 삭제

네이버 신고센터 https://help.naver.com/report
""",
    items={N8: "removed"},
)

# ================================================================= REVIEW
case(
    name="naver-promise-to-delete",
    outcome="review", review="not_understood",
    imitates="Korean reply promising action after internal review (삭제 조치할 예정)",
    why="'삭제 조치할 예정입니다' is a promise: both named items stay pending.",
    **{"from": "rights@navercorp.com"},
    name_from=ew("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    subject=ew("Re: [KCSC-240903-01] 시정요구 관련"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-01 건 관련하여, 아래 게시물은 내부 검토 후 삭제 조치할 예정입니다.

{N12}
{N11}

처리가 완료되면 다시 안내드리겠습니다.
""",
    items={N12: "pending", N11: "pending"},
)

case(
    name="dc-hedged-already-deleted",
    outcome="review", review="not_understood",
    imitates="Moderator reply hedging about a post's state (…것으로 보입니다) and another still in review",
    why="'이미 삭제된 것으로 보입니다' is a hedge and '검토 중' is no result: both stay pending.",
    **{"from": "ops@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 18:22:41 +0900",
    subject=ew("Re: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{C4} 는 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 내부 로그를 확인한 뒤 알려드리겠습니다.

{C5} 는 현재 미니 갤러리 담당자가 검토 중입니다.
""",
    items={C4: "pending", C5: "pending"},
)

case(
    name="naver-bulk-all-twelve-done",
    outcome="review", review="bulk",
    imitates="Short Korean reply stating every item of a multi-item request was handled, naming none",
    why="'12건 전체 게시중단 조치 완료' names no item of a 12-item request: bulk, nothing applied.",
    **{"from": "rights@navercorp.com"},
    name_from=ew("네이버 권리보호센터"),
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject=ew("[NAVER] KCSC-240903-01 처리 완료 안내"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회 KCSC-240903-01 요청 건의 게시물 12건 전체에 대해
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    items={},
)

case(
    name="daum-bulk-english-all-blinded",
    outcome="review", review="bulk",
    imitates="English one-line bulk confirmation ('all of the posts listed … have been blinded')",
    why="Statement about all posts of a 4-item request without naming any: bulk.",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 09:45:10 +0900",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req="req-240904-02",
    body="""
Hello,

All of the posts listed in your request KCSC-240904-02 have been blinded
and are no longer visible to users.

Kakao Trust & Safety
""",
    items={},
)

case(
    name="soop-dmarc-fail-removed",
    outcome="review", review="untrusted",
    imitates="SOOP-looking result notice whose authentication fails (spoofed or misconfigured sender)",
    why="From sooplive.co.kr but DKIM/SPF/DMARC fail: the 삭제 statements are not applied.",
    auth="fail",
    **{"from": "policy@sooplive.co.kr"},
    name_from=ew("SOOP 운영정책팀"),
    date="Sat, 07 Sep 2024 02:13:44 +0900",
    subject=ew("[SOOP] 요청하신 콘텐츠 조치 결과 안내"),
    body=f"""
안녕하세요. SOOP 운영정책팀입니다.

요청번호 KCSC-240906-04 에 대하여 아래 VOD를 삭제하였습니다.

- {S1}
- {S2}

감사합니다.
""",
    items={S1: "pending", S2: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="Cafe manager (a user, not the portal) writing from a free-mail address after being contacted",
    why="Gmail sender is no platform: the claim that the post was deleted is not applied.",
    **{"from": "hanriverstock.mgr@gmail.com"},
    name_from=ew("한강주식 카페 매니저"),
    date="Fri, 06 Sep 2024 22:41:03 +0900",
    subject=ew("카페 게시글 삭제했습니다 (KCSC-240903-01)"),
    body=f"""
안녕하세요 한강주식 카페 매니저입니다.
네이버에서 연락받고 말씀하신 글 {N6} 지웠습니다.
앞으로 카페 관리 더 신경 쓰겠습니다. 카페 폐쇄는 안 되게 부탁드립니다.
""",
    items={N6: "pending"},
)

case(
    name="daum-search-delists-dc-post",
    outcome="review", review="wrong_platform",
    imitates="Portal search team reporting a search-result exclusion for another site's URL",
    why="Kakao (Daum search) speaks about a DC Inside item: not its own platform, nothing applied.",
    **{"from": "search-policy@kakaocorp.com"},
    name_from=ew("Daum 검색 정책팀"),
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject=ew("[Daum 검색] 검색 노출 제한 처리 안내"),
    body=f"""
안녕하세요. Daum 검색 정책팀입니다.

위원회에서 공유해 주신 아래 URL은 Daum 검색 결과에서 노출 제외 처리하였습니다.

{C2} (KCSC-240905-03)

원문 게시물의 삭제는 해당 사이트에 요청해 주셔야 합니다.
""",
    items={C2: "pending"},
)

case(
    name="inven-answer-no-url-no-ref",
    outcome="review", review="no_claims",
    imitates="Game community 1:1 inquiry answer that quotes neither the post nor the request number",
    why="Trusted Inven mail, names no item and no request: nothing to apply.",
    **{"from": "help@inven.co.kr"},
    name_from=ew("인벤 운영팀"),
    date="Thu, 12 Sep 2024 13:03:00 +0900",
    subject=ew("[인벤] 1:1 문의 답변 안내"),
    body="""
안녕하세요, 인벤 운영팀입니다.

문의하신 게시물은 확인 후 삭제 조치하였습니다.
이용에 불편을 드려 죄송합니다.

인벤 운영팀 드림
""",
    items={},
)

case(
    name="naver-asks-for-decision-document",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the 심의 의결서 or legal basis before acting",
    why="Asks for the Commission's decision document before deciding on the cafe post: item stays pending.",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="NAVER Cafe",
    date="Fri, 06 Sep 2024 15:55:20 +0900",
    subject=ew("RE: [KCSC-240903-01] 자료 요청"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 카페 운영지원팀입니다.

KCSC-240903-01 건 중 {N4} 의 경우,
게시중단 여부 판단을 위해 심의 의결서 사본 또는 위반 조항을 알려주시기 바랍니다.
자료를 회신해 주시면 바로 검토를 진행하겠습니다.

감사합니다.
""",
    items={N4: "pending"},
)

case(
    name="fmkorea-forwards-moderator-note",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Admin forwarding a volunteer moderator's note (---------- Forwarded message ---------)",
    why="The only statement about F1 is inside the forwarded note; the forwarder states nothing himself.",
    **{"from": "admin@fmkorea.com"},
    name_from=ew("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 21:08:30 +0900",
    subject=ew("Fwd: 신고 처리 건 (KCSC-240909-05)"),
    body=f"""
위원회 담당자님, 모더레이터 답변 전달드립니다.

---------- Forwarded message ---------
From: 축구게시판 모더레이터 <mod.kite@fmkorea.com>
Date: 2024년 9월 11일 (수) 오후 8:41
Subject: 신고 처리 건
To: <admin@fmkorea.com>

운영자님, 말씀하신 글 {F1} 지웠습니다.
나머지 하나는 아직 못 찾았어요.
""",
    items={F1: "pending"},
)

case(
    name="soop-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="Platform notice of a pending objection period before deletion (소명 기간)",
    why="'7일 이내 소명이 없을 경우 삭제될 예정' is conditional: S2 stays pending.",
    **{"from": "policy@sooplive.co.kr"},
    name_from=ew("SOOP 운영정책팀"),
    date="Mon, 09 Sep 2024 12:30:00 +0900",
    subject=ew("[SOOP] KCSC-240906-04 진행 상황 안내"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP 운영정책팀입니다.

VOD {S2} 는 업로더에게 소명 기회를 부여하였으며,
7일 이내 소명이 없을 경우 삭제될 예정입니다.
If the uploader does not respond within 7 days, the VOD will be deleted.

결과는 다시 알려드리겠습니다.
""",
    items={S2: "pending"},
)

case(
    name="nate-lawfirm-for-poster",
    outcome="review", review="unknown_sender",
    imitates="Letter from the poster's law firm saying the poster deleted the post himself",
    why="A law firm is not Nate: its claim about T1 is not applied.",
    **{"from": "j.park@sodam-law.kr"},
    name_from=ew("법무법인 소담 박정우 변호사"),
    date="Fri, 13 Sep 2024 17:48:02 +0900",
    subject=ew("KCSC-240911-07 관련 게시자 측 의견"),
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 네이트 판 게시물 작성자의 대리인입니다.
KCSC-240911-07 관련하여 {T1} 게시물은
게시자가 2024. 9. 12. 자진 삭제하였음을 알려드립니다.

향후 심의 절차에서 위 사정을 참작하여 주시기 바랍니다.

법무법인 소담 변호사 박정우
""",
    items={T1: "pending"},
)

# ================================================================= IGNORED
case(
    name="naver-out-of-office-bilingual",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English 부재중 자동응답 from a portal employee",
    why="Out-of-office auto-reply (Auto-Submitted: auto-replied).",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=ew("한지우"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=ew("[자동응답] Re: [KCSC-240903-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""
안녕하세요. 9월 3일부터 9월 9일까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office until 9 September with no access to email.
For urgent matters please contact policy@navercorp.com.

한지우 드림
""",
    items={},
)

case(
    name="daum-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification (550 5.1.1 user unknown) returning the request",
    why="DSN bounce of our request; the returned copy's URLs are not statements.",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:30:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b807-kk"

--dsn-b807-kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cafe-abuse@kakaocorp.com>: host mx.kakaocorp.com said: 550 5.1.1
    <cafe-abuse@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-b807-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Wed, 04 Sep 2024 11:30:17 +0900

Final-Recipient: rfc822; cafe-abuse@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cafe-abuse@kakaocorp.com>: Recipient address
    rejected: User unknown

--dsn-b807-kk
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-abuse@kakaocorp.com
Subject: [KCSC-240904-02] Removal request
Date: Wed, 04 Sep 2024 11:30:00 +0900
Message-ID: <req-240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(request_text("KCSC-240904-02", DAUM, "")) + """

--dsn-b807-kk--
""",
    items={},
)

case(
    name="dc-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) sent by the recipient's mail client",
    why="MDN: the request was displayed; no statement.",
    **{"from": "support@dcinside.com"},
    name_from=ew("디시인사이드 고객지원"),
    date="Thu, 05 Sep 2024 10:12:00 +0900",
    subject=ew("읽음: [KCSC-240905-03] 게시물 삭제 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b807-dc"

--mdn-b807-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-03] 게시물 삭제 요청"을(를) 2024-09-05 10:11에 수신자가 읽었습니다.
This is a receipt for the mail you sent to support@dcinside.com.

--mdn-b807-dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail 3.2
Final-Recipient: rfc822; support@dcinside.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b807-dc--
""",
    items={},
)

case(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt (문의 접수 완료, 접수번호, 발신 전용)",
    why="Pure acknowledgement: inquiry received with a ticket number; no item status.",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=ew("SOOP 고객센터"),
    date="Fri, 06 Sep 2024 14:00:52 +0900",
    subject=ew("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2409-0612-5581)"),
    body="""
안녕하세요. SOOP 고객센터입니다.

KCSC-240906-04 관련 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0612-5581

답변은 영업일 기준 3일 이내에 등록된 이메일로 보내드립니다.
문의 내역 확인: https://help.sooplive.co.kr/mypage/inquiry

※ 본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="nate-report-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Report-centre receipt that echoes the reported URLs with status 접수",
    why="Receipt echoing both reported URLs with '처리 상태: 접수' (received): no result about any item.",
    **{"from": "noreply@nate.com"},
    name_from=ew("네이트 신고센터"),
    date="Wed, 11 Sep 2024 09:01:30 +0900",
    subject=ew("[네이트] 신고가 접수되었습니다"),
    body=f"""
네이트 신고센터입니다. 아래와 같이 신고가 접수되었습니다.

[접수 내용]
접수 번호 : NT-0911-20431
요청 번호 : KCSC-240911-07
신고 대상 : {T1}
            {T2}
신고 사유 : 불법정보 (명예훼손)
처리 상태 : 접수

처리 결과는 검토 후 이메일로 안내드립니다.
""",
    items={},
)

case(
    name="fmkorea-ooo-english-with-quote",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' in English quoting the original request",
    why="Out-of-office auto-reply; the quoted request's URLs are not statements.",
    **{"from": "partnership@fmkorea.com"},
    name_from="FMKOREA Partnership",
    date="Mon, 09 Sep 2024 10:15:08 +0900",
    subject="Automatic reply: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Hello,

I'm away until 16 September with limited access to email. Reports about
posts on the site should go to help@fmkorea.com.

Thanks,
Partnership team

{gmail_quote("On Mon, 9 Sep 2024 at 10:15, KCSC Takedown <takedown@kcsc.example> wrote:", "KCSC-240909-05", FM)}
""",
    items={},
)

case(
    name="ppomppu-dsn-mailbox-full-korean",
    outcome="ignored", classification="bounce",
    imitates="Korean MTA delivery failure notice (메일 전송 실패, 552 mailbox full) with returned headers",
    why="DSN bounce (mailbox full); nothing about the item.",
    **{"from": "postmaster@ppomppu.co.kr"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 13:21:02 +0900",
    subject=ew("메일 전송 실패 안내: [KCSC-240910-06] 게시물 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b807-pp"

--dsn-b807-pp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송에 실패하였습니다.
받는 사람의 메일함 용량이 가득 차 메일을 전달할 수 없습니다.

받는 사람: webmaster@ppomppu.co.kr
오류 내용: 552 5.2.2 Mailbox full

--dsn-b807-pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; webmaster@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-b807-pp
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: webmaster@ppomppu.co.kr
Subject: [KCSC-240910-06] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Date: Tue, 10 Sep 2024 13:20:00 +0900
Message-ID: <req-240910-06@kcsc.example>

--dsn-b807-pp--
""",
    items={},
)


HEADER = """# Blind set 807 (Korean portals and community sites).
# Written from each email's meaning before any run of the reader;
# generated by tests/corpus/blind807/make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind807", HEADER, CASES)
