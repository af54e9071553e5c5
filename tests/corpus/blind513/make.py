#!/usr/bin/env python3
"""Blind set 513: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, FM Korea, Ppomppu, plus Clien and Nate), Korean and
English mixed, with the doubtful and ignorable mail a regulator's mailbox
receives.

    python3 tests/corpus/blind513/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
REQ = {
    "R1": ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
           "illegal_gambling", "req-240903-01"),
    "R2": ("KCSC-240905-02", "daum", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
           "drug_trade", "req-240905-02"),
    "R3": ("KCSC-240906-03", "dcinside", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
           "deepfake_sexual_abuse", "req-240906-03"),
    "R4": ("KCSC-240909-04", "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
           "obscene_content", "req-240909-04"),
    "R5": ("KCSC-240910-05", "inven", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
           "illegal_private_server", "req-240910-05"),
    "R6": ("KCSC-240911-06", "fmkorea", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
           "drug_trade", "req-240911-06"),
    "R7": ("KCSC-240912-07", "ppomppu", "2024-09-12T15:20:00+09:00", "2024-09-19T18:00:00+09:00",
           "illegal_lending", "req-240912-07"),
}

# NAVER, 14 items (the largest request)
N1 = "https://blog.naver.com/lucky_bet_77/223561100201"
N2 = "https://blog.naver.com/lucky_bet_77/223561100388"
N3 = "https://blog.naver.com/toto_daebak/223559876540"
N4 = "https://cafe.naver.com/slotmaniaclub/4411"
N5 = "https://cafe.naver.com/slotmaniaclub/4417"
N6 = "https://cafe.naver.com/sportsbetkr/90215"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470012345"
N8 = "https://in.naver.com/wintoday/contents/internal/712233445566"
N9 = "https://blog.naver.com/casino_heaven/223562004411"
N10 = "https://cafe.naver.com/sportsbetkr/90233"
N11 = "https://m.blog.naver.com/pokerstar_kr/223560998877"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38221190&memberNo=51234567"
N13 = "https://cafe.naver.com/%EB%B2%B3%EC%9D%B8%ED%8F%AC%EB%B0%A9/1207"
N13_RAW = "https://cafe.naver.com/벳인포방/1207"
N14 = "https://blog.naver.com/jackpot_road/223563310022"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# Daum / Kakao, 4 items
D1 = "https://cafe.daum.net/drugstore_kr/Kp3x/118"
D2 = "https://cafe.daum.net/drugstore_kr/Kp3x/121"
D3 = "https://icecrystal99.tistory.com/45"
D4 = "https://cafe.daum.net/%EC%96%BC%EC%9D%8C%EB%82%98%EB%9D%BC/Ab12/77"
D4_RAW = "https://cafe.daum.net/얼음나라/Ab12/77"
DAUM = [D1, D2, D3, D4]

# DC Inside, 5 items
DC1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
DC2 = "https://gall.dcinside.com/mgallery/board/view/?id=leakcam&no=20381"
DC3 = "https://gall.dcinside.com/mgallery/board/view/?id=leakcam&no=20399"
DC4 = "https://gall.dcinside.com/mini/board/view/?id=faceswap&no=551"
DC5 = "https://gall.dcinside.com/mgallery/board/view/?id=leakcam&no=20412"
DCINSIDE = [DC1, DC2, DC3, DC4, DC5]

# SOOP, 3 items
S1 = "https://vod.sooplive.co.kr/player/128834401"
S2 = "https://vod.sooplive.co.kr/player/128834577"
S3 = "https://ch.sooplive.co.kr/nightbj_0x/post/99120345"
SOOP = [S1, S2, S3]

# Inven, 2 items
I1 = "https://www.inven.co.kr/board/maple/5974/3318821"
I2 = "https://www.inven.co.kr/board/lineagem/5019/88214"
INVEN = [I1, I2]

# FM Korea, 1 item
F1 = "https://www.fmkorea.com/7312004518"
FMKOREA = [F1]

# Ppomppu, 3 items
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830121"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=money&no=331207"
P3 = "https://www.ppomppu.co.kr/zboard/view.php?id=money&no=331244"
PPOMPPU = [P1, P2, P3]

ITEMS = {"R1": NAVER, "R2": DAUM, "R3": DCINSIDE, "R4": SOOP, "R5": INVEN, "R6": FMKOREA, "R7": PPOMPPU}
NOTES = {
    N7: "Knowledge iN question, URL holds '&'",
    N12: "NAVER Post, query string",
    N13: "cafe name in Korean, stored percent-encoded",
    D4: "cafe name in Korean, stored percent-encoded",
    P1: "free board, \"loan\" ad in a reply thread",
}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key in sorted(REQ):
        ref, plat, sent, due, cat, mid = REQ[key]
        for url in ITEMS[key]:
            w.writerow([ref, plat, sent, due, url, cat, f"<{mid}@kcsc.example>", NOTES.get(url, "")])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(key, style="gmail"):
    """Our own request as a reply quotes it (never a platform statement)."""
    ref = REQ[key][0]
    urls = ITEMS[key]
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC 통신심의국"]
    if style == "gmail":
        return "\n".join("> " + x if x else ">" for x in lines)
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# =========================================================== APPLIED (25)

case(
    name="naver-kcsc-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=enc("[회신] 시정요구 조치결과 통보 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240903-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.
나머지 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f5e9"><th>연번</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-05 11:02</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>2024-09-05 11:02</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시물 없음 (작성자 자진 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>{N4}</td><td>삭제 (카페 운영자 삭제 확인)</td><td>2024-09-05 13:47</td></tr>
<tr><td>5</td><td>{N5}</td><td>임시조치 (30일)</td><td>2024-09-05 14:10</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림<br>
운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table from a Korean portal's policy team (HTML)",
    why="trusted NAVER HTML table: two deleted, one already deleted by its author, one deleted by the cafe operator, one 임시조치",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "restricted"},
)

case(
    name="naver-en-prose-three-outcomes",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:15:44 +0900",
    subject="RE: KCSC-240903-01 removal request - partial outcome",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

Thank you for your patience. We have finished reviewing three of the items in
request KCSC-240903-01.

The cafe post {N6} advertised an unlicensed sports betting site and was taken
down yesterday afternoon; the cafe manager has also been warned.

The Knowledge iN question at {N7} is a user asking whether sports betting
abroad is legal in Korea. It contains no link, no site name and no promotion,
so we found that it does not violate our operating policy and it will stay up.

The NAVER Influencer content {N8} has been age-restricted: it can now only be
viewed by signed-in users aged 19 or older.

We will write again about the remaining items.

Kind regards,
Jiyoon Park
Trust & Safety Operations, NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply of a Korean portal with one sentence per item",
    why="one removed, one refused with its reason (rejected), one age-restricted",
    items={N6: "removed", N7: "rejected", N8: "restricted"},
)

_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator="\r\n")
_w.writerow(["번호", "URL", "처리결과", "비고"])
_w.writerow(["1", N9, "삭제", "불법 도박 사이트 홍보"])
_w.writerow(["2", N10, "블라인드", "카페 게시글"])
_w.writerow(["3", N11, "게시물 없음", "작성자 삭제"])
_w.writerow(["4", N12, "삭제", ""])
_w.writerow(["5", N13_RAW, "접근 제한", "성인 인증 후 열람 (청소년 접근 제한)"])
_w.writerow(["6", N14, "조치 불가", "위반 사항 확인되지 않음 (도박 단속 뉴스 기사 인용)"])
_csv_b64 = b64(_csv.getvalue().encode("utf-8-sig"))
case(
    name="naver-csv-attachment-six-rows",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 10:05:31 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치결과 (2차)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b513_csv"

--=_nv_b513_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 건 중 남은 6건의 처리 결과를 첨부 CSV 파일로
회신드립니다. 확인 부탁드립니다.

감사합니다.

--=_nv_b513_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{_csv_b64}
--=_nv_b513_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported from Excel (CSV with BOM) attached to a short cover note",
    why="CSV rows: deleted, blinded, not found (author deleted), deleted, adult-only access, refused with reason",
    items={N9: "removed", N10: "removed", N11: "not_found", N12: "removed", N13: "restricted", N14: "rejected"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "report@naver.com"},
    name_from=enc("네이버 신고센터"),
    date="Wed, 04 Sep 2024 18:22:05 +0900",
    subject=enc("네이버 신고센터 처리 결과 안내 [KCSC-240903-01]"),
    body=f"""안녕하세요, 네이버 신고센터입니다.

