#!/usr/bin/env python3
"""Blind set 615: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Inven and Nate as senders only),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind615/make.py

Writes requests.csv (with csv.writer), cases/*.eml and expected.toml. The
expected results were written from each email's meaning, before any run of
the reader. Deterministic: no clock, no randomness.
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

SET = "blind615"


def enc(s):
    """RFC 2047 encoding of a header value (only when it is not ASCII)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_ferry/223561100201"
N2 = "https://blog.naver.com/moonlit_ferry/223561100388"
N3 = "https://blog.naver.com/greyheron_77/223559904412"
N4 = "https://cafe.naver.com/quietstream/48211"
N5 = "https://cafe.naver.com/quietstream/48230"
N6 = "https://cafe.naver.com/hanbit2030/991205"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122093"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38841207&memberNo=5510293"
N9 = "https://blog.naver.com/paperlantern_k/223566071190"
N10 = "https://cafe.naver.com/hanbit2030/991377"
N11 = "https://m.blog.naver.com/greyheron_77/223560012345"
N12 = "https://tv.naver.com/v/58812034"
N13 = "https://blog.naver.com/paperlantern_k/223566099001"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

D1 = "https://cafe.daum.net/silverpine/Kq1H/5521"
D2 = "https://cafe.daum.net/silverpine/Kq1H/5530"
D3 = "https://dalgomi.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%ED%9B%84%EA%B8%B0"
D3_RAW = "https://dalgomi.tistory.com/entry/오늘의-후기"
D4 = "https://dalgomi.tistory.com/188"
DAUM = [D1, D2, D3, D4]

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10448211"
G2 = "https://gall.dcinside.com/mgallery/board/view/?id=lumenwave&no=77310"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=lumenwave&no=77342"
G4 = "https://gall.dcinside.com/mini/board/view/?id=kkachi99&no=2041"
G5 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10449006"
DC = [G1, G2, G3, G4, G5]

S1 = "https://vod.sooplive.co.kr/player/131772049"
S2 = "https://ch.sooplive.co.kr/nightowl0/post/98113520"
S3 = "https://vod.sooplive.co.kr/player/131790311"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7391022815"
F2 = "https://www.fmkorea.com/7391188042"
FM = [F1, F2]

C1 = "https://www.clien.net/service/board/park/18803321"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8812734"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     NAVER, "illegal_gambling", "req-240902-01@kcsc.example",
     "blog 6, cafe 4, kin 1, post 1, tv 1; \"sports toto\" promotion ring"),
    ("KCSC-240903-02", "daum", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     DAUM, "defamation", "req-240903-02@kcsc.example", "Daum cafe 2, Tistory 2"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     DC, "privacy", "req-240904-03@kcsc.example", "gallery posts, personal data of a minor"),
    ("KCSC-240905-04", "soop", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     SOOP, "obscenity", "req-240905-04@kcsc.example", "2 VODs, 1 channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00",
     FM, "illegal_drugs", "req-240906-05@kcsc.example", ""),
    ("KCSC-240909-06", "clien", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [C1], "defamation", "req-240909-06@kcsc.example", "one post, park board"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [P1], "fraud", "req-240910-07@kcsc.example", "ticket resale scam, see complaint 24-1187"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, urls, kind="삭제"):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구({kind})를 하오니 조치 후 그 결과를",
        "회신기한까지 본 메일로 알려 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


REQ_NAVER = request_text("KCSC-240902-01", NAVER)
REQ_DC = request_text("KCSC-240904-03", DC)

# ------------------------------------------------------------------ cases
cases = []


def case(**c):
    cases.append(c)


# ===================== APPLIED =====================

case(
    name="naver-gesijungdan-numbered",
    **{"from": "rights@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 고객센터 권리보호 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 가운데 블로그
게시물 3건의 처리 결과를 아래와 같이 안내드립니다.

1. {N1}
   - 처리결과: 게시물 삭제
2. {N2}
   - 처리결과: 게시물 삭제
3. {N3}
   - 처리결과: 임시조치(30일간 접근 차단)

나머지 게시물은 검토가 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com/)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered list, 삭제/임시조치)",
    why="three blog posts named one by one: two deleted, one under 임시조치 (restricted)",
    items={N1: "removed", N2: "removed", N3: "restricted"},
)

