#!/usr/bin/env python3
"""Blind set 293 (Korean replies: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind293/make.py

Deterministic: no clock, no randomness. Every email is fictional and was
written from what Korean portals' notices look like; the expected results
were written from each email's meaning before the reader was ever run on it.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def H(s):
    """RFC 2047 encode a header value holding Korean."""
    return email.header.Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
HANDLE_KO = "https://www.youtube.com/@밤하늘티비"
HANDLE_PCT = "https://www.youtube.com/@%EB%B0%A4%ED%95%98%EB%8A%98%ED%8B%B0%EB%B9%84"

N = [None,  # KCSC-240903-01, naver, 14 items (largest)
     "https://blog.naver.com/lucky_spin88/223560011001",
     "https://blog.naver.com/lucky_spin88/223560011002",
     "https://blog.naver.com/goldcoin_tips/223561204455",
     "https://cafe.naver.com/nightbettingclub/1204",
     "https://cafe.naver.com/nightbettingclub/1211",
     "https://cafe.naver.com/nightbettingclub/1230",
     "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471122334",
     "https://blog.naver.com/sunny_ledger/223570098811",
     "https://cafe.naver.com/toto2424/3391",
     "https://cafe.naver.com/toto2424/3402",
     "https://blog.naver.com/hanbit_pick/223575500123",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=55123987",
     "https://blog.naver.com/PostView.naver?blogId=midnight_odds&logNo=223580076540",
     "https://cafe.naver.com/toto2424/3417"]
K = [None,  # KCSC-240905-02, kakao, 5 items
     "https://cafe.daum.net/openmarket77/Ab3k/412",
     "https://cafe.daum.net/openmarket77/Ab3k/419",
     "https://coldriver-note.tistory.com/58",
     "https://brunch.co.kr/@greywhale/37",
     "https://pf.kakao.com/_xkQpLb/105512345"]
Y = [None,  # KCSC-240906-03, youtube, 4 items
     "https://www.youtube.com/watch?v=Qm7tRz2LpXc",
     "https://www.youtube.com/watch?v=b8JxN0wVfE4",
     HANDLE_PCT,
     "https://www.youtube.com/shorts/Lk2pW9sYt0A"]
D = [None,  # KCSC-240909-04, dcinside, 4 items
     "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
     "https://gall.dcinside.com/mgallery/board/view/?id=coincoin&no=55210",
     "https://gall.dcinside.com/mgallery/board/view/?id=coincoin&no=55237",
     "https://gall.dcinside.com/mini/board/view/?id=hiddenroom&no=771"]
B = [None,  # KCSC-240910-05, band, 2 items
     "https://band.us/band/80123456/post/311",
     "https://band.us/band/80123456/post/318"]
S = "https://blog.naver.com/dawnpetal/223590044211"  # KCSC-240911-06, naver, 1 item
K7 = [None,  # KCSC-240912-07, kakao, 3 items
      "https://cafe.daum.net/bluecottage/Fz9q/88",
      "https://cafe.daum.net/bluecottage/Fz9q/91",
      "https://coldriver-note.tistory.com/61"]

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling", N[1:],
     "illegal gambling promotion, blogs and cafes"),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", "defamation", K[1:],
     "Daum cafe, Tistory, Brunch, channel post"),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", "fraud", Y[1:],
     "investment scam videos and channel"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", "privacy", D[1:],
     "doxxing posts in galleries"),
    ("KCSC-240910-05", "band", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", "drugs", B[1:],
     "drug sale posts in a public band"),
    ("KCSC-240911-06", "naver", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "obscenity", [S],
     "one blog post"),
    ("KCSC-240912-07", "kakao", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00", "obscenity", K7[1:],
     "Daum cafe and Tistory"),
]
SENT = {r[0]: r[2] for r in REQUESTS}
URLS = {r[0]: r[5] for r in REQUESTS}


def mid(ref):
    return "req." + ref


def request_text(ref, prefix=""):
    """The regulator's own request, as a platform quotes it back."""
    urls = [u.replace(HANDLE_PCT, HANDLE_KO) for u in URLS[ref]]
    lines = ["안녕하십니까, 방송통신심의위원회입니다.",
             "정보통신망법 제44조의7에 따라 아래 정보에 대한 시정요구(삭제)를 통보하오니,",
             "조치 후 그 결과를 기한 내에 회신하여 주시기 바랍니다.",
             "",
             f"요청번호: {ref}",
             ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def outlook_quote(ref, to, subject):
    sent = datetime.datetime.fromisoformat(SENT[ref])
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent.strftime('%A, %B')} {sent.day}, 2024 {sent.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\n"
            f"Subject: {subject}\n\n" + request_text(ref))


def gmail_quote(ref):
    sent = datetime.datetime.fromisoformat(SENT[ref])
    wd = "월화수목금토일"[sent.weekday()]
    hour = sent.hour if sent.hour <= 12 else sent.hour - 12
    ampm = "오전" if sent.hour < 12 else "오후"
    return (f"2024년 9월 {sent.day}일 ({wd}) {ampm} {hour}:{sent.minute:02d}, KCSC Takedown "
            "<takedown@kcsc.example>님이 작성:\n" + request_text(ref, "> "))


cases = []


def case(**c):
    cases.append(c)


NAVER_SIG = "네이버 주식회사 정책지원실 드림"

# ==========================================================================
# APPLIED
# ==========================================================================