방송통신심의위원회 시정요구(KCSC-240903-01) 중 블로그 게시물에 대한
처리 결과를 알려드립니다.

{N2}
→ 게시중단 완료

{N3}
→ 확인 불가 (이미 삭제되어 존재하지 않는 게시물)

{N11}
→ 게시중단 완료

깨끗한 인터넷 환경을 위해 협조해 주셔서 감사합니다.
네이버 고객센터 https://help.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 처리 결과 안내 with each URL followed by an arrow line",
    why="status on the line below each bare URL: two 게시중단, one no longer exists",
    items={N2: "removed", N3: "not_found", N11: "removed"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "minsu.lee@navercorp.com"},
    name_from=enc("이민수"),
    date="Thu, 05 Sep 2024 09:31:50 +0900",
    subject=enc("Re: [KCSC-240903-01] 시정요구 (불법 도박 광고 14건)"),
    reply_to_req="req-240903-01",
    body=f"""담당자님 안녕하세요.

{N9} 건은 오늘 오전 임시조치(30일) 하였습니다.
나머지 건은 검토가 끝나는 대로 정리해서 회신드리겠습니다.

이민수 드림
NAVER 정책지원팀

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("R1")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the quoted request",
    why="one unhedged 임시조치 statement on top; the 14 quoted URLs are our own request, not statements",
    items={N9: "restricted"},
)

case(
    name="naver-quoted-printable-korean",
    **{"from": "noreply-policy@navercorp.com"},
    name_from=enc("네이버"),
    date="Fri, 06 Sep 2024 14:02:19 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버입니다.

요청번호 KCSC-240903-01 관련하여 아래 두 건의 처리 결과를 안내드립니다.

- {N11}
  해당 블로그 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.
- {N12}
  해당 포스트는 운영정책 위반(불법 사행성 정보)으로 비공개 처리하였습니다.

본 메일은 발신 전용입니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 notice, quoted-printable UTF-8",
    why="QP body: one already deleted by its author (not found), one made private by NAVER (removed)",
    items={N11: "not_found", N12: "removed"},
)

case(
    name="naver-korean-particles-raw-path",
    **{"from": "cafe-ops@naver.com"},
    name_from=enc("네이버 카페 운영지원"),
    date="Fri, 06 Sep 2024 17:48:03 +0900",
    subject=enc("RE: KCSC-240903-01 처리 결과"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 카페·블로그 운영지원 담당자입니다.

{N14}의 게시물은 불법 도박 사이트 링크를 포함하고 있어 삭제 조치되었고,
{N13_RAW} 게시글은 카페 운영자가 직접 삭제한 것을 확인하였습니다.

추가 문의 사항이 있으시면 회신 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with URLs followed directly by Korean particles, cafe path in raw Hangul",
    why="'…/223563310022의 게시물은 삭제 조치' and the raw-Hangul cafe URL deleted by its cafe operator",
    items={N14: "removed", N13: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 20:11:37 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of illegal gambling ads",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The two cafe posts below were blinded by our cafe operations team on 5 Sep
2024 and are no longer visible to anyone:

  {N4}
  {N10}

Best regards,
Seojun Han | NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] Request for removal of illegal gambling ads

{quoted_request("R1", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unprefixed request below it",
    why="statement above an indented URL pair: both blinded; the list under Original Message is our own request",
    items={N4: "removed", N10: "removed"},
)

case(
    name="naver-receipt-echo-with-result",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 04 Sep 2024 15:26:40 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: NV-20240904-00813)

[신고 내용]
- 신고 URL: {N1}
- 신고 사유: 불법 도박 사이트 홍보 (방송통신심의위원회 KCSC-240903-01)

[처리 결과]
담당자 확인 결과 해당 게시물은 불법 사행성 사이트를 홍보하는 내용으로
확인되어 삭제 조치하였습니다.

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer echoing the report form, with a 처리 결과 section",
    why="acknowledgement phrase plus an unhedged deletion of the one echoed URL: not a pure acknowledgement",
    items={N1: "removed"},
)

case(
    name="naver-wrapped-angle-urls",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Sat, 07 Sep 2024 11:03:26 +0900",
    subject="Re: KCSC-240903-01 - Knowledge iN and Influencer items",
    reply_to_req="req-240903-01",
    body="""Dear KCSC,