html_tbl = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페/지식iN 운영팀입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 카페·지식iN 게시물에 대한 조치 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4}</a></td><td>블라인드 처리</td><td>카페 운영원칙 위반</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>조치 불가</td><td>운영원칙 위반 사항이 확인되지 않음</td></tr>
<tr><td>4</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>해당 게시물 없음</td><td>이미 삭제되어 존재하지 않는 게시물</td></tr>
</table>
<p>문의사항은 회신 주시기 바랍니다.<br>NAVER 카페 운영팀</p>
</body></html>"""
html_txt = f"""안녕하세요. 네이버 카페/지식iN 운영팀입니다.

요청번호 KCSC-240902-01 중 카페·지식iN 게시물에 대한 조치 결과입니다.

1. {N4} : 블라인드 처리 (카페 운영원칙 위반)
2. {N5} : 삭제 (불법 도박 홍보)
3. {N6} : 조치 불가 (운영원칙 위반 사항이 확인되지 않음)
4. {N7} : 해당 게시물 없음 (이미 삭제되어 존재하지 않는 게시물)

NAVER 카페 운영팀"""
case(
    name="naver-cafe-html-table",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("NAVER 카페 운영팀"),
    date="Fri, 06 Sep 2024 11:02:55 +0900",
    subject=enc("[네이버 카페] 시정요구 조치결과 회신 - KCSC-240902-01"),
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_nv_alt_7f21"

--=_nv_alt_7f21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_txt)}
--=_nv_alt_7f21
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_tbl)}
--=_nv_alt_7f21--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (multipart/alternative, base64)",
    why="table rows: 블라인드 and 삭제 are removed, 조치 불가 with a reason is rejected, 게시물 없음 is not_found",
    items={N4: "removed", N5: "removed", N6: "rejected", N7: "not_found"},
)

case(
    name="naver-english-trust-safety",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 18:15:03 +0900",
    subject="Re: Correction request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC team,

Thank you for your request KCSC-240902-01. We have finished our review of
two of the URLs you sent:

- {N10} : the post was removed from the cafe for promoting illegal gambling.
- {N8} : this post is now age-restricted; only signed-in users aged 19 or
  over can open it.

Our decisions on the other URLs will follow separately. For background on
how we handle reports, see https://help.naver.com/service/5650/contents/19214

Kind regards,
Jiwoo Han
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal (per-URL result, help-centre link)",
    why="cafe post removed; NAVER Post entry age-restricted (restricted); the help link is not an item",
    items={N10: "removed", N8: "restricted"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "blog_cs@naver.com"},
    name_from=enc("네이버 블로그 고객센터"),
    date="Sat, 07 Sep 2024 09:31:40 +0900",
    subject=enc("[네이버 블로그] 게시물 처리 결과 회신"),
    body=f"""
안녕하세요, 네이버 블로그팀입니다.
요청번호 KCSC-240902-01 관련하여 회신드립니다.

{N9}
→ 비공개 처리 완료 (운영정책 위반)

{N13}
→ 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog support reply, bare URL with the result on the line below",
    why="비공개 처리 (made private by the operator) is removed; a post already deleted by its author is not_found",
    items={N9: "removed", N13: "not_found"},
)

case(
    name="naver-tv-age-limit-toppost",
    **{"from": "tv_ops@navercorp.com"},
    name_from=enc("네이버TV 운영팀"),
    date="Tue, 10 Sep 2024 14:05:19 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버TV 운영팀입니다.

말씀하신 영상 {N12} 는 청소년 유해 요소가 확인되어
19세 이상 연령 제한을 적용했습니다. 성인 인증을 마친 이용자만 시청할 수 있습니다.

감사합니다.
네이버TV 운영팀 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_NAVER)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER TV operator reply top-posted over the quoted request (Gmail-style Korean quote header)",
    why="the video is age-restricted (restricted); the twelve other URLs appear only in the quoted request",
    items={N12: "restricted"},
)

csv_naver = "\ufeff" + "\r\n".join([
    "번호,게시물 URL,처리결과,처리일",
    f"1,{N1},삭제,2024-09-05",
    f"2,{N11},삭제,2024-09-05",
    f"3,{N4},임시조치,2024-09-06",
    f'4,"{N7}",위반사항 없음(게시 유지),2024-09-06',
]) + "\r\n"
case(
    name="naver-csv-attachment",
    **{"from": "rights@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject=enc("[NAVER] KCSC-240902-01 처리결과 송부"),
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_55102_11"

------=_Part_55102_11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01 중 4건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 권리보호센터 드림
------=_Part_55102_11
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename*=UTF-8''KCSC-240902-01_%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(csv_naver)}
------=_Part_55102_11--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet exported from Excel as CSV (BOM, CRLF, RFC 2231 Korean file name)",
    why="CSV rows: 삭제 x2 removed, 임시조치 restricted, 위반사항 없음(게시 유지) rejected",
    items={N1: "removed", N11: "removed", N4: "restricted", N7: "rejected"},
)