case(name="naver-gongmun-text-table", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(5, 11, 20), reply_to_req=mid("KCSC-240903-01"),
     subject=H("[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)"),
     body=f"""네이버 주식회사

수신: 방송통신심의위원회 통신심의국
참조: 불법정보대응팀
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 통보하신 시정요구 건에 대하여 당사의 조치결과를
   아래와 같이 회신합니다.

- 아    래 -

연번 | 대상 URL                                                | 조치결과       | 비고
-----+---------------------------------------------------------+----------------+----------------------
1    | {N[1]}        | 삭제           |
2    | {N[2]}        | 게시중단       |
3    | {N[3]}       | 해당 게시물 없음 | 접수 전 작성자 자진 삭제
4    | {N[4]}             | 블라인드       |
5    | {N[5]}             | 블라인드       |
6    | {N[6]}             | 임시조치(30일) | 권리침해 여부 판단 곤란

3. 요청하신 나머지 8건은 검토를 마치는 대로 별도로 회신드리겠습니다.  끝.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 공문-style 시정요구 조치결과 회신 with a plain-text table (NAVER)",
     why="Trusted NAVER letter gives an explicit per-URL result for six items; the other eight are only promised.",
     items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed",
            N[5]: "removed", N[6]: "restricted"})

amp = lambda u: u.replace("&", "&amp;")  # noqa: E731
rows2 = [(7, "삭제", ""), (8, "게시중단", ""), (9, "블라인드", ""),
         (10, "해당 게시물 없음", "존재하지 않는 게시물"),
         (11, "유지", "스포츠 경기 분석 글로, 도박 사이트 홍보 등 위반 사항이 확인되지 않음"),
         (12, "비공개 처리", ""), (13, "임시조치", "30일간 접근 차단"), (14, "삭제", "")]
trs = "\n".join(f"<tr><td>{i}</td><td><a href=\"{amp(N[i])}\">{amp(N[i])}</a></td><td>{r}</td><td>{n}</td></tr>"
                for i, r, n in rows2)
case(name="naver-html-result-table", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(9, 16, 5), reply_to_req=mid("KCSC-240903-01"),
     subject=H("RE: [KCSC-240903-01] 시정요구 조치결과 (2차 회신)"), type="html",
     body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원실입니다.</p>
<p>KCSC-240903-01 시정요구 건 중 1차 회신에 포함되지 않았던 8건의 조치결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치 기준은 <a href="https://policy.naver.com/rules/service_group.html">네이버 서비스 운영정책</a>을 참고하시기 바랍니다.</p>
<p>감사합니다.<br>네이버 주식회사 정책지원실</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER second-round 조치결과 reply as an HTML table",
     why="HTML table row per item: 삭제/게시중단/블라인드/비공개 removed, 게시물 없음 not_found, 유지 with reason rejected, 임시조치 restricted; policy link is not an item.",
     items={N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "not_found",
            N[11]: "rejected", N[12]: "removed", N[13]: "restricted", N[14]: "removed"})

csv_text = ("번호,URL,조치결과,조치일시\r\n"
            f"1,{N[1]},삭제,2024-09-06 10:02\r\n"
            f"2,{N[2]},게시중단,2024-09-06 10:03\r\n"
            f"3,{N[3]},게시물 없음(작성자 삭제),-\r\n"
            f"6,{N[6]},임시조치,2024-09-06 10:10\r\n"
            f"14,\"{N[14]}\",유지(위반사항 없음),-\r\n")
csv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + csv_text.encode("utf-8")).decode("ascii")
case(name="naver-csv-attachment", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(10, 9, 40), reply_to_req=mid("KCSC-240903-01"),
     subject=H("[NAVER] KCSC-240903-01 조치결과 송부 (첨부)"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv_result_0910=="

--==nv_result_0910==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원실입니다.

요청번호 KCSC-240903-01 관련하여 처리된 건의 조치결과를 첨부한 CSV 파일로
송부드립니다. 파일의 '조치결과' 열을 확인해 주시기 바랍니다.

감사합니다.

--==nv_result_0910==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--==nv_result_0910==--
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER result sheet sent as a CSV attachment (UTF-8 with BOM, base64)",
     why="CSV rows state a result per URL: 삭제/게시중단 removed, 작성자 삭제 not_found, 임시조치 restricted, 유지(위반사항 없음) rejected.",
     items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[6]: "restricted", N[14]: "rejected"})

case(name="naver-sole-item-no-url", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(12, 14, 30), reply_to_req=mid("KCSC-240911-06"),
     subject=H("Re: [KCSC-240911-06] 시정요구 (블로그 게시물 1건)"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

KCSC-240911-06 건으로 요청하신 블로그 게시물은 운영정책(음란성 게시물) 위반이
확인되어 금일 게시중단(삭제) 조치하였습니다.

추가로 확인이 필요하신 사항이 있으면 회신 주시기 바랍니다.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="short NAVER reply to a one-item request that names no URL",
     why="One-item request; the reply states its post was taken down (게시중단/삭제), so it applies to that item.",
     items={S: "removed"})

case(name="naver-cafe-top-posted-outlook", from_="cafe_help@navercorp.com", name_from="NAVER Cafe",
     date=d(6, 10, 12), reply_to_req=mid("KCSC-240903-01"),
     subject=H("RE: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     body=f"""안녕하세요. 네이버 카페 운영팀입니다.
아래 요청 건 중 카페 게시글을 먼저 확인하여 결과를 알려드립니다.

{N[4]} - 블라인드 처리
{N[5]} - 블라인드 처리
{N[9]} - 게시글이 존재하지 않음 (작성자 삭제)

블로그, 지식iN, 포스트 게시물은 담당 부서에서 별도로 회신할 예정입니다.

네이버 카페 운영팀 드림

""" + outlook_quote("KCSC-240903-01", "policy@navercorp.com",
                    "[KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     outcome="applied", classification="confirmation",
     imitates="top-posted Outlook reply from a NAVER Cafe team over the unquoted original request",
     why="Three URLs with results above the -----Original Message----- line; the 14 URLs of the quoted request below it say nothing.",
     items={N[4]: "removed", N[5]: "removed", N[9]: "not_found"})

case(name="naver-blog-informal", from_="haneul.kim@navercorp.com", name_from="Kim Haneul",
     date=d(11, 17, 48),
     subject=H("블로그 게시물 2건 관련 (KCSC-240903-01)"),
     body=f"""안녕하세요, 네이버 블로그 운영 담당 김하늘입니다.

말씀 주신 글 두 개 확인해 봤어요.
{N[3]} 이건 저희가 보기 전에 작성자가 이미 지운 글이라 남아 있는 게 없고요,
{N[11]} 은 방금 비공개 처리했습니다.

나머지 건은 정책지원실에서 따로 연락드릴 거예요. 수고하세요!

김하늘 드림
""",
     outcome="applied", classification="confirmation",
     imitates="informal reply from an individual NAVER blog operator",
     why="Plain statements: one post already deleted by its author (not_found), the other just made private (removed).",
     items={N[3]: "not_found", N[11]: "removed"})

case(name="naver-url-below-statement", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(10, 15, 0), reply_to_req=mid("KCSC-240903-01"),
     subject=H("[NAVER] 시정요구 처리 결과 안내 - KCSC-240903-01"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.
KCSC-240903-01 건에 대하여 다음과 같이 처리하였음을 알려드립니다.

다음 게시물은 운영정책 위반으로 삭제 조치되었습니다.
{N[8]}
{N[12]}

다음 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
{N[13]}

다음 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
{N[14]}
사유: 스포츠 경기 일정을 안내하는 글로, 도박 사이트로 연결되는 링크나 홍보 문구가
확인되지 않았습니다.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER notice grouping URLs under the statement line above them",
     why="Each group's heading sentence governs the URLs on the lines below it: removed, restricted (임시조치), rejected with reason.",
     items={N[8]: "removed", N[12]: "removed", N[13]: "restricted", N[14]: "rejected"})

case(name="naver-bare-url-status-below", from_="noreply_right@navercorp.com", name_from="NAVER",
     date=d(9, 10, 30),
     subject=H("[네이버 게시중단요청서비스] 처리 결과 안내 (KCSC-240903-01)"),
     body=f"""[처리 결과 안내]
요청번호: KCSC-240903-01
요청기관: 방송통신심의위원회

{N[10]}
  처리결과: 삭제
  처리일시: 2024-09-09 10:12

{N[7]}
  처리결과: 블라인드
  처리일시: 2024-09-09 10:15

{N[12]}
  처리결과: 게시물 없음 (작성자 삭제)
  처리일시: -

본 메일은 발신 전용입니다. 문의 사항은 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 result notice: bare URL, result on the lines below",
     why="Each bare URL is followed by its own 처리결과 line; help-centre link is not an item; the send-only footer does not make it an auto-reply.",
     items={N[10]: "removed", N[7]: "removed", N[12]: "not_found"})