Following a second review, the Knowledge iN question <https://kin.naver.com/
qna/detail.naver?d1id=11&dirId=1118&docId=470012345> was deleted on
7 September, because the answers under it had been edited to carry a betting
site address.

The Influencer content <https://in.naver.com/wintoday/contents/internal/
712233445566> has been removed by our operations team as well.

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose client wrapped long URLs inside angle brackets",
    why="two URLs wrapped across lines inside <>: both deleted/removed",
    items={N7: "removed", N8: "removed"},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "cafe-ops@naver.com"},
    name_from=enc("네이버 카페 운영지원"),
    date="Sat, 07 Sep 2024 13:20:00 +0900",
    subject=enc("[KCSC-240903-01] 카페 게시글 조치 결과"),
    body=f"""방송통신심의위원회 담당자님께

요청하신 카페 게시글의 조치 결과입니다。

「{N6}」：블라인드 처리 완료
「{N10}」：블라인드 처리 완료

블라인드 처리된 게시글은 카페 회원을 포함한 누구에게도 노출되지 않습니다。
네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean cafe-operations note with full-width brackets, colon and full stop",
    why="two URLs in 「」 followed by full-width colon, each 블라인드 처리 완료",
    items={N6: "removed", N10: "removed"},
)

case(
    name="daum-kakao-temp-measure-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 10:44:12 +0900",
    subject=enc("[Daum] 게시물 조치 결과 안내 (KCSC-240905-02)"),
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-02)에 대하여
아래와 같이 조치하였음을 알려드립니다.

■ 대상 게시물 1
 - URL : {D1}
 - 조치 내용 : 임시조치 (30일간 게시물 접근 차단)

■ 대상 게시물 2
 - URL : {D2}
 - 조치 내용 : 게시물 삭제

임시조치된 게시물은 게시자가 30일 이내에 복원을 신청하지 않으면 삭제됩니다.

카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice with ■ blocks",
    why="임시조치 (30-day access block) is restricted; the second is deleted",
    items={D1: "restricted", D2: "removed"},
)

case(
    name="daum-en-numbered-raw-hangul",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 16:05:58 +0900",
    subject="Re: KCSC-240905-02 outcome for Tistory and Daum Cafe items",
    reply_to_req="req-240905-02",
    body=f"""Hello,

