#!/usr/bin/env python3
"""Blind set 789: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien; Nate and Ppomppu configured),
replies in Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind789/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind789"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240910-01", "KCSC-240910-02", "KCSC-240911-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240912-06", "KCSC-240913-07",
)

N1 = "https://blog.naver.com/moonlit_ferry/223571100451"
N2 = "https://blog.naver.com/moonlit_ferry/223571100977"
N3 = "https://blog.naver.com/gold_rabbit77/223569204318"
N4 = "https://cafe.naver.com/hangangstocks/884213"
N5 = "https://cafe.naver.com/hangangstocks/884290"
N6 = "https://cafe.naver.com/sunnyplayground/51207"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60215&docId=471236655"
N8 = "https://m.blog.naver.com/seoul_pawn_shop/223570088812"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=5512093"
N10 = "https://cafe.naver.com/sunnyplayground/51244"
N11 = "https://blog.naver.com/greenpepper_k/223572310006"
N12 = "https://tv.naver.com/v/58801234"
N13 = "https://cafe.naver.com/hangangstocks/884377"

D1 = "https://jinsil-note.tistory.com/entry/%EC%A6%9D%EA%B6%8C-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4"
D1_RAW = "https://jinsil-note.tistory.com/entry/증권-리딩방-안내"
D2 = "https://jinsil-note.tistory.com/entry/%EC%88%98%EC%9D%B5-%EC%9D%B8%EC%A6%9D-%ED%9B%84%EA%B8%B0"
D2_RAW = "https://jinsil-note.tistory.com/entry/수익-인증-후기"
D3 = "https://cafe.daum.net/blueharbor2/KpQ1/3312"
D4 = "https://cafe.daum.net/blueharbor2/KpQ1/3319"

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9821450"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9821533"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118204"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118377"
C5 = "https://gall.dcinside.com/mini/board/view/?id=rumorlab&no=4410"

S1 = "https://vod.sooplive.co.kr/player/131904522"
S2 = "https://vod.sooplive.co.kr/player/131911870"
S3 = "https://ch.sooplive.co.kr/nightowl_kr/post/88120345"

F1 = "https://www.fmkorea.com/7412093385"
F2 = "https://www.fmkorea.com/7412110972"

I1 = "https://www.inven.co.kr/board/maple/5974/2280145"

L1 = "https://www.clien.net/service/board/park/18790412"
L2 = "https://www.clien.net/service/board/park/18790688"

REQUESTS = [
    (R1, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", "illegal_finance",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13], "unregistered investment advice (리딩방) network"),
    (R2, "daum", "2024-09-10T14:30:00+09:00", "2024-09-17T23:59:59+09:00", "illegal_finance",
     [D1, D2, D3, D4], "Tistory entries and Daum cafe posts"),
    (R3, "dcinside", "2024-09-11T09:20:00+09:00", "2024-09-18T23:59:59+09:00", "illegal_finance",
     [C1, C2, C3, C4, C5], "gallery posts"),
    (R4, "soop", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00", "obscenity",
     [S1, S2, S3], "VODs and a channel post"),
    (R5, "fmkorea", "2024-09-12T10:10:00+09:00", "2024-09-19T23:59:59+09:00", "defamation",
     [F1, F2], ""),
    (R6, "inven", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00", "gambling",
     [I1], "single post"),
    (R7, "clien", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00", "illegal_finance",
     [L1, L2], ""),
]


def mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 B-encoded words, split only after a space (the space is kept
    inside the encoded word, so no decoder can lose or add one)."""
    words, cur = [], ""
    for tok in s.split(" "):
        piece = (tok + " ") if cur or tok else " "
        if cur and len((cur + piece).encode("utf-8")) > 45:
            words.append(cur)
            cur = ""
        cur += piece
    cur = cur[:-1]  # the last token had no trailing space
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def plain_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def plain_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n") + "\n")


QUOTED_REQ_R1 = """\
안녕하십니까, 방송통신심의위원회입니다.

아래 게시물은 불법 금융투자 정보(미등록 투자자문)에 해당하여
「정보통신에 관한 심의규정」에 따라 삭제를 요청합니다.

요청번호: KCSC-240910-01

1. https://cafe.naver.com/hangangstocks/884213
2. https://cafe.naver.com/hangangstocks/884290
3. https://cafe.naver.com/sunnyplayground/51207
4. https://cafe.naver.com/sunnyplayground/51244
5. https://cafe.naver.com/hangangstocks/884377

조치 결과를 2024. 9. 17.까지 회신하여 주시기 바랍니다.
"""


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== APPLIED ============================================================

case(name="naver-gesijungdan-two-blog-posts", outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 메일",
     why="Two blog posts each named with 게시중단 처리 (removed); the promise about the rest names no item.",
     **{"from": "inoti@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
     date="Thu, 12 Sep 2024 11:04:27 +0900",
     subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)"),
     reply_to_req=mid(R1),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

■ 요청번호: KCSC-240910-01
■ 처리 결과
  - {N1} : 게시중단 처리
  - {N2} : 게시중단 처리

게시중단된 게시물은 게시자 본인을 제외한 이용자에게 더 이상 노출되지 않습니다.
요청하신 나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
     items={N1: "removed", N2: "removed"})

HTML_TABLE_NAVER = f"""\
<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터 안전팀입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240910-01) 건 중 아래 게시물에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>임시조치</td><td>30일간 접근 제한</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>3</td><td><a href="{N5}">{N5}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>4</td><td><a href="{N6}">{N6}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>5</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>조치 불가</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>조치 불가 건에 대해 추가 자료가 있으시면 회신 부탁드립니다.</p>
<p>네이버 고객센터 드림<br><a href="https://help.naver.com/">https://help.naver.com/</a></p>
</body></html>
"""