qp_body = f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 건 중 블로그 게시물（{N[8]}）은 삭제하였고, {N[10]}은 카페 매니저 확인 후 블라인드 처리되었습니다.
또한 {N[2]}、{N[1]} 두 건도 게시중단되었습니다.

{NAVER_SIG}
"""
case(name="naver-qp-korean-particles", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(8, 20, 14), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 시정요구"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
     outcome="applied", classification="confirmation",
     imitates="quoted-printable NAVER reply with URLs inside Korean prose, full-width brackets and particles",
     why="Unhedged statements: one post deleted, one cafe post blinded, two posts 게시중단; particles 은/、/）are not part of the URLs.",
     items={N[8]: "removed", N[10]: "removed", N[2]: "removed", N[1]: "removed"})

case(name="naver-echoed-report", from_="noreply_right@navercorp.com", name_from="NAVER",
     date=d(10, 11, 5),
     subject=H("[네이버] 신고하신 게시물의 처리 결과를 알려드립니다"),
     body=f"""안녕하세요. 네이버 신고센터입니다.
방송통신심의위원회에서 신고하신 게시물에 대한 처리 결과를 알려드립니다.

[접수 내용 1]
신고 URL: {N[9]}
신고 사유: 불법 도박 사이트 홍보
요청번호: KCSC-240903-01
[처리 결과]
해당 게시물은 운영원칙 위반이 확인되어 블라인드 처리되었습니다.

[접수 내용 2]
신고 URL: {N[10]}
신고 사유: 불법 도박 사이트 홍보
요청번호: KCSC-240903-01
[처리 결과]
검토 결과 운영원칙 위반 사항이 확인되지 않아 게시물을 유지합니다.
(경기 결과에 대한 개인 의견 글이며, 외부 사이트 링크가 없습니다.)

네이버는 건강한 인터넷 환경을 위해 노력하겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER report-centre result mail echoing the report form (접수 내용) before each result",
     why="Each echoed report block is followed by its result: blind (removed) and kept because no rule broken (rejected).",
     items={N[9]: "removed", N[10]: "rejected"})