kin_body = f"""안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회 요청번호 KCSC-240902-01 가운데 지식iN 질문 {N7} 은 운영자 삭제 처리되었습니다.

함께 전달해 주신 카페 게시글 {N6} 역시 카페 운영원칙(불법 도박 홍보 금지) 위반으로 삭제되었음을 알려드립니다.

감사합니다.
네이버 지식iN 운영팀
"""
case(
    name="naver-kin-quoted-printable",
    **{"from": "kin_ops@naver.com"},
    name_from=enc("네이버 지식iN"),
    date="Mon, 09 Sep 2024 15:48:27 +0900",
    subject=enc("[지식iN] 요청 게시물 처리 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(kin_body)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN operator notice, quoted-printable Korean prose (soft-wrapped long URLs)",
    why="kin question 운영자 삭제 and cafe post 삭제: both removed",
    items={N7: "removed", N6: "removed"},
)

case(
    name="daum-tistory-korean-slug",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 17:20:44 +0900",
    subject=enc("[카카오] 티스토리 게시물 처리 결과 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청(KCSC-240903-02)에 따른 티스토리 게시물 처리 결과를 알려드립니다.

■ 대상: <{D3_RAW}>
■ 조치: 임시조치 (30일간 게시물 접근 차단)

■ 대상: <{D4}>
■ 조치: 게시물 삭제

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일이 지난 뒤 삭제됩니다.

카카오 권리침해신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice for Tistory (raw Korean slug in angle brackets)",
    why="raw Korean slug matches the percent-encoded request URL: 임시조치 is restricted; the other post deleted. The 30-day deletion is only a future condition",
    items={D3: "restricted", D4: "removed"},
)

case(
    name="daum-cafe-blind-bilingual",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum Cafe",
    date="Fri, 06 Sep 2024 10:03:09 +0900",
    subject=enc("[Daum 카페] 신고 게시물 처리 안내 / Result of your report"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다. / Hello from the Daum Cafe team.

KCSC-240903-02 로 요청하신 카페 게시물의 처리 결과입니다.

{D1} - 블라인드 처리되었습니다. (The post has been blinded and can no longer be viewed.)
{D2} - 블라인드 처리되었습니다. (Blinded as well.)

감사합니다. / Thank you.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe 블라인드 처리 안내, bilingual Korean/English",
    why="both cafe posts named and blinded (블라인드 = removed)",
    items={D1: "removed", D2: "removed"},
)

case(
    name="daum-one-kept-with-reason",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 13:44:51 +0900",
    subject=enc("[카카오] 게시중단 요청 검토 결과 (KCSC-240903-02)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물 중 {D2} 은(는) 삭제 조치하였습니다.

다만 {D1} 은(는) 검토 결과 특정인을 지목하지 않은 개인 의견 표명으로 판단되어,
운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

검토 결과에 이견이 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao review outcome: one post deleted, one kept with the reason",
    why="D2 deleted (removed); D1 kept because no policy violation (rejected with its reason)",
    items={D2: "removed", D1: "rejected"},
)

case(
    name="dc-operator-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 19:22:30 +0900",
    subject=enc("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240904-03)"),
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청번호 KCSC-240904-03 처리 결과 안내드립니다.

- {G1} : 운영자 삭제
- {G5} : 운영자 삭제
- {G2} : 작성자가 이미 삭제한 글로 확인되어 별도 조치 없음

나머지 2건은 마이너/미니 갤러리 관리자 확인 후 회신드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 운영팀 reply listing 운영자 삭제 per post",
    why="two posts 운영자 삭제 (removed); one already deleted by its author (not_found); the remaining two promised only",
    items={G1: "removed", G5: "removed", G2: "not_found"},
)

case(
    name="dc-wrapped-url-angle",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Report",
    date="Mon, 09 Sep 2024 11:51:02 +0900",
    subject=enc("RE: KCSC-240904-03 남은 2건"),
    reply_to_req="req-240904-03",
    body="""
안녕하세요, 디시인사이드 신고처리 담당입니다.
남아 있던 두 건 처리했습니다.

<https://gall.dcinside.com/mgallery/board/view/?id=lumenwave&
no=77342>
→ 삭제

<https://gall.dcinside.com/mini/board/view/?id=kkachi99&no=2041>
→ 성인 인증 게시물로 전환 (19세 미만 열람 제한)

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside report desk reply; one URL wrapped inside angle brackets by the mail client",
    why="the wrapped URL in <> rejoins to the lumenwave post (deleted); the mini-gallery post is age-restricted (restricted)",
    items={G3: "removed", G4: "restricted"},
)

case(
    name="dc-gmail-toppost-partial",
    **{"from": "dc_report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Thu, 05 Sep 2024 15:12:48 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240904-03"),
    reply_to_req="req-240904-03",
    body=f"""
요청하신 5건 중 아래 2건은 삭제 완료했습니다.

{G1}
{G2}

나머지 3건은 갤러리 관리 정책 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

--
디시인사이드 신고센터

2024년 9월 4일 (수) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_DC)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside report centre, top-posted Gmail reply over the quoted request",
    why="two URLs listed under '삭제 완료' are removed; the other three are only quoted or 'under review'",
    items={G1: "removed", G2: "removed"},
)

case(
    name="soop-english-vod",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP Content Policy",
    date="Sat, 07 Sep 2024 13:09:33 +0900",
    subject="[SOOP] Outcome of request KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

This is the SOOP Content Policy team responding to your request KCSC-240905-04.

VOD {S1} was deleted on 6 September 2024 and the broadcaster's channel
has been suspended for 7 days.

We searched for {S3} but there is no VOD with that number on our service,
so no action could be taken on it.

The channel post in your request is still being looked at by our team.

Regards,
SOOP Content Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) content policy outcome in English",
    why="one VOD deleted (removed), the other does not exist (not_found); the channel post is unnamed and still under review",
    items={S1: "removed", S3: "not_found"},
)

case(
    name="soop-afreeca-post-private",
    **{"from": "cs@afreecatv.com"},
    name_from=enc("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 09:58:14 +0900",
    subject=enc("[SOOP] 방송국 게시글 조치 안내"),
    body=f"""
안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회 요청번호 KCSC-240905-04 와 관련하여,
방송국 게시글 {S2} 을(를) 운영정책 위반(음란물 링크 게시)으로 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP/AfreecaTV 고객센터 방송국 게시글 비공개 처리 notice, sent from the old brand domain",
    why="afreecatv.com is a SOOP sender domain; the channel post was made private by the operator (removed)",
    items={S2: "removed"},
)

soop_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="max-width:640px">
<h3 style="color:#0b5cff">SOOP 시정요구 처리 결과</h3>
<p>요청번호: KCSC-240905-04</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상</th><th>결과</th></tr></thead>
<tbody>
<tr><td>{S1}</td><td>삭제</td></tr>
<tr><td>{S2}</td><td>위반 아님 &ndash; 게시 유지</td></tr>
<tr><td>{S3}</td><td>19세 이상 시청 제한 설정</td></tr>
</tbody></table>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다. 운영정책: <a href="https://www.sooplive.co.kr/policy/operation">https://www.sooplive.co.kr/policy/operation</a></p>
</div></body></html>"""
case(
    name="soop-html-base64",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP",
    date="Tue, 10 Sep 2024 16:30:00 +0900",
    subject=enc("SOOP 시정요구 처리 결과 (KCSC-240905-04)"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP HTML-only result mail (base64), table of target and result",
    why="삭제 removed; 위반 아님 – 게시 유지 rejected; 19세 이상 시청 제한 restricted; the policy link is not an item",
    items={S1: "removed", S2: "rejected", S3: "restricted"},
)

case(
    name="fmkorea-fullwidth-parens",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    date="Mon, 09 Sep 2024 21:14:06 +0900",
    subject=enc("Re: 게시물 삭제 요청 (KCSC-240906-05)"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 에펨코리아 운영진입니다.

요청하신 게시물（{F1}）및（{F2}）은 모두 삭제 처리되었습니다。
작성자 계정은 이용 정지하였습니다。

에펨코리아 운영진 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="FM Korea admin reply typed with an IME (full-width brackets and full stops)",
    why="both posts named, each in full-width brackets, and stated deleted",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-one-kept",
    **{"from": "report@fmkorea.com"},
    name_from="FMKorea Report",
    date="Wed, 11 Sep 2024 10:26:41 +0900",
    subject="RE: KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 에펨코리아 신고처리팀입니다.

{F1}
: 삭제 완료

{F2}
: 마약 판매 광고가 아닌 관련 뉴스 기사에 대한 풍자 게시물로 판단되어 유지합니다.
  (Kept: satire about a news story, not a sale advertisement.)

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community report desk reply, URL line then ': result' line",
    why="first post deleted (removed); second kept with its reason (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="clien-single-no-url",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date="Tue, 10 Sep 2024 17:03:52 +0900",
    subject=enc("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req="req-240909-06",
    body="""
안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 운영진 검토 후 삭제 처리했습니다.
해당 회원에게는 운영 규칙에 따라 경고 조치가 함께 이루어졌습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien operator reply in the request's thread, no URL",
    why="request KCSC-240909-06 has one item; an unhedged 'the requested post was deleted' applies to it",
    items={C1: "removed"},
)

case(
    name="ppomppu-author-deleted",
    **{"from": "abuse@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date="Wed, 11 Sep 2024 14:40:20 +0900",
    subject=enc("[뽐뿌] 요청 게시물 확인 결과 (KCSC-240910-07)"),
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다.

해당 게시물({P1})은 확인 결과
작성자 본인이 이미 삭제한 상태입니다. 별도 조치할 게시물이 없음을 알려드립니다.

뽐뿌 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Ppomppu operator reply: post already deleted by its author",
    why="a post already deleted by its author is not_found",
    items={P1: "not_found"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "sora.kim@navercorp.com"},
    name_from="Sora Kim",
    date="Wed, 04 Sep 2024 18:47:05 +0900",
    subject="RE: [KCSC] Correction request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Following up on KCSC-240902-01.

{N1} and {N2} were removed on 4 September.
{N3} remains available: we reviewed it against our operating principles and found no violation.

We will get back to you on the remaining URLs.

Best,
Sora Kim | Policy Operations, NAVER Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC] Correction request KCSC-240902-01

{REQ_NAVER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from a portal policy employee over '-----Original Message-----'",
    why="two blog posts removed, one kept with no violation found (rejected); the rest only in the quoted request",
    items={N1: "removed", N2: "removed", N3: "rejected"},
)

case(
    name="naver-receipt-plus-blind",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 09:12:37 +0900",
    subject=enc("[네이버 고객센터] 문의 접수 및 처리 안내 (접수번호 NV-2409-55821)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청은 접수번호 NV-2409-55821 로 접수되었습니다.

아울러 아래 카페 게시물은 확인 즉시 블라인드 처리하였음을 알려드립니다.
 · {N4}
 · {N5}

그 외 게시물은 담당 부서에서 검토 후 회신드릴 예정입니다.

네이버 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER ticket receipt that also reports results (접수번호 + 블라인드 처리)",
    why="a receipt phrase plus unhedged per-item statements is not a pure acknowledgement: both cafe posts blinded (removed)",
    items={N4: "removed", N5: "removed"},
)

case(
    name="daum-statement-above-url",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Sat, 07 Sep 2024 11:38:59 +0900",
    subject=enc("[카카오] KCSC-240903-02 조치 결과"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

다음 게시물은 삭제되었습니다.
{D4}

다음 주소는 존재하지 않는 페이지로 확인됩니다.
{D1}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer centre reply, statement line with the URL on the line below",
    why="Tistory post deleted (removed); cafe URL is a page that does not exist (not_found)",
    items={D4: "removed", D1: "not_found"},
)

csv_dc = "\n".join([
    "url,result,memo",
    f"{G1},삭제,",
    f"{G2},삭제,",
    f"{G3},삭제,",
    f"{G4},게시물 없음,\"작성자 삭제, 확인 불가\"",
    f"{G5},유지,위반 사항 없음",
]) + "\n"
case(
    name="dc-csv-attachment",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 10:07:18 +0900",
    subject=enc("[디시인사이드] KCSC-240904-03 처리 결과 파일"),
    reply_to_req="req-240904-03",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dcmix-0910"

--dcmix-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.
요청번호 KCSC-240904-03 전체 5건의 처리 결과를 첨부합니다.

--dcmix-0910
Content-Type: text/csv; charset=utf-8; name="dc_KCSC-240904-03.csv"
Content-Disposition: attachment; filename="dc_KCSC-240904-03.csv"
Content-Transfer-Encoding: 8bit

{csv_dc}
--dcmix-0910--
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside result sheet as a plain 8bit CSV attachment",
    why="CSV rows: three 삭제 (removed), 게시물 없음 (not_found), 유지/위반 사항 없음 (rejected)",
    items={G1: "removed", G2: "removed", G3: "removed", G4: "not_found", G5: "rejected"},
)

case(
    name="soop-text-table",
    **{"from": "policy@sooplive.co.kr"},
    name_from=enc("SOOP 정책팀"),
    date="Wed, 11 Sep 2024 15:55:02 +0900",
    subject=enc("[SOOP] VOD 조치 결과 - KCSC-240905-04"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. SOOP 정책팀입니다. VOD 2건 조치 결과입니다.

URL                                            결과
---------------------------------------------  ----------------------
{S1}    삭제
{S3}    연령 제한(19세 이상)

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="fixed-width text table typed into a plain-text reply",
    why="one VOD deleted (removed), the other age-restricted (restricted)",
    items={S1: "removed", S3: "restricted"},
)

full = [
    (N1, "삭제"), (N2, "삭제"), (N3, "임시조치"), (N4, "블라인드"), (N5, "블라인드"),
    (N6, "삭제"), (N7, "게시물 없음(작성자 삭제)"), (N8, "접근 제한(19세 이상)"),
    (N9, "비공개 처리"), (N10, "삭제"), (N11, "삭제"), (N12, "조치 불가(위반 사항 없음)"),
    (N13, "검토 중"),
]
full_lines = "\n".join(f"{i:>2} | {u}\n   | 조치결과: {r}" for i, (u, r) in enumerate(full, 1))
case(
    name="naver-full-list-13",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 17:30:45 +0900",
    subject=enc("[NAVER] 시정요구(KCSC-240902-01) 조치결과 최종 회신"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01 전체 13건에 대한 조치결과를 회신드립니다.

연번 | 게시물 URL
{full_lines}

13번 게시물은 검토가 끝나는 대로 추가로 알려드리겠습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 for a whole request, one row per URL",
    why="all 13 rows: 삭제/블라인드/비공개 removed, 임시조치 and 접근 제한 restricted, 게시물 없음 not_found, 조치 불가 rejected, 검토 중 stays pending",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "removed", N7: "not_found", N8: "restricted", N9: "removed", N10: "removed",
           N11: "removed", N12: "rejected", N13: "pending"},
)

# ===================== REVIEW =====================

case(
    name="naver-promise-will-delete",
    **{"from": "rights@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 11:20:00 +0900",
    subject=enc("[NAVER] KCSC-240902-01 진행 상황 안내"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 블로그 게시물
{N1}
{N2}
은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal progress notice promising deletion",
    why="'삭제될 예정' is a promise, not a statement: names two items, nothing applies",
    items={N1: "pending", N2: "pending"},
)

case(
    name="daum-hedge-may-have-been",
    **{"from": "tistory-support@kakaocorp.com"},
    name_from="Tistory Support",
    date="Fri, 06 Sep 2024 08:49:13 +0900",
    subject="Re: KCSC-240903-02 Tistory entries",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

The Tistory entry {D3} may already have been deleted by its owner -
it no longer shows up in the blog's list, but we have not been able to
confirm this in our back office yet. We will confirm once our review is
complete.

Tistory Support (Kakao Corp.)
""",
    outcome="review",
    review="not_understood",
    imitates="Tistory support reply with a hedge ('may already have been deleted')",
    why="hedged and explicitly unconfirmed: no statement, the item stays pending",
    items={D3: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 12:00:31 +0900",
    subject=enc("[디시인사이드] 처리 완료 안내"),
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

요청번호 KCSC-240904-03 관련하여 요청하신 게시물 전부 삭제 처리 완료되었습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="DC Inside one-line completion notice for a whole request",
    why="'all requested posts deleted' for a five-item request without naming any: bulk, items pending",
    items={u: "pending" for u in DC},
)

case(
    name="naver-bulk-actioned-english",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 20:02:18 +0900",
    subject="KCSC-240902-01 - completed",
    body="""
Dear KCSC,

All content reported under KCSC-240902-01 has been actioned in line with
our policies. Please let us know if you need anything else.

NAVER Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English 'all reported content has been actioned' closure notice",
    why="a statement about all thirteen items without naming any: bulk",
    items={u: "pending" for u in NAVER},
)

case(
    name="soop-dmarc-fail",
    **{"from": "policy@sooplive.co.kr"},
    auth="fail",
    name_from="SOOP Policy",
    date="Sun, 08 Sep 2024 03:14:55 +0900",
    subject="[SOOP] KCSC-240905-04 done",
    body=f"""
Hello,

The following VODs were deleted:
{S1}
{S3}

SOOP Policy
""",
    outcome="review",
    review="untrusted",
    imitates="result mail from a SOOP address that fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applies",
    items={S1: "pending", S3: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "lumenwave.mgr@gmail.com"},
    name_from=enc("루멘웨이브 갤러리 매니저"),
    date="Fri, 06 Sep 2024 23:41:07 +0900",
    subject=enc("Re: KCSC-240904-03 관련"),
    body=f"""
안녕하세요 루멘웨이브 마이너 갤러리 매니저입니다.
디시 운영팀에서 연락받고 확인했는데요, 아래 두 글은 제가 삭제했습니다.

{G2}
{G3}

갤 관리에 참고하겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a DC Inside minor-gallery manager (a user, not staff) replying from a personal Gmail address",
    why="gmail.com is no platform's domain: the claims are kept for a person to check",
    items={G2: "pending", G3: "pending"},
)

case(
    name="inven-about-fmkorea-post",
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 고객지원"),
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=enc("[인벤] 게시물 삭제 요청 회신"),
    body=f"""
안녕하세요. 인벤 고객지원팀입니다.

보내주신 목록의 게시물 {F1} 은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="gaming-community support desk answering about a URL of another community",
    why="an Inven sender stating a status for an FM Korea item: wrong_platform",
    items={F1: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "rights@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 10:05:42 +0900",
    subject=enc("[NAVER] 추가 자료 요청 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 카페 게시물
 - {N4}
 - {N5}
에 대한 처리를 위해 시정요구 공문 사본과 담당자 연락처를 회신해 주시기 바랍니다.
자료가 확인되기 전까지 처리가 보류되는 점 양해 부탁드립니다.
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="NAVER request for supporting documents (공문 사본) before acting",
    why="the platform asks for documents and holds the two posts: asks_more, pending",
    items={N4: "pending", N5: "pending"},
)

case(
    name="nate-no-claims",
    **{"from": "pann_cs@nate.com"},
    name_from=enc("네이트 판 고객센터"),
    date="Thu, 12 Sep 2024 16:20:09 +0900",
    subject=enc("Re: 게시물 삭제 요청"),
    body="""
안녕하세요, 네이트 판 고객센터입니다.

요청하신 게시물은 삭제 처리되었습니다.
이용해 주셔서 감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="Nate Pann customer centre one-line reply",
    why="trusted platform mail naming no item and no request (Nate has no request here): no_claims",
    items={},
)

case(
    name="daum-conflicting-summary",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 18:08:26 +0900",
    subject=enc("[카카오] 처리 결과 안내 (KCSC-240903-02)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

[처리 요약]
{D2} : 삭제

[상세 안내]
{D2} 게시물은 검토 결과 위반 사항이 확인되지 않아 게시가 유지됩니다.
이의가 있으시면 회신 바랍니다.
""",
    outcome="review",
    review="conflicting_statements",
    imitates="template-filled notice whose summary and detail contradict each other",
    why="the same post is called 삭제 in the summary and kept in the detail: a person must decide",
    items={D2: "pending"},
)

case(
    name="soop-under-review",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP Content Policy",
    date="Fri, 06 Sep 2024 10:45:00 +0900",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

{S1} and {S3} are currently under review by our policy team.
We will let you know the outcome as soon as the review is finished.

SOOP Content Policy Team
""",
    outcome="review",
    review="not_understood",
    imitates="'under review' holding reply naming the URLs",
    why="'under review' is no statement; it names two requested items, so a person looks at it",
    items={S1: "pending", S3: "pending"},
)

case(
    name="naver-forwarded-cafe-manager",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("NAVER 카페 운영팀"),
    date="Sat, 07 Sep 2024 14:27:36 +0900",
    subject=enc("Fwd: 게시글 삭제했습니다"),
    body=f"""
카페 매니저에게 받은 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 조용한시냇물 매니저 <quietstream.mgr@gmail.com>
Date: 2024년 9월 7일 (토) 오후 1:55
Subject: 게시글 삭제했습니다
To: <cafe_help@navercorp.com>

안녕하세요 quietstream 카페 매니저입니다.
{N4}
{N5}
두 글 모두 삭제했습니다. 작성자는 강퇴 처리했어요.
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="portal staff forwarding a cafe manager's (user's) reply without own statement",
    why="the deletion is stated by a forwarded third party, not by NAVER itself",
    items={N4: "pending", N5: "pending"},
)

# ===================== IGNORED =====================

case(
    name="naver-ooo-korean",
    **{"from": "sora.kim@navercorp.com"},
    name_from="Sora Kim",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=enc("[자동응답] 부재중입니다: [KCSC] Correction request KCSC-240902-01"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김소라입니다.
9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시면 처리해 드리겠습니다.
복귀 후 확인하여 회신드리겠습니다.

I am out of office until 4 September with limited access to email.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply: ignored",
)

dsn_orig = request_text("KCSC-240904-03", DC)
case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 14:00:37 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wz1mx1"

--DSN.4Wz1mx1
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: mailbox is full (quota exceeded), message returned

--DSN.4Wz1mx1
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 14:00:31 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox full

--DSN.4Wz1mx1
Content-Type: message/rfc822
Content-Description: Undelivered Message

Date: Wed, 04 Sep 2024 14:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC] Correction request KCSC-240904-03
Message-ID: <req-240904-03@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--DSN.4Wz1mx1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the whole request",
    why="bounce: the URLs are only in the returned request",
)

case(
    name="soop-mdn-read",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP Content Policy",
    date="Thu, 05 Sep 2024 11:02:10 +0900",
    subject=enc("읽음: [KCSC] Correction request KCSC-240905-04"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0905"

--mdn-soop-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC] Correction request KCSC-240905-04"을(를)
policy@sooplive.co.kr 님이 2024-09-05 11:02에 읽었습니다.

--mdn-soop-0905
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Original-Recipient: rfc822;policy@sooplive.co.kr
Final-Recipient: rfc822;policy@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0905--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail read receipt (MDN, Korean '읽음:' subject)",
    why="read receipt: ignored",
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Tue, 03 Sep 2024 11:04:22 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (#2409-118273)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: #2409-118273
 - 문의 제목: [KCSC] Correction request KCSC-240903-02
 - 접수일시: 2024-09-03 11:04

영업일 기준 3~5일 이내에 답변 드리겠습니다.
문의 내역은 카카오 고객센터(https://cs.kakao.com/)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="pure acknowledgement with a ticket number: ignored",
)

case(
    name="fmkorea-ooo-english",
    **{"from": "minsu@fmkorea.com"},
    name_from="Minsu Lee",
    date="Fri, 06 Sep 2024 15:00:52 +0900",
    subject="Automatic reply: [KCSC] Correction request KCSC-240906-05",
    reply_to_req="req-240906-05",
    extra_headers=["X-Autoreply: yes", "Precedence: auto_reply"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
and will reply when I am back. For urgent moderation matters please write
to admin@fmkorea.com.

Minsu Lee
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="English 'Automatic reply' out-of-office message",
    why="auto-reply: ignored",
)

case(
    name="clien-report-received",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date="Mon, 09 Sep 2024 10:15:03 +0900",
    subject=enc("[클리앙] 신고 접수 완료 안내"),
    reply_to_req="req-240909-06",
    body="""
안녕하세요, 클리앙입니다.

보내주신 신고(KCSC-240909-06)가 접수되었습니다.
접수된 신고는 운영진이 순차적으로 검토하고 있습니다.

감사합니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="community 'report received' acknowledgement",
    why="acknowledgement only (received, reviewed in turn): ignored",
)

gm_orig = request_text("KCSC-240910-07", [P1])
case(
    name="ppomppu-gmail-dsn",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:00:29 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f60718"; report-type=delivery-status

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to abuse@ppomppu.co.kr because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <abuse@ppomppu.co.kr>: Recipient address rejected: User unknown

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; abuse@ppomppu.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ppomppu.co.kr. (203.0.113.44)
Diagnostic-Code: smtp; 550 5.1.1 <abuse@ppomppu.co.kr>: Recipient address rejected: User unknown

--000000000000a1b2c3d4e5f60718
Content-Type: message/rfc822

Date: Tue, 10 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: abuse@ppomppu.co.kr
Subject: [KCSC] Correction request KCSC-240910-07
Message-ID: <req-240910-07@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{gm_orig}

--000000000000a1b2c3d4e5f60718--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail-style 'Delivery Status Notification (Failure)', address not found",
    why="bounce: ignored even though the returned request names the URL",
)


HEADER = """# blind615: Korean portals and community sites (see NOTES.md).
# Written by tests/corpus/blind615/make.py; expected results were written
# from each email's meaning before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