Please find below our outcome for two items of KCSC-240905-02:

1. {D3}
   The Tistory post offered drugs for sale and has been deleted; the blog
   has also been suspended.
2. {D4_RAW}
   This Daum Cafe was closed by its owner in August, so the post no longer
   exists and we could not locate it.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English numbered outcome list from Kakao, one cafe URL in raw Hangul",
    why="numbered list with status below each URL: deleted; cafe closed, post cannot be located",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="dcinside-kr-bulleted-results",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 19:37:21 +0900",
    subject=enc("Re: [KCSC-240906-03] 불법촬영물·허위영상물 삭제 요청"),
    reply_to_req="req-240906-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 3건의 처리 결과를 알려드립니다.

- {DC1} : 삭제 완료
- {DC2} : 삭제 완료, 작성자 IP 차단
- {DC3} : 삭제 완료

나머지 2건은 확인 후 다시 연락드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team reply, bulleted 'URL : result'",
    why="three bulleted URLs each 삭제 완료; the other two only promised a later answer",
    items={DC1: "removed", DC2: "removed", DC3: "removed"},
)

case(
    name="dcinside-en-numbered",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Support",
    date="Mon, 09 Sep 2024 11:12:47 +0900",
    subject="RE: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""Dear Sir or Madam,

Regarding the remaining items of KCSC-240906-03:

(1) {DC4}
    Removed. The mini gallery has also been closed for repeated violations.
(2) {DC5}
    Not found. The post had already been deleted by the user who wrote it
    before our team reviewed it.

Sincerely,
DCInside Customer Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply from a Korean community site, numbered with the result word below",
    why="one removed, one already deleted by its author (not found)",
    items={DC4: "removed", DC5: "not_found"},
)

case(
    name="dcinside-statement-above-urls",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 12:01:09 +0900",
    subject=enc("[디시인사이드] 요청 게시물 처리 결과 (KCSC-240906-03)"),
    body=f"""안녕하세요. 디시인사이드입니다.

아래 게시물은 갤러리 운영원칙 및 관련 법령 위반으로 삭제 처리되었습니다.

{DC2}
{DC5}

아래 게시물은 이미 작성자가 삭제하여 확인되지 않습니다.

{DC3}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice with the statement line above a block of URLs",
    why="statement line then URLs below it: two deleted, one already deleted by its author",
    items={DC2: "removed", DC5: "removed", DC3: "not_found"},
)

case(
    name="soop-kr-vod-and-post-deleted",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 15:30:02 +0900",
    subject=enc("[SOOP] 시정요구 처리 결과 안내 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청번호 KCSC-240909-04 건의 처리 결과를 안내드립니다.

1) {S1} — 음란성 콘텐츠로 확인되어 VOD 삭제
2) {S2} — VOD 비공개 처리 (BJ 다시보기 권한 회수)
3) {S3} — 방송국 게시글 삭제

아울러 해당 BJ의 방송국은 운영정책에 따라 30일간 이용이 정지되었습니다.
운영정책: https://www.sooplive.co.kr/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 고객센터 result notice for VODs and a channel post",
    why="VOD deleted, VOD made private (removed), channel post deleted; policy link is no item",
    items={S1: "removed", S2: "removed", S3: "removed"},
)

case(
    name="soop-en-age-gate-and-missing",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 10:18:36 +0900",
    subject="KCSC-240909-04 - update",
    reply_to_req="req-240909-04",
    body=f"""Hi,

Two updates on KCSC-240909-04.

VOD {S2} has been switched to 19+ only. Viewers must now pass adult
verification before it plays, and it no longer appears in search for
logged-out users.

The channel post {S3} was deleted by the streamer herself before we got to
it, so there is nothing left for us to act on.

Thanks,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP English trust-and-safety update: adult-only VOD and a post deleted by its author",
    why="19+ gate is restricted; post deleted by the streamer before review is not found",
    items={S2: "restricted", S3: "not_found"},
)