case(name="naver-gmail-quoted-partial", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(4, 18, 2), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     body=f"""안녕하세요, 네이버 정책지원실입니다.
요청 주신 14건 중 아래 2건의 처리 결과를 먼저 회신드립니다.

1) {N[12]}
   → 비공개 처리 완료
2) {N[13]}
   → 청소년 유해 게시물로 분류하여 성인 인증 후에만 열람 가능하도록 제한

나머지 건은 확인이 끝나는 대로 안내드리겠습니다.

""" + gmail_quote("KCSC-240903-01"),
     outcome="applied", classification="confirmation",
     imitates="Gmail-style Korean reply ('님이 작성:') over the '>'-quoted request",
     why="Two unhedged results above the quote: made private (removed) and age-gated (restricted); quoted URLs change nothing.",
     items={N[12]: "removed", N[13]: "restricted"})

case(name="naver-one-done-two-promised", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(6, 15, 33), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 진행 상황 안내"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

{N[6]} 게시글은 금일 삭제 완료하였습니다.

{N[7]} 및 {N[11]} 은 내부 검토 후 조치할 예정이며,
결과는 다음 주 중 회신드리겠습니다.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER progress update mixing one completed removal with promises",
     why="One item plainly deleted; the two others are only promised ('조치할 예정') and stay pending.",
     items={N[6]: "removed", N[7]: "pending", N[11]: "pending"})