case(name="naver-html-result-table-five", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 HTML 회신 (조치 결과 표)",
     why="HTML table: 임시조치 restricted, two 삭제 removed, 게시물 없음(작성자 삭제) not_found, 조치 불가 rejected.",
     **{"from": "safety@navercorp.com"}, name_from="NAVER Customer Center",
     date="Thu, 12 Sep 2024 16:40:02 +0900",
     subject="RE: [KCSC-240910-01] 불법 금융투자 정보 게시물 삭제 요청",
     reply_to_req=mid(R1), type="html", body=HTML_TABLE_NAVER,
     items={N3: "restricted", N4: "removed", N5: "removed", N6: "not_found", N7: "rejected"})

CSV_ALL = "\r\n".join([
    "번호,게시물 URL,처리결과,처리일자,비고",
    f"1,{N1},게시중단,2024-09-12,",
    f"2,{N2},게시중단,2024-09-12,",
    f"3,{N3},임시조치,2024-09-12,30일 접근 제한",
    f"4,{N4},삭제,2024-09-13,",
    f"5,{N5},삭제,2024-09-13,",
    f"6,{N6},게시물 없음,2024-09-13,작성자 삭제",
    f"7,\"{N7}\",조치 불가,2024-09-13,운영정책 위반 사항 없음",
    f"8,{N8},삭제,2024-09-13,",
    f"9,\"{N9}\",비공개 처리,2024-09-13,",
    f"10,{N10},블라인드,2024-09-13,",
    f"11,{N11},삭제,2024-09-13,",
    f"12,{N12},연령 제한,2024-09-13,19세 이상만 시청 가능",
    f"13,{N13},삭제,2024-09-13,",
]) + "\r\n"