case(
    name="soop-html-mixed",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Thu, 12 Sep 2024 09:50:10 +0900",
    subject=enc("[SOOP] KCSC-240909-04 추가 회신"),
    reply_to_req="req-240909-04",
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>요청하신 건 중 2건에 대해 추가로 회신드립니다.</p>
<ul>
<li><a href="{S1}">{S1}</a><br>
음란물 유포 정책 위반으로 <b>VOD를 삭제</b>하였습니다.</li>
<li><a href="{S3}">{S3}</a><br>
방송 일정 공지글로, 선정적 내용이나 외부 링크가 없어 운영정책 위반에 해당하지 않습니다.
따라서 게시글은 유지됩니다.</li>
</ul>
<p>SOOP 고객센터 드림</p>
</div></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML reply with a bulleted list, one deletion and one refusal",
    why="VOD deleted; channel post kept because it breaks no rule (rejected)",
    items={S1: "removed", S3: "rejected"},
)

case(
    name="inven-kr-one-deleted-one-kept",
    **{"from": "help@inven.co.kr"},
    name_from=enc("인벤 고객지원"),
    date="Wed, 11 Sep 2024 17:25:44 +0900",
    subject=enc("Re: [KCSC-240910-05] 불법 사설서버 홍보 게시물 삭제 요청"),
    reply_to_req="req-240910-05",
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청하신 2건을 확인하였습니다.

{I1}
메이플스토리 사설서버 홍보 글로 확인되어 삭제하였으며, 작성자는 글쓰기가
제한되었습니다.

{I2}
공식 서버 공략 글로, 사설서버 홍보나 접속 안내가 포함되어 있지 않아 삭제
대상에 해당하지 않습니다. 게시물은 그대로 유지됩니다.

인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven support reply, URL line then verdict paragraph",
    why="one deleted; one kept with its reason (rejected)",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-html-single-deleted",
    **{"from": "help@inven.co.kr"},
    name_from=enc("인벤 고객지원"),
    date="Thu, 12 Sep 2024 11:02:08 +0900",
    subject=enc("[인벤] 게시물 처리 안내"),
    reply_to_req="req-240910-05",
    type="html",
    body=f"""<html><body>
<table width="600" style="border:1px solid #ccc"><tr><td style="padding:16px">
<p><strong>인벤 게시물 처리 안내</strong></p>
<p>방송통신심의위원회 요청번호 KCSC-240910-05 관련, 아래 게시물을 삭제 처리하였습니다.</p>
<p style="background:#f4f4f4;padding:8px"><a href="{I1}">{I1}</a></p>
<p>처리 일시: 2024-09-12 10:40</p>
</td></tr></table>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Inven HTML notice card with the statement above the URL",
    why="one URL below 'deleted the post below'",
    items={I1: "removed"},
)

case(
    name="fmkorea-sole-item-no-url",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date="Thu, 12 Sep 2024 08:55:30 +0900",
    subject=enc("Re: [KCSC-240911-06] 마약류 판매 광고 게시물 삭제 요청"),
    reply_to_req="req-240911-06",
    body="""안녕하세요. 에펨코리아 운영팀입니다.

요청하신 게시물은 확인 즉시 삭제 처리하였고, 작성자 계정은 영구 이용정지
하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean community-site reply answering a one-item request without repeating the URL",
    why="request has one item; 'the requested post was deleted' in a reply to it applies to that item",
    items={F1: "removed"},
)