case(name="naver-outlook-kin-answer", from_="kin_help@navercorp.com", name_from="NAVER KnowledgeiN",
     date=d(7, 9, 15), reply_to_req=mid("KCSC-240903-01"),
     subject=H("RE: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     body=f"""KCSC-240903-01 관련 지식iN 담당자입니다.

요청 목록 7번 지식iN 답변({N[7]})은
불법 사행성 사이트 홍보로 확인되어 삭제하였습니다. 나머지는 지식iN 게시물이 아니어서
정책지원실로 전달하였습니다.

지식iN 운영팀 박서준

""" + outlook_quote("KCSC-240903-01", "policy@navercorp.com",
                    "[KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     outcome="applied", classification="confirmation",
     imitates="NAVER KnowledgeiN operator reply above an Outlook-quoted request",
     why="Single named item deleted; 'forwarded internally' for the rest is not a statement; quoted list below the separator is ignored.",
     items={N[7]: "removed"})

case(name="naver-imsijochi-notice", from_="noreply_right@navercorp.com", name_from="NAVER",
     date=d(13, 9, 1),
     subject=H("[네이버 게시중단요청서비스] 요청하신 게시물이 임시조치되었습니다"),
     body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대해 정보통신망법 제44조의2 제2항에 따라 임시조치를 하였습니다.

■ 요청번호: KCSC-240911-06
■ 게시물 주소: {S}
■ 조치 내용: 임시조치 (30일)
■ 조치 일시: 2024.09.13 09:00

게시자가 임시조치 기간 내에 재게시를 요청하는 경우, 관련 법령에 따라 처리 결과를
다시 안내해 드립니다.

네이버 게시중단요청서비스 (https://right.naver.com)
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 notice to the requester",
     why="임시조치 (30-day temporary measure) of the named post: restricted; the service home page is not an item.",
     items={S: "restricted"})

# ---- Kakao / Daum -------------------------------------------------------

case(name="kakao-imsijochi-daum-cafe", from_="right@kakaocorp.com", name_from="Kakao Rights Center",
     date=d(9, 11, 0), reply_to_req=mid("KCSC-240905-02"),
     subject=H("[Daum 권리침해신고센터] 게시중단 요청 처리 결과 안내"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240905-02 로 접수된 게시중단 요청에 대한 처리 결과를 안내드립니다.

■ 대상 게시물
 - {K[1]}
 - {K[2]}
■ 처리 결과: 임시조치 (30일간 해당 게시물에 대한 접근 차단)
■ 처리 일시: 2024.09.09

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 이 경우 결과를 다시
알려드리겠습니다.

카카오 권리침해신고센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 임시조치 result notice",
     why="Both listed posts are placed under 임시조치 (access blocked for 30 days): restricted.",
     items={K[1]: "restricted", K[2]: "restricted"})

case(name="kakao-numbered-mixed", from_="policy@kakaocorp.com", name_from="Kakao Policy",
     date=d(10, 14, 20), reply_to_req=mid("KCSC-240905-02"),
     subject=H("Re: [KCSC-240905-02] 시정요구 조치결과"),
     body=f"""안녕하세요. 카카오 정책팀입니다.
KCSC-240905-02 건 중 티스토리, 브런치, 카카오톡 채널 게시물의 결과를 안내드립니다.

1. {K[3]}
   → 티스토리 운영정책 위반으로 게시글 삭제
2. {K[4]}
   → 확인 결과 존재하지 않는 글입니다 (작가 본인이 삭제)
3. {K[5]}
   → 검토 결과 운영정책 및 관련 법령 위반이 확인되지 않아 게시물을 유지합니다.
     해당 글은 업체 이용 후기이며 특정인을 비방하는 표현이 없습니다.

카카오 정책팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao policy team numbered result list with arrows",
     why="Numbered items each followed by a result: deleted, does not exist (author deleted), kept with a reason.",
     items={K[3]: "removed", K[4]: "not_found", K[5]: "rejected"})

case(name="kakao-gongmun-r7", from_="policy@kakaocorp.com", name_from="Kakao Policy",
     date=d(19, 10, 40), reply_to_req=mid("KCSC-240912-07"),
     subject=H("[카카오] 시정요구에 대한 조치결과 회신 (KCSC-240912-07)"),
     body=f"""주식회사 카카오

문서번호: 정책-2024-0919-07
수    신: 방송통신심의위원회
제    목: 시정요구에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(요청번호 KCSC-240912-07)와 관련하여 당사의 조치결과를
   다음과 같이 회신합니다.

  가. {K7[1]}
      조치결과: 삭제
  나. {K7[2]}
      조치결과: 해당 게시물 없음 (게시자 탈퇴로 기삭제)
  다. {K7[3]}
      조치결과: 이용해지 (블로그 폐쇄)

3. 기타 문의 사항은 당사 정책팀으로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책팀장
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문 (문서번호/수신/제목, 가·나·다 items) 조치결과 회신",
     why="Each lettered URL has its result: 삭제 removed, already gone with the account not_found, 이용해지 (blog closed) removed.",
     items={K7[1]: "removed", K7[2]: "not_found", K7[3]: "removed"})

html13 = f"""<html><body>
<p>안녕하세요. 카카오 정책팀입니다.</p>
<p>KCSC-240912-07 건 중 우선 처리된 게시물을 알려드립니다.</p>
<ul>
<li><a href="{K7[1]}">{K7[1]}</a> : 다음 카페 운영정책 위반으로 삭제</li>
<li><a href="{K7[3]}">{K7[3]}</a> : 청소년 유해 게시물로 지정하여 성인 인증 후 열람하도록 제한</li>
</ul>
<p>나머지 1건은 확인 중이며 결과가 나오면 안내드리겠습니다.</p>
<p>카카오 정책팀 드림</p>
</body></html>
"""
case(name="kakao-base64-html-list", from_="policy@kakaocorp.com", name_from="Kakao Policy",
     date=d(13, 17, 55), reply_to_req=mid("KCSC-240912-07"),
     subject=H("Re: [KCSC-240912-07] 1차 조치 안내"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="kk-alt-0913"

--kk-alt-0913
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html13)}
--kk-alt-0913--
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao HTML reply, base64-encoded, bulleted list of links",
     why="One post deleted (removed), one blog post age-gated behind adult verification (restricted); the third is still being checked.",
     items={K7[1]: "removed", K7[3]: "restricted"})

case(name="kakao-receipt-plus-statement", from_="right@kakaocorp.com", name_from="Kakao Rights Center",
     date=d(5, 15, 12), reply_to_req=mid("KCSC-240905-02"),
     subject=H("[Daum 권리침해신고센터] 접수 완료 및 1차 확인 결과 (KCSC-240905-02)"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청은 접수번호 RC-2409-88213으로 접수되었습니다.

아울러 요청 목록 중 {K[2]} 게시글은 게시자가 이미 삭제하여
현재 존재하지 않는 게시물임을 확인하였습니다.

나머지 게시물은 검토 후 결과를 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum rights-centre receipt that also carries a first finding",
     why="Receipt wording plus an unhedged statement that one post no longer exists (deleted by its poster): not_found; not a pure acknowledgement.",
     items={K[2]: "not_found"})

# ---- YouTube Korea ------------------------------------------------------

case(name="yt-korean-legal-outcome", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(10, 8, 45), reply_to_req=mid("KCSC-240906-03"),
     subject=H("[YouTube] 요청 처리 결과 안내 (KCSC-240906-03)"),
     body=f"""안녕하세요.

2024년 9월 6일에 보내주신 요청(KCSC-240906-03)과 관련하여 연락드립니다.

검토 결과, 다음 콘텐츠에 대해 대한민국 내 액세스를 제한했습니다.

- {Y[1]}
- {Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

- {Y[4]}

YouTube의 법적 삭제 요청 처리 방식에 관한 자세한 내용은
https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법률 지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-support Korean outcome (local restriction + guideline removal)",
     why="Two videos restricted in Korea (restricted), the short removed for a guideline breach (removed); help link is not an item.",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[4]: "removed"})

case(name="yt-channel-terminated-korean-handle", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(12, 11, 30), reply_to_req=mid("KCSC-240906-03"),
     subject=H("Re: [KCSC-240906-03] 채널 관련 추가 안내"),
     body=f"""안녕하세요.

요청하신 채널 <{HANDLE_KO}> 은(는) 스팸, 현혹 행위 및 사기에 관한
YouTube 정책을 심각하게 위반하여 해지되었습니다. 해당 채널과 채널의 동영상은 더 이상
YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 법률 지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube channel-termination notice naming a Korean-script handle in angle brackets",
     why="The channel (Korean handle, stored percent-encoded) was terminated and is no longer viewable: removed.",
     items={Y[3]: "removed"})

case(name="yt-bilingual-rejected-restricted", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(11, 19, 5), reply_to_req=mid("KCSC-240906-03"),
     subject="Re: [KCSC-240906-03] " + H("요청 검토 결과 / Outcome of your request"),
     body=f"""(English version below)

안녕하세요.
보내주신 요청을 검토했습니다.

{Y[2]}
이 동영상은 현지 법률에 따라 대한민국에서 차단되었습니다.

{Y[4]}
이 콘텐츠는 검토 결과 YouTube 정책 및 현지 법률 위반이 확인되지 않아 조치하지
않았습니다. 영상은 일반 투자 강의이며 특정 상품 판매나 입금을 유도하지 않습니다.

---

Hello,
We reviewed your request.

{Y[2]}
This video has been blocked in South Korea under local law.

{Y[4]}
After review we did not find a violation of our policies or of local law, so we
have not taken action on this content.

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="bilingual Korean/English YouTube legal reply, URL on its own line above each result",
     why="One video blocked in Korea (restricted), one short left up for no violation with a reason (rejected); the English half repeats the same.",
     items={Y[2]: "restricted", Y[4]: "rejected"})

# ---- DC Inside ----------------------------------------------------------

case(name="dc-operator-informal", from_="help@dcinside.com", name_from="DCinside",
     date=d(10, 13, 7), reply_to_req=mid("KCSC-240909-04"),
     subject=H("Re: [KCSC-240909-04] 시정요구 (개인정보 노출 게시물)"),
     body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인하고 처리했습니다.

- {D[1]} 삭제
- {D[2]} 삭제
- {D[3]} 이미 삭제된 글이에요 (작성자 삭제)

미니 갤러리 건은 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.
확인되면 다시 연락드릴게요.

디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply with a dash list",
     why="Two posts deleted, one already deleted by its author (not_found); the mini-gallery post is only promised and not named.",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

case(name="dc-gongmun-table", from_="help@dcinside.com", name_from="DCinside",
     date=d(12, 10, 0), reply_to_req=mid("KCSC-240909-04"),
     subject=H("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240909-04)"),
     body=f"""(주)디시인사이드

수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

귀 위원회의 시정요구(요청번호 KCSC-240909-04)에 대한 당사 조치결과를 아래와 같이
회신합니다.

번호  URL  처리내용
1  {D[1]}  삭제
2  {D[2]}  게시물 없음 (기삭제)
3  {D[3]}  삭제 및 작성자 이용제한
4  {D[4]}  삭제

(주)디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 공문-style reply with a space-separated table",
     why="Each row gives the result: 삭제 removed, 게시물 없음(기삭제) not_found.",
     items={D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "removed"})

dc_w1, dc_w2 = D[4].split("&")
case(name="dc-wrapped-url", from_="help@dcinside.com", name_from="DCinside",
     date=d(13, 16, 44), reply_to_req=mid("KCSC-240909-04"),
     subject=H("Re: [KCSC-240909-04] 미니 갤러리 게시물 처리 결과"),
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

지난번 말씀드린 미니 갤러리 게시물 처리 결과 안내드립니다. 처리 대상 게시물 주소: {dc_w1}&
{dc_w2}
처리 결과: 삭제 (해당 미니 갤러리 매니저 권한 회수 포함)

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside reply whose long line was hard-wrapped inside the URL by the mailer",
     why="The URL is broken after '&' by line wrapping; joined it is the requested mini-gallery post, and it was deleted.",
     items={D[4]: "removed"})

# ---- BAND ---------------------------------------------------------------

case(name="band-both-removed", from_="help@band.us", name_from="BAND",
     date=d(12, 9, 20), reply_to_req=mid("KCSC-240910-05"),
     subject=H("[BAND] 요청하신 게시글 처리 결과 안내"),
     body=f"""안녕하세요, 밴드 고객센터입니다.

요청하신 게시글 2건은 밴드 운영정책(불법 정보 게시)에 위반되어 삭제 조치되었습니다.

{B[1]}
{B[2]}

밴드를 이용해 주셔서 감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="BAND customer-centre result notice, statement above the URLs",
     why="The statement names both posts by URL on the lines below it: both removed.",
     items={B[1]: "removed", B[2]: "removed"})

case(name="band-removed-and-gone", from_="help@band.us", name_from="BAND",
     date=d(11, 18, 10),
     subject=H("밴드 게시글 신고 건 (KCSC-240910-05)"),
     body=f"""안녕하세요, 밴드 고객센터입니다.

<{B[1]}> : 삭제 완료
<{B[2]}> : 밴드 리더가 이미 삭제하여 확인할 수 없는 게시글입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short BAND reply with URLs in angle brackets and a colon result",
     why="First post deleted (removed); the second was already deleted before and cannot be found (not_found).",
     items={B[1]: "removed", B[2]: "not_found"})

# ==========================================================================
# REVIEW
# ==========================================================================

case(name="naver-promise-only", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(4, 10, 0), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 시정요구"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
{N[3]}
은 현재 내부 검토를 거쳐 순차적으로 조치될 예정입니다.
조치가 완료되면 결과를 회신드리겠습니다.

{NAVER_SIG}
""",
     outcome="review", review="not_understood",
     imitates="NAVER 'will be actioned in turn' interim reply",
     why="Only a promise ('조치될 예정'); no status for any named item.",
     items={N[1]: "pending", N[2]: "pending", N[3]: "pending"})

case(name="kakao-hedged-already-deleted", from_="policy@kakaocorp.com", name_from="Kakao Policy",
     date=d(13, 11, 25), reply_to_req=mid("KCSC-240912-07"),
     subject=H("Re: [KCSC-240912-07] 시정요구"),
     body=f"""안녕하세요. 카카오 정책팀입니다.

확인해 보니 {K7[1]} 과
{K7[2]} 두 게시글 모두 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 담당 부서 확인 후 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao hedged reply ('삭제된 것으로 보입니다')",
     why="'appears to have been deleted' is a hedge, and they say they will confirm later: nothing to apply.",
     items={K7[1]: "pending", K7[2]: "pending"})

case(name="naver-bulk-all-done", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(12, 9, 50), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 조치 완료"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

KCSC-240903-01 로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

{NAVER_SIG}
""",
     outcome="review", review="bulk",
     imitates="NAVER one-line 'all done' reply to a many-item request",
     why="One sentence about all 14 items without naming any: bulk statement for a multi-item request.",
     items={u: "pending" for u in N[1:]})

case(name="dc-bulk-four-items", from_="help@dcinside.com", name_from="DCinside",
     date=d(11, 12, 15), reply_to_req=mid("KCSC-240909-04"),
     subject=H("Re: [KCSC-240909-04] 시정요구 (개인정보 노출 게시물)"),
     body="""넵 요청하신 4건 모두 삭제 처리했습니다.
수고하세요.

디시인사이드 운영팀
""",
     outcome="review", review="bulk",
     imitates="terse DC Inside operator 'all 4 deleted' reply",
     why="Statement covers all four posts of the request without naming each: bulk.",
     items={u: "pending" for u in D[1:]})

case(name="naver-untrusted-dkim-fail", from_="policy@navercorp.com", name_from="NAVER Policy",
     auth="fail", date=d(13, 13, 13), reply_to_req=mid("KCSC-240911-06"),
     subject=H("Re: [KCSC-240911-06] 조치 결과"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

{S} 게시물은 삭제 조치되었습니다.

{NAVER_SIG}
""",
     outcome="review", review="untrusted",
     imitates="NAVER result reply whose DKIM/SPF/DMARC checks failed",
     why="Sender domain is NAVER's but authentication failed: the statement cannot be trusted.",
     items={S: "pending"})

case(name="kakao-untrusted-daum", from_="cafe_admin@daum.net", name_from="Daum Cafe",
     auth="fail", date=d(8, 21, 2), reply_to_req=mid("KCSC-240905-02"),
     subject=H("Re: [KCSC-240905-02] 다음 카페 게시글"),
     body=f"""안녕하세요, 다음 카페 운영자입니다.

{K[1]} 게시글은 블라인드 처리했습니다.
""",
     outcome="review", review="untrusted",
     imitates="Daum-domain reply failing DMARC (relayed through a list or forged)",
     why="daum.net is a Kakao sender domain but the message fails authentication.",
     items={K[1]: "pending"})

case(name="lawfirm-unknown-sender", from_="office@daon-law.example", name_from="Daon Law",
     date=d(12, 16, 20),
     subject=H("[KCSC-240906-03] 유튜브 동영상 자진 삭제 알림"),
     body=f"""방송통신심의위원회 담당자님께

법무법인 다온입니다. 당 법인의 의뢰인은 귀 위원회의 요청(KCSC-240906-03)과 관련하여
아래 동영상을 2024. 9. 11. 자진 삭제하였음을 알려드립니다.

{Y[1]}

의뢰인은 추가 게시 의사가 없으며, 관련하여 문의 사항이 있으시면 연락 주시기 바랍니다.

법무법인 다온 변호사 정유진
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the uploader's law firm claiming voluntary deletion",
     why="The sender is not YouTube/Google: a third party's claim about a requested item cannot set its status.",
     items={Y[1]: "pending"})

case(name="naver-about-band-items", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(12, 15, 45),
     subject=H("밴드 게시글 관련 회신 (KCSC-240910-05)"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

밴드 서비스 관련 요청(KCSC-240910-05)이 당 부서로 함께 접수되어 회신드립니다.
{B[1]}
{B[2]}
위 게시글 2건은 모두 삭제되었습니다.

{NAVER_SIG}
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER corporate policy desk answering for BAND posts",
     why="The statement comes from NAVER's sender domain about items of the request filed with BAND (a separate platform with its own sender domain).",
     items={B[1]: "pending", B[2]: "pending"})

case(name="naver-asks-for-decision-copy", from_="policy@navercorp.com", name_from="NAVER Policy",
     date=d(5, 16, 40), reply_to_req=mid("KCSC-240903-01"),
     subject=H("Re: [KCSC-240903-01] 자료 요청"),
     body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 {N[11]} 의 경우, 불법성 판단을 위해
심의 의결서 사본 또는 구체적인 위반 조항을 회신해 주시면 검토를 진행하겠습니다.

{NAVER_SIG}
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for the committee's decision document before acting",
     why="Asks the regulator for supporting documents; states no result.",
     items={N[11]: "pending"})

case(name="yt-policy-newsletter", from_="no-reply@youtube.com", name_from="YouTube",
     date=d(16, 7, 0),
     subject=H("[YouTube] 신뢰 및 안전 파트너 대상 정책 업데이트 안내"),
     body="""안녕하세요, YouTube 신뢰 및 안전 파트너 여러분.

9월부터 사기성 투자 콘텐츠에 관한 정책이 일부 변경됩니다. 변경 사항은 아래 도움말에서
확인하실 수 있습니다.

https://support.google.com/youtube/answer/2801973

앞으로도 안전한 YouTube를 만들기 위한 협력에 감사드립니다.
YouTube 드림
""",
     outcome="review", review="no_claims",
     imitates="YouTube trusted-partner policy update newsletter",
     why="Trusted YouTube mail that names no requested item and no request; only a help-centre link.",
     items={})

case(name="kakao-status-under-review", from_="policy@kakaocorp.com", name_from="Kakao Policy",
     date=d(6, 17, 0), reply_to_req=mid("KCSC-240905-02"),
     subject=H("Re: [KCSC-240905-02] 처리 현황"),
     body=f"""안녕하세요. 카카오 정책팀입니다. 현재까지의 처리 현황을 공유드립니다.

URL                                         | 처리 상태
{K[3]}       | 검토 중
{K[4]}        | 검토 중
{K[5]}  | 검토 중

검토가 완료되면 최종 결과를 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao status table where every row is still '검토 중'",
     why="'under review' for each named item is not a status; the table is more than a receipt, so it needs a person.",
     items={K[3]: "pending", K[4]: "pending", K[5]: "pending"})

# ==========================================================================
# IGNORED
# ==========================================================================

case(name="naver-chuseok-out-of-office", from_="jiwoo.lee@navercorp.com", name_from="Lee Jiwoo",
     date=d(16, 0, 3), reply_to_req=mid("KCSC-240912-07"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     subject=H("[자동응답] 추석 연휴 부재 안내"),
     body="""안녕하세요. 이지우입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간 동안 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 정책지원실 대표 메일(policy@navercorp.com)로 보내 주세요.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Chuseok-holiday out-of-office auto-reply",
     why="Auto-replied header and an away message; says nothing about any item.",
     items={})

dsn_headers = f"""Return-Path: <takedown@kcsc.example>
Message-ID: <{mid('KCSC-240912-07')}@kcsc.example>
Date: Thu, 12 Sep 2024 13:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@kakaocorp.com
Subject: [KCSC-240912-07] =?utf-8?b?7Iuc7KCV7JqU6rWs?="""
case(name="kakao-dsn-unknown-user", from_="MAILER-DAEMON@kakaocorp.com",
     name_from="Mail Delivery System", date=d(12, 13, 1),
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0912-kk"

--dsn-0912-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<policy-kr@kakaocorp.com>: 550 5.1.1 user unknown (존재하지 않는 계정입니다)

--dsn-0912-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu, 12 Sep 2024 13:00:05 +0900

Final-Recipient: rfc822; policy-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn-0912-kk
Content-Type: text/rfc822-headers

{dsn_headers}

--dsn-0912-kk--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix-style DSN for a wrong Kakao address",
     why="Delivery failure report: no statement from the platform.",
     items={})

case(name="naver-mdn-read", from_="minji.choi@navercorp.com", name_from="Choi Minji",
     date=d(4, 9, 12),
     subject=H("읽음: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0904-nv"

--mdn-0904-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 2024-09-04 오전 9:12에 읽었습니다.

받는 사람: minji.choi@navercorp.com
제목: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물 14건)

--mdn-0904-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;minji.choi@navercorp.com
Original-Message-ID: <{mid('KCSC-240903-01')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0904-nv--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) as an MDN",
     why="A read receipt says nothing about any item.",
     items={})

case(name="dc-ticket-receipt", from_="help@dcinside.com", name_from="DCinside",
     date=d(9, 15, 2), reply_to_req=mid("KCSC-240909-04"),
     subject=H("[디시인사이드] 문의 접수 완료 안내 (접수번호 DC240909-0311)"),
     body="""안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: DC240909-0311
  - 접수제목: [KCSC-240909-04] 시정요구 (개인정보 노출 게시물)

문의하신 내용은 담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="DC Inside help-desk ticket receipt",
     why="Pure receipt with a ticket number; no result for any item.",
     items={})

case(name="yt-request-received", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(6, 11, 3), reply_to_req=mid("KCSC-240906-03"),
     subject=H("[0-8812000034655] 요청이 접수되었습니다"),
     body="""안녕하세요.

Google에 연락해 주셔서 감사합니다. 요청이 접수되었으며 사건 번호는
0-8812000034655 입니다. 이 번호는 향후 문의 시 제목에 포함해 주세요.

검토 후 다시 연락드리겠습니다.

YouTube 법률 지원팀
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google/YouTube legal request auto-acknowledgement with a case number",
     why="Acknowledgement of receipt only.",
     items={})

case(name="band-noreply-autoresponse", from_="no-reply@band.us", name_from="BAND",
     date=d(10, 9, 31), reply_to_req=mid("KCSC-240910-05"),
     extra_headers=["Auto-Submitted: auto-replied"],
     subject=H("[BAND] 자동 응답: 발신 전용 주소입니다"),
     body="""본 메일은 발신 전용 주소로 보내신 메일에 대한 자동 응답입니다.
이 주소로 보내신 메일은 확인되지 않습니다.

신고 및 문의는 밴드 고객센터(https://band.us/cs)를 이용해 주세요.
""",
     outcome="ignored", classification="auto_reply",
     imitates="BAND no-reply mailbox auto-response",
     why="Automatic 'this address is not read' reply; no item status.",
     items={})

dsn2_headers = f"""Message-ID: <{mid('KCSC-240911-06')}@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240911-06] =?utf-8?b?7Iuc7KCV7JqU6rWs?="""
case(name="naver-dsn-delayed", from_="postmaster@naver.com", name_from="Mail Delivery Subsystem",
     date=d(11, 20, 5),
     subject="Delivery Status Notification (Delay)",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-delay-nv"

--dsn-delay-nv
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy@navercorp.com

The server will keep trying to deliver for another 44 hours.

--dsn-delay-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.naver.com

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Fri, 13 Sep 2024 16:00:00 +0900

--dsn-delay-nv
Content-Type: text/rfc822-headers

{dsn2_headers}

--dsn-delay-nv--
""",
     outcome="ignored", classification="bounce",
     imitates="delivery-delay DSN (warning only) from NAVER's MTA",
     why="Delay warning from the mail system; no platform statement.",
     items={})


# --------------------------------------------------------------------------
def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


HEADER = """# Blind set 293 (Korean replies): written by tests/corpus/blind293/make.py.
# Expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind293", HEADER, cases)