case(name="naver-csv-attachment-all-thirteen", outcome="applied", classification="confirmation",
     imitates="NAVER 정책지원팀 회신 with a 처리결과 spreadsheet exported as CSV (UTF-8 with BOM)",
     why="CSV attachment gives a result for each of the 13 items: 게시중단/삭제/비공개/블라인드 removed, 임시조치 and 연령 제한 restricted, 게시물 없음 not_found, 조치 불가 rejected.",
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     date="Fri, 13 Sep 2024 18:12:44 +0900",
     subject=enc("RE: [KCSC-240910-01] 게시물 삭제 요청 - 처리결과 회신"),
     reply_to_req=mid(R1),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NvPart_0_77120.1726218764"

------=_NvPart_0_77120.1726218764
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240910-01 (13건)에 대한 처리 결과를 첨부 파일로 송부드립니다.
파일의 '처리결과' 열을 확인해 주시기 바랍니다.

감사합니다.
''')}

------=_NvPart_0_77120.1726218764
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ALL, bom=True)}

------=_NvPart_0_77120.1726218764--
""",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
            N6: "not_found", N7: "rejected", N8: "removed", N9: "removed", N10: "removed",
            N11: "removed", N12: "restricted", N13: "removed"})

case(name="naver-english-legal-bullets", outcome="applied", classification="confirmation",
     imitates="NAVER legal team English reply to an authority, bulleted actions with a policy link",
     why="Two items removed, tv.naver.com clip age-restricted (restricted); the policy link is not an item.",
     **{"from": "legal-notice@navercorp.com"}, name_from="NAVER Legal",
     date="Fri, 13 Sep 2024 09:31:10 +0900",
     subject="Re: KCSC-240910-01 - request for removal",
     reply_to_req=mid(R1),
     body=f"""
Dear KCSC team,

Thank you for your request. Following our review we have taken the action
below on three of the listed items.

* {N8}
  removed for breach of the NAVER Blog operating policy (unregistered investment solicitation).
* {N9}
  removed.
* {N12}
  age-restricted: the clip can now only be played by signed-in users aged 19 or over.

Our operating policy is available at https://policy.naver.com/policy/service_en.html.

Kind regards,
Ji-won Seo
Legal Affairs, NAVER Corp.
""",
     items={N8: "removed", N9: "removed", N12: "restricted"})

case(name="naver-top-posted-blind-over-quote", outcome="applied", classification="confirmation",
     imitates="NAVER 카페 운영지원 top-posted reply over a Gmail-style quoted request",
     why="Only the top part speaks: one cafe post 블라인드 처리 (removed); the quoted request lists other posts and changes nothing.",
     **{"from": "cafe_support@naver.com"}, name_from=enc("네이버 카페 운영지원"),
     date="Wed, 11 Sep 2024 15:22:09 +0900",
     subject="Re: [KCSC-240910-01] 불법 금융투자 정보 게시물 삭제 요청",
     reply_to_req=mid(R1),
     body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 게시물 중 {N10} 는
카페 운영원칙(불법 투자자문 홍보) 위반으로 블라인드 처리하였습니다.
나머지 게시물은 확인 후 순차적으로 회신드리겠습니다.

감사합니다.

2024년 9월 10일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_lines(QUOTED_REQ_R1)}
""",
     items={N10: "removed"})

case(name="naver-statement-then-url-below", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 reply putting each URL on the line under its statement",
     why="Each statement is followed by its URL on the next line: 삭제 (removed) and 비공개 처리 (removed).",
     **{"from": "help@naver.com"}, name_from=enc("네이버 고객센터"),
     date="Thu, 12 Sep 2024 10:15:51 +0900",
     subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
     reply_to_req=mid(R1),
     body=f"""
안녕하세요. 네이버 고객센터입니다.
방송통신심의위원회 요청번호 KCSC-240910-01 관련하여 답변드립니다.

아래 게시물은 블로그 운영정책 위반이 확인되어 삭제되었습니다.
{N11}

아래 게시물은 카페 매니저 확인을 거쳐 비공개 처리되었습니다.
{N13}

더 궁금하신 점이 있으시면 언제든 문의해 주세요.
고객센터 운영시간: 평일 09:00~18:00
""",
     items={N11: "removed", N13: "removed"})

case(name="naver-qp-author-deleted-and-removed", outcome="applied", classification="confirmation",
     imitates="NAVER 카페 신고 처리 답변, quoted-printable Korean body",
     why="QP body: one post already deleted by its author (not_found), the other 삭제 조치 (removed).",
     **{"from": "cafe_support@naver.com"}, name_from=enc("네이버 카페 고객센터"),
     date="Thu, 12 Sep 2024 17:03:33 +0900",
     subject="=?UTF-8?Q?Re:_[KCSC-240910-01]_=EA=B2=8C=EC=8B=9C=EB=AC=BC_=EC=82=AD=EC=A0=9C_=EC=9A=94=EC=B2=AD?=",
     reply_to_req=mid(R1),
     raw_mime=plain_qp(f"""
안녕하세요, 네이버 카페 고객센터입니다.

문의하신 게시물에 대해 확인한 결과를 알려드립니다.

{N6} 은(는) 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N5} 은(는) 카페 운영원칙 위반으로 삭제 조치하였습니다.

감사합니다.
"""),
     items={N6: "not_found", N5: "removed"})

case(name="daum-imsijochi-tistory-raw-korean", outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 임시조치 안내 (정보통신망법 제44조의2)",
     why="Both Tistory entries (raw Korean paths) were given 임시조치, 30 days of blocked access: restricted. The later deletion is only a possibility.",
     **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
     date="Wed, 11 Sep 2024 13:48:20 +0900",
     subject=enc("[카카오] 임시조치 결과 안내 - KCSC-240910-02"),
     reply_to_req=mid(R2),
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치(30일간 접근 차단)를 하였음을 알려드립니다.

 - {D1_RAW}
 - {D2_RAW}

게시자가 임시조치 기간 내에 재게시를 요청하지 않으면 해당 게시물은 삭제될 수 있습니다.

카카오 권리침해신고센터 드림
""",
     items={D1: "restricted", D2: "restricted"})

case(name="daum-cafe-blind-and-kept-particles", outcome="applied", classification="confirmation",
     imitates="Daum 카페 고객센터 신고 처리 답변 (블라인드 / 게시 유지)",
     why="URLs directly followed by Korean particles: 3312 블라인드 처리 (removed); 3319 no violation, stays up (rejected).",
     **{"from": "cafe_help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
     date="Thu, 12 Sep 2024 14:02:41 +0900",
     subject=enc("Re: [KCSC-240910-02] 게시물 삭제 요청에 대한 답변"),
     reply_to_req=mid(R2),
     body=f"""
안녕하세요, Daum 카페 고객센터입니다.

신고하신 {D3}은 카페 운영정책 위반(불법 투자 권유)이 확인되어 블라인드 처리되었습니다.

반면 {D4}의 경우 운영정책에 위배되는 내용이 확인되지 않아 게시를 유지합니다.
해당 게시물은 주식 관련 일반 토론 글로 판단되었습니다.

감사합니다.
""",
     items={D3: "removed", D4: "rejected"})

case(name="daum-english-trust-safety-angle", outcome="applied", classification="confirmation",
     imitates="Kakao Trust & Safety English reply to an authority, URLs in angle brackets",
     why="First Tistory entry deleted (removed); the second no longer exists because its author deleted the blog (not_found).",
     **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date="Fri, 13 Sep 2024 11:20:05 +0900",
     subject="Re: [KCSC-240910-02] Request for removal of content",
     reply_to_req=mid(R2),
     body=f"""
Hello,

Regarding your request KCSC-240910-02:

<{D1}>
We reviewed this entry and deleted it under the Tistory operating policy.

<{D2_RAW}>
We could not locate this entry. The author deleted the whole blog before our review, so there is no longer any content at this address.

Best regards,
Kakao Trust & Safety
""",
     items={D1: "removed", D2: "not_found"})

case(name="dc-numbered-list-arrows", outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 신고 처리 결과 답변 (번호 목록)",
     why="Numbered list with results on the next line: two 삭제 완료 (removed), one already deleted by its author (not_found).",
     **{"from": "help@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
     date="Wed, 11 Sep 2024 17:55:12 +0900",
     subject=enc("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240911-03)"),
     reply_to_req=mid(R3),
     body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과입니다.

1. {C1}
   → 삭제 완료
2. {C2}
   → 삭제 완료
3. {C3}
   → 작성자가 이미 삭제한 게시물입니다.

나머지 2건은 해당 갤러리 매니저 확인 후 회신드릴 예정입니다.

디시인사이드 운영팀
""",
     items={C1: "removed", C2: "removed", C3: "not_found"})

case(name="dc-english-wrapped-angle-url", outcome="applied", classification="confirmation",
     imitates="DC Inside support English reply, 'Post:/Action:' blocks, a URL in angle brackets broken across two lines",
     why="C4 (angle-bracketed URL wrapped over two lines) removed; C5 stays up as personal opinion (rejected).",
     **{"from": "support@dcinside.com"}, name_from="DCInside Support",
     date="Thu, 12 Sep 2024 10:41:38 +0900",
     subject="RE: [KCSC-240911-03] Removal request",
     reply_to_req=mid(R3),
     body=f"""
Dear Sir or Madam,

Please find the outcome for the remaining posts of your request below.

Post: <https://gall.dcinside.com/mgallery/board/view/
?id=coinpump&no=118377>
Action: removed (solicitation for an unregistered investment service)

Post: {C5}
Action: no action taken. The post is a personal opinion and does not breach
our terms of service or Korean law, so it will remain available.

Regards,
DCInside Support Team
""",
     items={C4: "removed", C5: "rejected"})

case(name="dc-base64-tab-list-all-five", outcome="applied", classification="confirmation",
     imitates="DC Inside 처리 결과 메일, base64 text/plain, URL<TAB>결과 lines",
     why="Base64 body lists all five posts: four 삭제 (removed), one 존재하지 않는 게시물 (not_found).",
     **{"from": "help@dcinside.com"}, name_from=enc("디시인사이드 고객센터"),
     date="Fri, 13 Sep 2024 15:09:57 +0900",
     subject=enc("RE: [KCSC-240911-03] 처리 결과 최종 회신"),
     reply_to_req=mid(R3),
     raw_mime=plain_b64(f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청번호 KCSC-240911-03 최종 처리 결과를 안내드립니다.

[처리 결과]
{C1}\t삭제
{C2}\t삭제
{C3}\t삭제
{C4}\t삭제
{C5}\t존재하지 않는 게시물

감사합니다.
"""),
     items={C1: "removed", C2: "removed", C3: "removed", C4: "removed", C5: "not_found"})

case(name="soop-vod-deleted-post-age-limited", outcome="applied", classification="confirmation",
     imitates="SOOP(구 아프리카TV) 고객센터 신고 처리 결과 안내",
     why="Two VODs 삭제 (removed); the channel post set to 19세 이상 이용자만 열람 (restricted).",
     **{"from": "cs@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"),
     date="Thu, 12 Sep 2024 13:30:00 +0900",
     subject=enc("[SOOP] 신고 처리 결과 안내 (KCSC-240911-04)"),
     reply_to_req=mid(R4),
     body=f"""
안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회에서 요청하신 콘텐츠에 대하여 아래와 같이 조치하였습니다.

▶ VOD
  {S1} - 삭제
  {S2} - 삭제

▶ 방송국 게시글
  {S3} - 19세 이상 이용자만 열람할 수 있도록 연령 제한 설정

해당 BJ에게는 운영정책에 따른 이용 제한이 함께 적용되었습니다.

SOOP 고객센터 드림
""",
     items={S1: "removed", S2: "removed", S3: "restricted"})

HTML_SOOP = f"""\
<!DOCTYPE html>
<html><body>
<div style="max-width:640px;font-family:sans-serif">
<h3 style="color:#0045ff">SOOP 콘텐츠 조치 결과</h3>
<p>요청번호 <b>KCSC-240911-04</b>에 대한 검토 결과입니다.</p>
<table style="width:100%;border:1px solid #ccc">
<thead><tr><th>콘텐츠</th><th>결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{S1}</td><td>비공개 처리</td><td>선정성 운영정책 위반</td></tr>
<tr><td>{S2}</td><td>조치 없음</td><td>운영정책 위반 사항이 확인되지 않음</td></tr>
<tr><td>{S3}</td><td>해당 게시글 없음</td><td>이미 삭제된 게시글</td></tr>
</tbody></table>
<p style="font-size:11px;color:#888">운영정책: <a href="https://www.sooplive.co.kr/policy/operation">https://www.sooplive.co.kr/policy/operation</a></p>
</div>
</body></html>
"""

case(name="soop-html-table-three-outcomes", outcome="applied", classification="confirmation",
     imitates="SOOP HTML result mail with a three-column table and a policy footer link",
     why="HTML table: 비공개 처리 removed, 조치 없음 (no violation) rejected, 해당 게시글 없음 not_found; the policy link is not an item.",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety",
     date="Fri, 13 Sep 2024 10:05:45 +0900",
     subject=enc("[SOOP] 콘텐츠 조치 결과 회신"),
     reply_to_req=mid(R4),
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="b1_soop_5f2c"

--b1_soop_5f2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SOOP 콘텐츠 조치 결과
요청번호 KCSC-240911-04에 대한 검토 결과입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--b1_soop_5f2c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_SOOP)}
--b1_soop_5f2c--
""",
     items={S1: "removed", S2: "rejected", S3: "not_found"})

case(name="fmkorea-fullwidth-parentheses", outcome="applied", classification="confirmation",
     imitates="FM Korea 운영진 짧은 회신, URLs in full-width parentheses",
     why="Each post named inside full-width parentheses, both 삭제 조치 (removed).",
     **{"from": "admin@fmkorea.com"}, name_from=enc("에펨코리아 운영팀"),
     date="Thu, 12 Sep 2024 19:44:18 +0900",
     subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=mid(R5),
     body=f"""
안녕하세요 에펨코리아 운영팀입니다.

요청하신 게시물（{F1}）과 게시물（{F2}）은 모두 삭제 조치되었습니다.
작성자 계정은 운영 규정에 따라 정지 처리하였습니다.

감사합니다.
""",
     items={F1: "removed", F2: "removed"})

case(name="fmkorea-one-deleted-one-kept-reason", outcome="applied", classification="confirmation",
     imitates="FM Korea bilingual reply with a refusal and its reason",
     why="F1 삭제 (Deleted): removed; F2 유지 (Kept) with a reason: rejected.",
     **{"from": "report@fmkorea.com"}, name_from="FMKorea",
     date="Fri, 13 Sep 2024 12:26:03 +0900",
     subject="RE: [KCSC-240912-05] Request for deletion / 게시물 삭제 요청",
     reply_to_req=mid(R5),
     body=f"""
안녕하세요. / Hello,

{F1} — 삭제 (Deleted)
{F2} — 유지 (Kept): 특정 정당에 대한 의견을 밝힌 게시글로, 당사 이용약관 및 관련 법령 위반 사항이 확인되지 않아 삭제하지 않았습니다.

FM Korea 운영팀
""",
     items={F1: "removed", F2: "rejected"})

case(name="inven-sole-item-no-url", outcome="applied", classification="confirmation",
     imitates="Inven 고객지원 reply in the request's thread naming no URL",
     why="Reply to a one-item request (ref in subject, thread headers) stating plainly that the post was deleted: applies to its only item.",
     **{"from": "report@inven.co.kr"}, name_from=enc("인벤 고객지원"),
     date="Thu, 12 Sep 2024 16:18:30 +0900",
     subject="Re: [KCSC-240912-06] 불법 도박 홍보 게시물 삭제 요청",
     reply_to_req=mid(R6),
     body="""
안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
작성자에게는 운영정책에 따른 이용 제한 조치가 함께 적용되었습니다.

감사합니다.
인벤 고객지원팀
""",
     items={I1: "removed"})

INVEN_PLAIN_QP = qp(f"요청하신 게시글 {I1} 은 도박 사이트 홍보로 확인되어 관리자 삭제 처리되었습니다.\n\n인벤 운영팀\n")
INVEN_HTML_QP = qp(f'<p>요청하신 게시글 <a href="{I1}">{I1}</a> 은 도박 사이트 홍보로 확인되어 '
                   '<b>관리자 삭제</b> 처리되었습니다.</p><p>인벤 운영팀</p>\n')

case(name="inven-multipart-alt-deleted", outcome="applied", classification="confirmation",
     imitates="Inven 운영팀 HTML+text notice (multipart/alternative, quoted-printable)",
     why="The post, named in both parts, 관리자 삭제 (removed).",
     **{"from": "webmaster@inven.co.kr"}, name_from=enc("인벤 운영팀"),
     date="Fri, 13 Sep 2024 09:12:00 +0900",
     subject=enc("[인벤] 게시물 조치 안내 (KCSC-240912-06)"),
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_inv_9a1e"

--=_inv_9a1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{INVEN_PLAIN_QP}
--=_inv_9a1e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{INVEN_HTML_QP}
--=_inv_9a1e--
""",
     items={I1: "removed"})

case(name="clien-deleted-and-author-removed", outcome="applied", classification="confirmation",
     imitates="Clien 운영진 답장 (모두의공원 신고 처리)",
     why="L1 삭제 및 이용정지 (removed); L2 deleted by its author before the report, cannot be found (not_found).",
     **{"from": "admin@clien.net"}, name_from=enc("클리앙 운영진"),
     date="Fri, 13 Sep 2024 17:31:26 +0900",
     subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
     reply_to_req=mid(R7),
     body=f"""
안녕하세요, 클리앙 운영진입니다.

- {L1}
  삭제 및 작성자 이용정지 7일 처리했습니다.
- {L2}
  작성자가 신고 접수 전에 직접 삭제한 글이라 확인되지 않습니다.

수고하세요.
""",
     items={L1: "removed", L2: "not_found"})

case(name="naver-receipt-plus-one-removed", outcome="applied", classification="confirmation",
     imitates="NAVER 접수 확인 메일 that also reports one urgent removal",
     why="Acknowledgement wording, but it states plainly that N8 was deleted (removed); N9 only promised a reply (pending).",
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 17:45:11 +0900",
     subject=enc("[접수완료] KCSC-240910-01 게시물 삭제 요청"),
     reply_to_req=mid(R1),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 내용이 정상적으로 접수되었습니다. (접수번호 NV-2409-771203)

이 중 {N8} 게시물은 긴급 검토 결과 즉시 삭제하였습니다.
{N9} 게시물은 검토 후 회신드리겠습니다.

감사합니다.
""",
     items={N8: "removed", N9: "pending"})

case(name="naver-one-taken-down-one-under-review", outcome="applied", classification="confirmation",
     imitates="NAVER English status update from a policy manager",
     why="N11 has been taken down (removed); N3 is still under review (pending).",
     **{"from": "minji.kang@navercorp.com"}, name_from="Minji Kang",
     date="Wed, 11 Sep 2024 11:58:40 +0900",
     subject="RE: [KCSC-240910-01] status update",
     reply_to_req=mid(R1),
     body=f"""
Hi,

A quick update on your request KCSC-240910-01.

{N11} has been taken down today.

{N3} is still under review by our blog policy team; I will get back to you
once they have reached a decision.

Best,
Minji Kang | Public Policy, NAVER
""",
     items={N11: "removed", N3: "pending"})

case(name="daum-outlook-original-message", outcome="applied", classification="confirmation",
     imitates="Kakao staff Outlook reply over '-----Original Message-----' (request quoted without '>')",
     why="The top part says D3 was deleted (removed); the request below the Original Message line lists all four and changes nothing.",
     **{"from": "hyunwoo.park@kakaocorp.com"}, name_from=enc("박현우"),
     date="Thu, 12 Sep 2024 09:47:02 +0900",
     subject="RE: [KCSC-240910-02] 게시물 삭제 요청",
     reply_to_req=mid(R2),
     body=f"""
안녕하세요, 카카오 박현우입니다.

{D3} 게시물 삭제 처리 완료하였습니다.
나머지 건은 담당 부서에서 별도 회신 예정입니다.

박현우 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:30 PM
To: right@kakaocorp.com
Subject: [KCSC-240910-02] 게시물 삭제 요청

안녕하십니까, 방송통신심의위원회입니다.
아래 게시물은 불법 금융투자 정보에 해당하여 삭제를 요청합니다.

{D1}
{D2}
{D3}
{D4}

조치 결과를 2024. 9. 17.까지 회신하여 주시기 바랍니다.
""",
     items={D3: "removed"})

case(name="soop-english-vod-disabled", outcome="applied", classification="confirmation",
     imitates="SOOP Trust & Safety English notice of action on one VOD",
     why="The VOD, named by id and URL, has been disabled and is unavailable to any viewer: removed.",
     **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
     date="Thu, 12 Sep 2024 08:20:14 +0900",
     subject="Notice of action - KCSC-240911-04",
     body=f"""
Dear KCSC,

VOD 131911870 ({S2}) has been disabled
and is no longer available to any viewer, in Korea or elsewhere.

The other items of your request are still being handled by our Korean
operations team.

SOOP Trust & Safety
""",
     items={S2: "removed"})

case(name="dc-echoed-report-form", outcome="applied", classification="confirmation",
     imitates="DC Inside 신고센터 result mail echoing the submitted report form",
     why="Echoed report with the reported URL, then 처리 결과: 게시물 삭제 (removed).",
     **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
     date="Thu, 12 Sep 2024 16:42:05 +0900",
     subject=enc("[디시인사이드 신고센터] 신고 처리 결과 안내"),
     body=f"""
[신고 내용]
신고 유형 : 불법 금융 광고
신고 URL  : {C2}
신고 기관 : 방송통신심의위원회 (KCSC-240911-03)

[처리 결과]
처리 상태 : 처리 완료 (게시물 삭제)
처리 일시 : 2024-09-12 16:40

본 메일은 발신 전용입니다.
""",
     items={C2: "removed"})

case(name="naver-fixed-width-text-table", outcome="applied", classification="confirmation",
     imitates="NAVER plain-text result table aligned with spaces",
     why="Text table: two 삭제 (removed), 연령제한(19세) (restricted); the rest 'under review' names no item.",
     **{"from": "safety@navercorp.com"}, name_from="NAVER Safety",
     date="Wed, 11 Sep 2024 19:02:36 +0900",
     subject="RE: [KCSC-240910-01] 1차 처리 결과",
     reply_to_req=mid(R1),
     body=f"""
안녕하세요. 1차 처리 결과를 공유드립니다.

URL                                                  처리결과
---------------------------------------------------  ----------------
{N1}     삭제
{N4}          삭제
{N12}                      연령제한(19세)

나머지 게시물은 현재 검토 중입니다.

NAVER Safety
""",
     items={N1: "removed", N4: "removed", N12: "restricted"})

# ===== REVIEW =============================================================

case(name="naver-promise-will-delete", outcome="review", review="not_understood",
     imitates="NAVER 권리보호센터 interim reply promising action",
     why="'삭제 조치할 예정입니다' is a promise, not a statement: both named posts stay pending.",
     **{"from": "inoti@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
     date="Wed, 11 Sep 2024 10:30:00 +0900",
     subject=enc("[NAVER] 게시중단 요청 진행 안내 (KCSC-240910-01)"),
     reply_to_req=mid(R1),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {N1} 및
{N2} 게시물에 대해서는
내부 검토를 거쳐 삭제 조치할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
     items={N1: "pending", N2: "pending"})

case(name="dc-hedge-appear-removed", outcome="review", review="not_understood",
     imitates="DC Inside support English reply hedging about earlier removals",
     why="'appear to have been removed', 'cannot confirm': a hedge, no statement; both posts stay pending.",
     **{"from": "support@dcinside.com"}, name_from="DCInside Support",
     date="Wed, 11 Sep 2024 14:10:50 +0900",
     subject="RE: [KCSC-240911-03] Removal request",
     reply_to_req=mid(R3),
     body=f"""
Hello,

The following posts appear to have been removed already, possibly by the
gallery manager:

{C1}
{C2}

We cannot confirm this from our side at the moment and will check the
moderation log.

DCInside Support
""",
     items={C1: "pending", C2: "pending"})

case(name="daum-cafe-objection-pending", outcome="review", review="not_understood",
     imitates="Daum 카페 고객센터 reply: 게시자 소명 절차 진행 중",
     why="Both posts are in the poster's objection procedure and action 'will follow the result': under review, pending.",
     **{"from": "cafe_help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
     date="Wed, 11 Sep 2024 18:20:37 +0900",
     subject=enc("Re: [KCSC-240910-02] 게시물 삭제 요청"),
     reply_to_req=mid(R2),
     body=f"""
안녕하세요, Daum 카페 고객센터입니다.

{D3}
{D4}

위 두 게시물은 현재 게시자 소명 절차가 진행 중이며, 소명 결과에 따라 조치할 예정입니다.
결과가 나오는 대로 안내드리겠습니다.
""",
     items={D3: "pending", D4: "pending"})

case(name="soop-bulk-all-three-korean", outcome="review", review="bulk",
     imitates="SOOP 고객센터 한 줄 답변 (요청 건 모두 삭제)",
     why="'3건 모두 삭제 조치 완료' without naming each item of a three-item request: bulk, items pending.",
     **{"from": "cs@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"),
     date="Thu, 12 Sep 2024 18:05:21 +0900",
     subject="Re: [KCSC-240911-04] 음란 콘텐츠 삭제 요청",
     reply_to_req=mid(R4),
     body="""
안녕하세요. SOOP 고객센터입니다.

요청번호 KCSC-240911-04로 요청하신 3건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
     items={S1: "pending", S2: "pending", S3: "pending"})

case(name="clien-bulk-english", outcome="review", review="bulk",
     imitates="Clien admin short English reply (all posts deleted)",
     why="'All posts listed in your request have been deleted' for a two-item request, none named: bulk.",
     **{"from": "admin@clien.net"}, name_from="Clien Admin",
     date="Fri, 13 Sep 2024 13:15:44 +0900",
     subject="Re: [KCSC-240913-07] Removal request",
     reply_to_req=mid(R7),
     body="""
Hello,

All posts listed in your request KCSC-240913-07 have been deleted by our
moderators and the accounts involved have been suspended.

Clien admin team
""",
     items={L1: "pending", L2: "pending"})

case(name="naver-dmarc-fail-gesijungdan", outcome="review", review="untrusted",
     imitates="NAVER 게시중단 notice layout, sent from naver.com failing DKIM/SPF/DMARC",
     why="Looks like a NAVER notice but fails authentication: the claim is not applied.",
     **{"from": "inoti@naver.com"}, name_from=enc("네이버 권리보호센터"), auth="fail",
     date="Thu, 12 Sep 2024 08:03:12 +0900",
     subject=enc("[NAVER] 게시중단 처리 결과 안내"),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240910-01 관련 처리 결과입니다.

  - {N1} : 삭제 완료

감사합니다.
""",
     items={N1: "pending"})

case(name="inven-dmarc-fail", outcome="review", review="untrusted",
     imitates="Inven notice from inven.co.kr failing authentication",
     why="Inven domain but DMARC fails: untrusted, the item stays pending.",
     **{"from": "report@inven.co.kr"}, name_from=enc("인벤 고객지원"), auth="fail",
     date="Fri, 13 Sep 2024 21:40:09 +0900",
     subject="Re: [KCSC-240912-06] 게시물 삭제 요청",
     body=f"""
요청하신 게시물 {I1} 삭제 완료되었습니다.
인벤 고객지원팀
""",
     items={I1: "pending"})

case(name="lawfirm-says-author-deleted", outcome="review", review="unknown_sender",
     imitates="Korean law firm letter on behalf of a blogger",
     why="A law firm (no platform domain) says its client deleted the post: unknown sender, pending.",
     **{"from": "jkim@hanul-law.example"}, name_from=enc("법무법인 한울 김정민 변호사"), auth="none",
     date="Thu, 12 Sep 2024 15:00:00 +0900",
     subject=enc("KCSC-240910-01 관련 의뢰인 게시물 삭제 사실 통지"),
     body=f"""
방송통신심의위원회 귀중

당 법무법인은 블로그 운영자 gold_rabbit77의 대리인입니다.

귀 위원회의 요청(KCSC-240910-01)과 관련하여, 의뢰인은 2024. 9. 11. 아래 게시물을
스스로 삭제하였음을 알려드립니다.

  {N3}

향후 연락은 본 법무법인으로 해 주시기 바랍니다.

법무법인 한울
변호사 김정민
""",
     items={N3: "pending"})

case(name="ppomppu-not-our-posts", outcome="review", review="wrong_platform",
     imitates="Ppomppu 운영자 reply to a misdirected copy of a Clien request",
     why="Ppomppu (trusted, but not the items' platform) says the Clien posts cannot be found on its site: wrong platform, pending.",
     **{"from": "admin@ppomppu.co.kr"}, name_from=enc("뽐뿌 운영자"),
     date="Fri, 13 Sep 2024 11:22:48 +0900",
     subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
     body=f"""
안녕하세요, 뽐뿌 운영자입니다.

보내주신 아래 게시물은 당사 사이트에서 확인되지 않습니다(존재하지 않는 게시물).

{L1}
{L2}

주소를 다시 확인해 주시기 바랍니다.
""",
     items={L1: "pending", L2: "pending"})

case(name="fmkorea-asks-official-letter", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="FM Korea 운영팀 request for the official letter and legal basis",
     why="Asks for the signed official letter and the legal provision before acting on F1: asks_more, pending.",
     **{"from": "admin@fmkorea.com"}, name_from=enc("에펨코리아 운영팀"),
     date="Thu, 12 Sep 2024 14:37:29 +0900",
     subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=mid(R5),
     body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

{F1} 게시물의 삭제 여부를 검토하기 위해
직인이 날인된 공문 원본(PDF)과 위반 법령 조항을 회신해 주시기 바랍니다.
자료를 받는 대로 검토하겠습니다.
""",
     items={F1: "pending"})

case(name="naver-new-contact-channel-notice", outcome="review", review="no_claims",
     classification="other",
     imitates="NAVER 공공기관 요청 접수 창구 변경 안내",
     why="Trusted NAVER mail that names no item and no request: nothing to apply.",
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject=enc("[안내] 공공기관 게시물 조치 요청 접수 창구 변경"),
     body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 전용 접수 페이지
(https://gov-request.navercorp.com)를 통해서만 받을 예정입니다.
기존 메일 주소로 보내주신 요청도 9월 30일까지는 정상 처리됩니다.

이용에 참고 부탁드립니다.
""")

# ===== IGNORED ============================================================

case(name="naver-ooo-chuseok", outcome="ignored", classification="auto_reply",
     imitates="NAVER employee 추석 연휴 부재중 자동응답",
     why="Out-of-office auto-reply (Auto-Submitted header, [자동회신] subject).",
     **{"from": "minji.kang@navercorp.com"}, name_from="Minji Kang",
     date="Mon, 16 Sep 2024 09:00:02 +0900",
     subject=enc("[자동회신] RE: [KCSC-240910-01] 게시물 삭제 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req=mid(R1),
     body="""
안녕하세요.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office for the Chuseok holidays until 19 September.
""")

case(name="fmkorea-ooo-english", outcome="ignored", classification="auto_reply",
     imitates="Generic English out-of-office reply",
     why="Out-of-office auto-reply.",
     **{"from": "jh.lee@fmkorea.com"}, name_from="Jaehyun Lee",
     date="Thu, 12 Sep 2024 10:10:31 +0900",
     subject="Automatic reply: [KCSC-240912-05] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"],
     reply_to_req=mid(R5),
     body="""
Thank you for your message. I am out of the office until Monday 23 September
with limited access to email. For urgent moderation matters please write to
admin@fmkorea.com.
""")

case(name="dc-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="DC Inside 신고 접수 완료 자동 안내",
     why="Pure receipt: report registered under a ticket number, results to follow; no statement about any item.",
     **{"from": "noreply@dcinside.com"}, name_from=enc("디시인사이드"),
     date="Wed, 11 Sep 2024 09:21:40 +0900",
     subject=enc("[디시인사이드] 신고가 접수되었습니다 (KCSC-240911-03)"),
     reply_to_req=mid(R3),
     body="""
신고가 정상적으로 접수되었습니다.

접수번호 : DC-240911-5531
접수일시 : 2024-09-11 09:21

처리 결과는 영업일 기준 3일 이내에 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""")

case(name="soop-helpdesk-receipt-english", outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt from a SOOP help desk",
     why="Ticket receipt: request received, will be reviewed; nothing about any item.",
     **{"from": "support@sooplive.com"}, name_from="SOOP Support",
     date="Wed, 11 Sep 2024 15:01:12 +0900",
     subject="[SOOP Support] Re: [KCSC-240911-04] Request received (#482211)",
     reply_to_req=mid(R4),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
##- Please type your reply above this line -##

Your request (#482211) has been received and will be reviewed by our
support staff. You will be notified by email when there is an update.

To add information to this request, simply reply to this email.

SOOP Support
""")

case(name="daum-mdn-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN) from a Kakao staff mailbox",
     why="Message disposition notification: read receipt only.",
     **{"from": "hyunwoo.park@kakaocorp.com"}, name_from=enc("박현우"),
     date="Tue, 10 Sep 2024 15:02:19 +0900",
     subject=enc("읽음: [KCSC-240910-02] 게시물 삭제 요청"),
     reply_to_req=mid(R2),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_MDN_3c81"

------=_MDN_3c81
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: 박현우
  제목: [KCSC-240910-02] 게시물 삭제 요청
  보낸 날짜: 2024-09-10 오후 2:30
을(를) 2024-09-10 오후 3:02에 읽었습니다.

------=_MDN_3c81
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Exchange Server 2019
Final-Recipient: rfc822; hyunwoo.park@kakaocorp.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_3c81--
""")

case(name="clien-dsn-user-unknown", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (5.1.1 user unknown) with the request attached",
     why="Bounce: the request to a wrong Clien address was rejected; the attached original lists URLs but states nothing.",
     **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Fri, 13 Sep 2024 10:00:41 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="8A1F2C0451.1726189241/mail.kcsc.example"

--8A1F2C0451.1726189241/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@clien.net>: host mx.clien.net[203.0.113.45] said: 550 5.1.1
    <report@clien.net>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--8A1F2C0451.1726189241/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; report@clien.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.clien.net
Diagnostic-Code: smtp; 550 5.1.1 <report@clien.net>: Recipient address
    rejected: User unknown

--8A1F2C0451.1726189241/mail.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@clien.net
Subject: [KCSC-240913-07] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R7)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{L1}
{L2}

--8A1F2C0451.1726189241/mail.kcsc.example--
""")

case(name="naver-dsn-delayed", outcome="ignored", classification="bounce",
     imitates="Postfix 'delayed mail' warning DSN (action=delayed)",
     why="Delay warning DSN, not a platform reply.",
     **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Tue, 10 Sep 2024 14:05:10 +0900",
     subject="Delayed Mail (still being retried)",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="41C77B2290.1726117510/mail.kcsc.example"

--41C77B2290.1726117510/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<policy@navercorp.com>: connect to mx1.navercorp.com[198.51.100.77]:25:
    Connection timed out

--41C77B2290.1726117510/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 10:00:02 +0900

--41C77B2290.1726117510/mail.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240910-01] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Date: Tue, 10 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R1)}@kcsc.example>

--41C77B2290.1726117510/mail.kcsc.example--
""")

HEADER = """\
# Blind set 789 (Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail). Generated by make.py; do not edit.
# Expected results were written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    counts = {}
    for c in CASES:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(CASES), "cases", counts)


if __name__ == "__main__":
    main()