case(
    name="fmkorea-angle-url-kept",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date="Fri, 13 Sep 2024 14:41:19 +0900",
    subject=enc("[에펨코리아] 요청 게시물 검토 결과"),
    body="""방송통신심의위원회 담당자님께

KCSC-240911-06 건으로 요청하신 게시물 <https://www.fmkorea.com/7312004518>은
경찰의 마약 판매 조직 검거를 다룬 언론 기사를 옮긴 글로, 판매 권유나 연락처가
전혀 포함되어 있지 않습니다. 운영규정상 삭제 사유에 해당하지 않아 게시물을
유지하기로 결정하였습니다.

이의가 있으시면 회신 주시기 바랍니다.
에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site refusal with the URL in angle brackets followed by a Korean particle",
    why="refusal with its reason: kept up (rejected)",
    items={F1: "rejected"},
)

case(
    name="ppomppu-html-table",
    **{"from": "report@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영진"),
    date="Fri, 13 Sep 2024 18:06:55 +0900",
    subject=enc("RE: [KCSC-240912-07] 불법 대부 광고 게시물 조치 요청"),
    reply_to_req="req-240912-07",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 뽐뿌 운영진입니다. 요청하신 게시물의 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리</th></tr></thead>
<tbody>
<tr><td>{P1.replace("&", "&amp;")}</td><td>삭제</td></tr>
<tr><td>{P2.replace("&", "&amp;")}</td><td>삭제 (작성자 강제 탈퇴)</td></tr>
<tr><td>{P3.replace("&", "&amp;")}</td><td>해당 게시물 없음</td></tr>
</tbody></table>
<p>뽐뿌 운영진 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu admin reply, two-column HTML table with &amp; in URLs",
    why="two deleted, one does not exist",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

case(
    name="ppomppu-base64-plain",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=enc("뽐뿌"),
    date="Fri, 20 Sep 2024 10:12:03 +0900",
    subject=enc("[뽐뿌] 처리 결과 회신 (KCSC-240912-07)"),
    reply_to_req="req-240912-07",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 뽐뿌 운영진입니다.
추석 연휴로 회신이 늦어진 점 양해 부탁드립니다.

1. {P3}
   → 불법 대부 광고로 확인되어 블라인드 처리하였습니다.
2. {P1}
   → 작성자가 탈퇴하면서 이미 삭제된 글로, 현재 존재하지 않습니다.

뽐뿌 운영진 드림
'''.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu reply sent base64-encoded by a webmail client, after the Chuseok holiday",
    why="base64 body: one blinded (removed), one already gone with its author's account (not found)",
    items={P3: "removed", P1: "not_found"},
)

# ============================================================ REVIEW (12)

case(
    name="naver-promise-to-act",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 11:40:27 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 관련 진행 상황"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 내부 검토 후 조치될 예정이며, 결과는 다시
안내드리겠습니다.

 - {N5}
 - {N6}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal progress note promising action after internal review",
    why="'조치될 예정' is a promise, not a statement: both items stay pending",
    items={N5: "pending", N6: "pending"},
)

case(
    name="daum-en-hedged-author-deletion",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 13:27:15 +0900",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""Hello,

Regarding {D3}, it appears that the post may already have been taken down by
the blog owner, but we have not been able to confirm this on our side yet.
We will let you know once we have checked the server records.

Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="hedged English reply ('appears', 'may have been') from a portal's trust desk",
    why="hedged and unconfirmed: no statement, item stays pending",
    items={D3: "pending"},
)

case(
    name="naver-bulk-all-items",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치 완료"),
    reply_to_req="req-240903-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01로 요청하신 게시물 전체에 대하여 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line portal 조치 완료 notice covering a whole request",
    why="'all requested posts' for a 14-item request without naming any: bulk, nothing applied",
    items={u: "pending" for u in NAVER},
)

case(
    name="dcinside-en-bulk-five",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Support",
    date="Tue, 10 Sep 2024 10:33:02 +0900",
    subject="RE: KCSC-240906-03 completed",
    reply_to_req="req-240906-03",
    body="""Dear KCSC,

All five posts listed in your request KCSC-240906-03 have been deleted by our
monitoring team, and the uploaders' IPs are blocked from posting.

Sincerely,
DCInside Customer Support
""",
    outcome="review", review="bulk",
    imitates="English 'all reported posts deleted' summary",
    why="statement about all five items without naming them: bulk",
    items={u: "pending" for u in DCINSIDE},
)

case(
    name="dcinside-auth-fail",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:50 +0900",
    subject=enc("Re: [KCSC-240906-03] 처리 결과"),
    reply_to_req="req-240906-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

{DC1} 게시물은 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result mail whose DKIM/SPF/DMARC all fail",
    why="platform domain but authentication fails: not trusted, item stays pending",
    items={DC1: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "slotmania.manager@gmail.com"},
    name_from=enc("슬롯매니아 카페지기"),
    date="Thu, 05 Sep 2024 22:47:13 +0900",
    subject=enc("카페 게시글 삭제했습니다 (KCSC-240903-01)"),
    body=f"""안녕하세요 방심위 담당자님.
저는 네이버 카페 slotmaniaclub 매니저입니다.
네이버에서 연락을 받고 {N4} 글 삭제했습니다.
앞으로 이런 글 올라오지 않게 관리하겠습니다. 카페 폐쇄만은 피하게 해주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail account",
    why="claims a deletion but the sender is no platform: unknown sender, nothing applied",
    items={N4: "pending"},
)

case(
    name="clien-wrong-platform",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date="Fri, 13 Sep 2024 09:12:44 +0900",
    subject=enc("Re: [KCSC-240912-07] 게시물 조치 요청"),
    reply_to_req="req-240912-07",
    body=f"""안녕하세요, 클리앙 운영진입니다.

보내주신 주소 {P2} 는 클리앙의 게시물이 아니어서 저희 쪽에서는 찾을 수
없습니다. 해당 사이트 운영자에게 요청하셔야 할 것 같습니다.

클리앙 운영진 드림
""",
    outcome="review", review="wrong_platform",
    imitates="another community site answering a request that reached it by mistake",
    why="Clien says it cannot find a Ppomppu post: a status about another platform's item",
    items={P2: "pending"},
)

case(
    name="soop-conditional-deletion",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 11:08:19 +0900",
    subject=enc("[SOOP] KCSC-240909-04 진행 안내"),
    reply_to_req="req-240909-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

{S1} VOD에 대해서는 BJ에게 소명 기회를 부여하였습니다.
기한(9월 13일) 내 소명이 없거나 소명이 타당하지 않을 경우 해당 VOD는 삭제될
예정입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="SOOP notice that the streamer was given a chance to explain (소명) before deletion",
    why="deletion only on a condition, in the future: no statement",
    items={S1: "pending"},
)

case(
    name="naver-asks-for-resolution-document",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 10:15:03 +0900",
    subject=enc("RE: [KCSC-240903-01] 의결서 사본 요청"),
    reply_to_req="req-240903-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건의 처리를 위하여 해당 시정요구의 의결서 사본 또는 공문
번호를 회신해 주시기 바랍니다. 확인되는 대로 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the committee's resolution document before acting",
    why="asks us for a document; states nothing about any item",
)

case(
    name="nate-channel-change-notice",
    **{"from": "report@nate.com"},
    name_from=enc("네이트 고객센터"),
    date="Mon, 09 Sep 2024 15:00:00 +0900",
    subject=enc("[네이트] 유관기관 신고 접수 창구 변경 안내"),
    body="""안녕하세요. 네이트 고객센터입니다.

2024년 10월 1일부터 유관기관의 게시물 조치 요청은 아래 창구로만 접수됩니다.
기존 메일 주소로 보내신 요청도 당분간 자동으로 전달되오니 참고 부탁드립니다.

- 접수 메일: authority@skcomms.co.kr
- 안내 페이지: https://help.nate.com/authority/guide

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal circular about a change of the authorities' reporting channel",
    why="trusted platform mail naming no item and no request of ours",
)

case(
    name="fmkorea-under-legal-review",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date="Thu, 12 Sep 2024 16:31:22 +0900",
    subject=enc("Re: [KCSC-240911-06] 검토 중 안내"),
    reply_to_req="req-240911-06",
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

해당 게시물({F1})은 현재 법무 검토 중이며, 검토 결과가 나오는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community site saying the post is under legal review",
    why="'under review' names the item but states no status: pending",
    items={F1: "pending"},
)

_hwp = (b"HWP Document File" + b"\x00" * 15 + bytes(range(0, 256)) * 2)
case(
    name="ppomppu-hwp-attachment",
    **{"from": "report@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영진"),
    date="Wed, 18 Sep 2024 13:40:08 +0900",
    subject=enc("[뽐뿌] KCSC-240912-07 조치 결과 공문 송부"),
    reply_to_req="req-240912-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_pp_b513_hwp"

--=_pp_b513_hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 뽐뿌 운영진입니다.

요청번호 KCSC-240912-07 건의 조치 결과는 첨부한 공문(한글 파일)을 확인하여
주시기 바랍니다.

--=_pp_b513_hwp
Content-Type: application/x-hwp; name="{enc('조치결과_회신.hwp')}"
Content-Disposition: attachment; filename="{enc('조치결과_회신.hwp')}"
Content-Transfer-Encoding: base64

{b64(_hwp)}
--=_pp_b513_hwp--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean official-letter style reply carrying its result only in an HWP attachment",
    why="the result is only in a Hangul word-processor file the reader cannot open",
)

# =========================================================== IGNORED (7)

case(
    name="naver-out-of-office-korean",
    **{"from": "minsu.lee@navercorp.com"},
    name_from=enc("이민수"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=enc("자동 회신: [KCSC-240903-01] 시정요구 (불법 도박 광고 14건)"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 이민수입니다.
9월 3일(화)부터 9월 4일(수)까지 외부 교육으로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표 메일 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean '자동 회신' out-of-office reply",
    why="out-of-office auto-reply",
)

case(
    name="dcinside-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 09:40:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="6C1B2A0F3.1725583209/mx.dcinside.com"

--6C1B2A0F3.1725583209/mx.dcinside.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host mx.dcinside.com said: 550 5.1.1
    <abuse@dcinside.com>: Recipient address rejected: User unknown

--6C1B2A0F3.1725583209/mx.dcinside.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 09:40:08 +0900 (KST)

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@dcinside.com>: Recipient address
    rejected: User unknown

--6C1B2A0F3.1725583209/mx.dcinside.com
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240906-03] Request for removal (5 items)
Date: Fri, 06 Sep 2024 09:40:00 +0900
Message-ID: <req-240906-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{chr(10).join(DCINSIDE)}

--6C1B2A0F3.1725583209/mx.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'User unknown' with our request attached",
    why="a bounce; the URLs are in our own returned request",
)

case(
    name="daum-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 11:02:37 +0900",
    subject=enc("읽음: [KCSC-240905-02] 마약류 판매 게시물 조치 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_b513_kakao"

--mdn_b513_kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240905-02] 마약류 판매 게시물 조치 요청
읽은 시간: 2024-09-05 11:02 (KST)

--mdn_b513_kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b513_kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a corporate webmail",
    why="read receipt",
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 11:00:52 +0900",
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-240909-4471)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-240909-4471
  - 접수일시: 2024-09-09 11:00
  - 문의유형: 신고/제재 > 유관기관 요청

답변은 순차적으로 진행되며, 답변이 등록되면 메일로 알려드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt with a 접수번호",
    why="pure acknowledgement: ticket created, nothing about any item",
)

case(
    name="fmkorea-noreply-autoresponder",
    **{"from": "no-reply@fmkorea.com"},
    name_from="FM Korea",
    date="Wed, 11 Sep 2024 10:00:18 +0900",
    subject=enc("[자동응답] Re: [KCSC-240911-06] 마약류 판매 광고 게시물 삭제 요청"),
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일은 자동 응답 메일입니다.

보내주신 메일은 운영팀에 전달되었습니다. 이 주소로는 답장을 받지 않으니
추가 문의는 사이트 내 1:1 문의 게시판을 이용해 주세요.

This is an automated reply. Your e-mail has been forwarded to our staff.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual no-reply autoresponder",
    why="automatic reply saying only that the mail was passed on",
)

case(
    name="ppomppu-chuseok-autoreply",
    **{"from": "report@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영진"),
    date="Mon, 16 Sep 2024 08:02:11 +0900",
    subject=enc("[자동응답] 추석 연휴 휴무 안내"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 뽐뿌입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 운영진 메일 응대를 쉽니다.
보내주신 메일은 연휴가 끝난 뒤 순서대로 확인하겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (Chuseok) auto-reply",
    why="holiday auto-reply, no statement",
)

case(
    name="inven-receipt-echoing-urls",
    **{"from": "noreply@inven.co.kr"},
    name_from=enc("인벤 고객지원"),
    date="Tue, 10 Sep 2024 14:01:30 +0900",
    subject=enc("[인벤] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""인벤 고객지원입니다.

신고가 아래와 같이 접수되었습니다.

  접수번호 : INV-2409-10-2291
  신고 대상 :
    {I1}
    {I2}
  신고 사유 : 불법 사설서버 홍보

담당자 확인 후 처리 결과를 메일로 안내드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt echoing the reported URLs",
    why="receipt echoing our URLs with no status for them: a pure acknowledgement",
)


HEADER = """# Blind set 513: Korean portals and community sites (see NOTES.md).
# Written by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is ingested alone into a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind513", HEADER, CASES)
