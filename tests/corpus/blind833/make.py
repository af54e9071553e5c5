#!/usr/bin/env python3
"""Blind set 833: Korean replies (NAVER, Kakao/Daum/Tistory/Brunch, YouTube
Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, and the usual
auto-replies, bounces, read receipts and ticket receipts.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind833/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
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


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, KST."""
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded word (as many Korean mailers send)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(text, ctype="plain", cte="base64"):
    body = b64(text) if cte == "base64" else qp(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://sotdol-note.tistory.com/entry/가을-모임-후기"
TISTORY = "https://sotdol-note.tistory.com" + quote("/entry/가을-모임-후기")

N = [
    None,
    "https://blog.naver.com/moonlit_ggo/223561000101",
    "https://blog.naver.com/moonlit_ggo/223561000245",
    "https://blog.naver.com/sanbit_7/223559812030",
    "https://cafe.naver.com/quietlake/48213",
    "https://cafe.naver.com/quietlake/48377",
    "https://cafe.naver.com/hanbam2020/1203",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471203344",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110427&memberNo=5521903",
    "https://blog.naver.com/dalgeurim_88/223570044512",
    "https://cafe.naver.com/hanbam2020/1288",
    "https://blog.naver.com/sanbit_7/223560001877",
    "https://tv.naver.com/v/58812033",
]
K = [
    None,
    "https://cafe.daum.net/heukdol/Ab3f/331",
    TISTORY,
    "https://brunch.co.kr/@pinecone77/54",
    "https://cafe.daum.net/heukdol/Ab3f/347",
]
Y = [
    None,
    "https://www.youtube.com/watch?v=Qm7vT2kLp0A",
    "https://www.youtube.com/watch?v=bR4nX9wEe1c",
    "https://www.youtube.com/shorts/Hk2Lq8ZtY6s",
    "https://www.youtube.com/watch?v=Z0pW3sJd7Uf",
    "https://www.youtube.com/@midnight_gossip_tv",
]
D = [
    None,
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    "https://gall.dcinside.com/mgallery/board/view/?id=lakeside&no=44120",
    "https://gall.dcinside.com/mgallery/board/view/?id=lakeside&no=44187",
]
B = [
    None,
    "https://band.us/band/81234567/post/2201",
    "https://band.us/band/81234567/post/2245",
]
N6 = "https://blog.naver.com/haneul_sori/223575500912"
K7 = "https://cafe.daum.net/bomnal-eumak/Qx9k/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240909-01", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "privacy", "개인정보 노출 및 명예훼손 게시물 (통신심의소위 의결)", N[1:]),
    ("KCSC-240910-02", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "defamation", "Daum 카페, 티스토리, 브런치 게시물", K[1:]),
    ("KCSC-240911-03", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "defamation", "허위사실 유포 영상 및 채널", Y[1:]),
    ("KCSC-240912-04", "dcinside", "2024-09-12T09:30:00+09:00", "2024-09-19T23:59:59+09:00",
     "privacy", "신상정보 게시 갤러리 글", D[1:]),
    ("KCSC-240913-05", "band", "2024-09-13T11:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "illegal_trade", "의약품 불법 판매 게시글", B[1:]),
    ("KCSC-240913-06", "naver", "2024-09-13T15:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "defamation", "블로그 게시물 1건", [N6]),
    ("KCSC-240919-07", "kakao", "2024-09-19T09:10:00+09:00", "2024-09-26T23:59:59+09:00",
     "gambling", "불법 도박 홍보 카페글 1건", [K7]),
]


def msgid(ref):
    return "kcsc-" + ref[5:].lower() + "@kcsc.example"


def reqid(ref):
    return msgid(ref).split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def raw(u):
    """How a mailer shows the URL (the Tistory path unencoded)."""
    return TISTORY_RAW if u == TISTORY else u


def request_body(ref, urls, date_line):
    """Our own request as quoted back by platforms."""
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        f"위원회 의결에 따라 아래 정보에 대하여 시정요구(문서번호 {ref})를 하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw(u)}")
    lines += ["", "방송통신심의위원회 불법정보 대응팀", "takedown@kcsc.example", date_line]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


R1 = "KCSC-240909-01"
R2 = "KCSC-240910-02"
R3 = "KCSC-240911-03"
R4 = "KCSC-240912-04"
R5 = "KCSC-240913-05"
R6 = "KCSC-240913-06"
R7 = "KCSC-240919-07"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ NAVER (R1, R6)

case(
    name="naver-gongmun-text-table-all12",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, 16, 20, 11),
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
    reply_to_req=reqid(R1),
    body=f"""
수신: 방송통신심의위원회 (통신심의국)
참조: 불법정보 대응팀
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 2024. 9. 9.자 시정요구(문서번호 {R1})와 관련하여 당사가
   조치한 결과를 아래와 같이 회신합니다.

                               - 아    래 -

 연번 | 대상 URL                                                  | 조치결과
------+-----------------------------------------------------------+------------------------------
  1   | {N[1]}           | 삭제
  2   | {N[2]}           | 삭제
  3   | {N[3]}              | 임시조치(30일)
  4   | {N[4]}                    | 삭제
  5   | {N[5]}                    | 게시물 없음(작성자 삭제)
  6   | {N[6]}                    | 삭제
  7   | {N[7]} | 삭제
  8   | {N[8]} | 비공개 처리
  9   | {N[9]}          | 조치 불가(위반사항 확인되지 않음)
 10   | {N[10]}                    | 게시물 없음(존재하지 않는 URL)
 11   | {N[11]}              | 임시조치(30일)
 12   | {N[12]}                           | 국내 접근 제한

3. 연번 9의 게시물은 특정인을 식별할 수 있는 정보가 포함되어 있지 않아
   당사 운영정책상 조치 대상에 해당하지 않는 것으로 판단하였습니다.
   추가 자료를 보내주시면 재검토하겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상주소) | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구에 대한 조치결과 통보 with a text table (연번 | URL | 조치결과)",
    why="trusted NAVER 공문, one row per item: 삭제/비공개 -> removed, 임시조치/국내 접근 제한 -> restricted, 게시물 없음 -> not_found, 조치 불가 with reason -> rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "removed",
           N[9]: "rejected", N[10]: "not_found", N[11]: "restricted", N[12]: "restricted"},
)

html_a2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터 권리보호팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구 건({R1}) 중 처리가 완료된 항목의 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일자</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>게시중단</td><td>2024.09.11</td></tr>
<tr><td>2</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>3</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>4</td><td><a href="{N[9]}">{N[9]}</a></td><td>임시조치</td><td>2024.09.11</td></tr>
<tr><td>5</td><td><a href="{N[10]}">{N[10]}</a></td><td>해당 게시물을 찾을 수 없음</td><td>-</td></tr>
</table>
<p>나머지 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>게시중단 요청 서비스 안내: <a href="https://help.naver.com/service/5640/contents/rights">https://help.naver.com/service/5640/contents/rights</a></p>
<p style="color:#888">본 메일은 발신 전용이 아니며, 회신하시면 담당자에게 전달됩니다.<br>NAVER Corp.</p>
</body></html>"""

case(
    name="naver-html-qp-partial-table",
    **{"from": "rights-help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d(11, 18, 5, 40),
    subject=enc(f"RE: 시정요구 조치결과 안내 [{R1}]"),
    reply_to_req=reqid(R1),
    raw_mime=single(html_a2, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML result mail with a 처리 결과 table, quoted-printable",
    why="HTML table rows name five items each with its result; the help page link is not an item; the rest is a promise about unnamed items",
    items={N[1]: "removed", N[4]: "removed", N[7]: "removed", N[9]: "restricted", N[10]: "not_found"},
)

csv_a3 = "\n".join([
    "번호,게시물 URL,처리결과,처리일시,비고",
    f"1,{N[5]},삭제,2024-09-12 10:14,",
    f"2,{N[6]},삭제,2024-09-12 10:15,",
    f"3,{N[8]},비공개 처리,2024-09-12 10:31,작성자 외 열람 불가",
    f"4,{N[11]},유지,2024-09-12 11:02,사실에 기반한 이용 후기로 판단되어 조치하지 않음",
    f"5,{N[12]},접근 제한,2024-09-12 11:20,청소년 이용불가(성인인증 필요)",
]) + "\n"
mime_a3 = f"""Content-Type: multipart/mixed; boundary="----=_NVR_Part_5521_0912"

------=_NVR_Part_5521_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원팀입니다.

{R1} 시정요구 건에 대한 1차 조치결과를 첨부 파일(CSV)로 송부드립니다.
첨부 파일에 포함되지 않은 항목은 현재 검토 중입니다.

감사합니다.
네이버 정책지원팀 드림
''')}

------=_NVR_Part_5521_0912
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv_a3)}

------=_NVR_Part_5521_0912--
"""

case(
    name="naver-csv-attachment-first-batch",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, 11, 40, 2),
    subject=enc(f"[NAVER] {R1} 1차 조치결과 송부"),
    reply_to_req=reqid(R1),
    raw_mime=mime_a3,
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sent as a CSV attachment (번호,URL,처리결과,처리일시,비고)",
    why="CSV rows: 삭제/비공개 -> removed, 유지 with reason -> rejected, 접근 제한 (청소년 이용불가) -> restricted",
    items={N[5]: "removed", N[6]: "removed", N[8]: "removed", N[11]: "rejected", N[12]: "restricted"},
)

case(
    name="naver-blind-sole-item",
    **{"from": "noreply-inoti@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(13, 17, 32, 9),
    subject=enc(f"[네이버] 게시중단 요청 처리 결과 안내 ({R6})"),
    reply_to_req=reqid(R6),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 접수하신 요청(관리번호 {R6})에 대한 처리 결과를 안내드립니다.

요청하신 블로그 게시물은 검토 결과 타인의 명예를 훼손할 소지가 있는 것으로
판단되어 블라인드 처리되었습니다.

처리 내역은 게시중단요청서비스 > 마이페이지에서도 확인하실 수 있습니다.
https://inoti.naver.com/mypage/list

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (블라인드 처리), naming no URL",
    why="one-item request referenced by number; 블라인드 처리되었습니다 is an unhedged removal; the mypage link is not an item",
    items={N6: "removed"},
)

case(
    name="naver-imsijochi-notice-two-posts",
    **{"from": "noreply-inoti@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(10, 20, 11, 45),
    subject=enc("[네이버] 요청하신 게시물에 대한 임시조치 안내"),
    body=f"""
안녕하세요. 네이버입니다.

방송통신심의위원회에서 요청하신 아래 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2에 따라 30일간 임시조치하였습니다.

■ 요청번호: {R1}
■ 대상 게시물
  - {N[3]}
  - {N[11]}
■ 임시조치 기간: 2024.09.10 ~ 2024.10.09

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리되며,
그 결과는 다시 안내드리겠습니다.

네이버 게시중단요청서비스
https://inoti.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2, 30일)",
    why="임시조치 of two named posts: restricted (the brief maps 임시조치 to restricted); the 재게시 sentence is about the future, not a status",
    items={N[3]: "restricted", N[11]: "restricted"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "cafe_support@navercorp.com"},
    name_from=enc("김서윤 (네이버 카페 운영지원)"),
    date=d(11, 9, 52, 30),
    subject=enc(f"RE: 시정요구 {R1} 카페 게시글 건"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당 김서윤입니다.

{R1} 건 중 카페 게시글 관련해서 먼저 회신드려요.

quietlake 카페 글 {N[4]} 은 오늘 오전에 삭제했습니다.
48377번 글({N[5]})은 확인해 보니 작성자가 9월 10일에 직접 지운 글이라
현재 존재하지 않습니다. 저희 쪽에서 따로 조치할 건 없었습니다.

블로그 건들은 담당 부서에서 따로 회신드릴 예정입니다.
수고하세요!

김서윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER Cafe operations staff member",
    why="48213 deleted today -> removed; 48377 deleted by its author and no longer exists -> not_found; blog items only promised",
    items={N[4]: "removed", N[5]: "not_found"},
)

case(
    name="naver-url-particles-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(13, 14, 3, 12),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건 중 남아 있던 항목의 검토 결과를 알려드립니다.

{N[9]}는 게시중단 처리되었습니다.
{N[11]}의 경우, 작성자가 직접 겪은 일을 적은 이용 후기로서 운영정책 위반이
확인되지 않아 게시를 유지하기로 하였습니다.
네이버TV 영상（{N[12]}）은 청소년 이용불가로 지정하여 연령 제한을 적용하였습니다.

검토 의견에 이견이 있으시면 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team prose reply, URLs followed by Korean particles and full-width parentheses",
    why="URL+는 게시중단 -> removed; URL+의 경우 ... 게시를 유지 with reason -> rejected; video in full-width parentheses given an age restriction -> restricted",
    items={N[9]: "removed", N[11]: "rejected", N[12]: "restricted"},
)

case(
    name="naver-top-post-over-gmail-quote",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(10, 15, 47, 0),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
아래 요청 중 두 건 먼저 조치 결과 알려드립니다.

{N[2]} - 삭제 완료
{N[6]} - 삭제 완료

그 외 항목은 검토 중이며, 완료되는 대로 회신드리겠습니다.

2024년 9월 9일 (월) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_body(R1, N[1:], "2024. 9. 9."))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted 시정요구",
    why="two items restated above the quote with 삭제 완료 -> removed; the other ten appear only in the quoted request and stay pending",
    items={N[2]: "removed", N[6]: "removed", N[1]: "pending", N[3]: "pending"},
)

case(
    name="naver-heading-then-url-lists",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(11, 13, 15, 27),
    subject=enc(f"{R1} 조치결과"),
    body=f"""
방송통신심의위원회 담당자님께,

{R1} 시정요구 관련하여 다음과 같이 처리하였습니다.

아래 게시물은 게시중단(삭제) 조치하였습니다.

- {N[1]}
- {N[7]}

아래 게시물은 이미 삭제되어 존재하지 않습니다.

- {N[10]}

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply grouping URLs under a heading sentence per result",
    why="heading sentence applies to the bulleted URLs below it: two removed, one no longer exists -> not_found",
    items={N[1]: "removed", N[7]: "removed", N[10]: "not_found"},
)

case(
    name="naver-url-then-arrow-status",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, 10, 2, 51),
    subject=enc(f"[NAVER] 지식iN·포스트·TV 게시물 조치결과 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
서비스별 조치 결과는 다음과 같습니다.

[지식iN]
{N[7]}
→ 질문 및 답변 삭제

[네이버 포스트]
{N[8]}
→ 비공개 처리 (작성자 본인만 열람 가능)

[네이버TV]
{N[12]}
→ 국내 접속 차단

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER per-service result list, bare URL with the status on the line below",
    why="status on the line under each URL: 삭제 -> removed, 비공개 처리 -> removed, 국내 접속 차단 -> restricted",
    items={N[7]: "removed", N[8]: "removed", N[12]: "restricted"},
)

outlook_req = request_body(R1, N[1:], "2024. 9. 9.")
case(
    name="naver-outlook-original-message",
    **{"from": "jh.park@navercorp.com"},
    name_from=enc("박준혁"),
    date=d(13, 9, 20, 4),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
{R1} 관련 추가 조치 결과입니다.

1) {N[3]} : 삭제
2) {N[5]} : 해당 글 없음 (이미 삭제된 게시물)

박준혁 | NAVER 정책지원팀
Tel. 031-000-0000

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 ({R1})

""" + "\n".join(outlook_req) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="two numbered lines above the original: 삭제 -> removed, 해당 글 없음 -> not_found; the request's list below is quoted and changes nothing",
    items={N[3]: "removed", N[5]: "not_found", N[1]: "pending", N[12]: "pending"},
)

case(
    name="naver-angle-bracket-urls",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, 15, 30, 0),
    subject=enc(f"RE: 시정요구 {R1} 블로그·카페 게시물"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요.

요청하신 블로그·카페 게시물 처리 결과입니다.

<{N[2]}> : 게시중단
<{N[3]}> : 게시중단
<{N[6]}> : 게시 유지 (언론 보도를 인용한 글로, 특정인의 개인정보가
포함되어 있지 않은 것으로 판단)

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with URLs in angle brackets, one result per line",
    why="게시중단 -> removed twice; 게시 유지 with its reason -> rejected",
    items={N[2]: "removed", N[3]: "removed", N[6]: "rejected"},
)

case(
    name="naver-receipt-plus-already-deleted",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d(10, 11, 8, 33),
    subject=enc(f"[네이버 고객센터] 요청이 접수되었습니다 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 요청이 정상적으로 접수되었습니다.
접수번호: NV-0910-88213

참고로, 요청 목록 중 {N[5]} 은(는) 접수 전에 작성자에
의해 이미 삭제된 게시물임을 확인하였습니다.
나머지 건은 처리 완료 후 별도로 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also states one result",
    why="an acknowledgement phrase plus an unhedged statement: the cafe post was already deleted by its author -> not_found",
    items={N[5]: "not_found"},
)

# ================================================================ Kakao (R2, R7)

case(
    name="kakao-gongmun-all-four",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(13, 16, 44, 18),
    subject=enc(f"시정요구({R2}) 조치결과 회신"),
    reply_to_req=reqid(R2),
    body=f"""
주식회사 카카오

수신자  방송통신심의위원회 위원장
(경유)
제  목  시정요구({R2}) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.

2. 관련: 방송통신심의위원회 시정요구({R2}, 2024. 9. 10.)

3. 위 관련 호로 요청하신 정보에 대하여 당사 운영정책 및 관련 법령에 따라
   아래와 같이 조치하였음을 알려드립니다.

  가. Daum 카페 게시글 {K[1]} : 삭제
  나. Daum 카페 게시글 {K[4]} : 블라인드
  다. 티스토리 게시글({TISTORY_RAW})은 국내 이용자 대상 접근 제한
  라. 브런치 게시글 {K[3]} : 조치하지 않음
      (작성자 개인의 의견 표명으로, 심의 기준상 불법정보에 해당하지
      않는 것으로 판단)

붙임  없음.  끝.

주식회사 카카오 정책팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (수신자/제목/관련/가·나·다·라 list) 조치결과 회신",
    why="삭제/블라인드 -> removed; Tistory (raw Korean path) 국내 접근 제한 -> restricted; Brunch 조치하지 않음 with reason -> rejected",
    items={K[1]: "removed", K[4]: "removed", K[2]: "restricted", K[3]: "rejected"},
)

case(
    name="kakao-tistory-base64-informal",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    date=d(11, 14, 22, 5),
    subject=enc(f"RE: 시정요구 {R2} 티스토리 게시글"),
    reply_to_req=reqid(R2),
    raw_mime=single(f"""안녕하세요, 티스토리 운영팀입니다.

요청 주신 {TISTORY_RAW} 게시글은 오늘 자로 게시중단 처리했습니다.
블로그 운영자에게도 운영정책 위반 안내를 발송하였습니다.

Daum 카페와 브런치 건은 각 서비스 담당자가 회신드릴 예정입니다.

감사합니다.
티스토리 운영팀
""", "plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Tistory operations informal reply, base64 body, raw Korean URL path",
    why="the Tistory post (raw Korean path, percent-encoded in requests.csv) 게시중단 처리 -> removed; other services only promised",
    items={K[2]: "removed"},
)

case(
    name="kakao-daum-cafe-sole-item",
    **{"from": "cafe-help@kakaocorp.com"},
    name_from=enc("Daum 카페 운영팀"),
    date=d(19, 16, 40, 0),
    subject=enc(f"[Daum 카페] 요청하신 게시글 처리 결과 ({R7})"),
    reply_to_req=reqid(R7),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

{R7}로 요청하신 카페 게시글은 확인 결과 불법 사행성 홍보에 해당하여
운영정책에 따라 삭제 조치되었습니다. 해당 카페에는 운영정책 위반 경고가
함께 부과되었습니다.

카페 운영정책: https://cafe.daum.net/_policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 result notice for one post, no URL",
    why="one-item request, explicit 삭제 조치되었습니다 -> removed; the policy link is not an item",
    items={K7: "removed"},
)

html_k = f"""<div style="font-family:Dotum,sans-serif">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>문의하신 Daum 카페 게시글({R2})에 대한 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시글</th><th>결과</th></tr>
<tr><td>{K[1]}</td><td>블라인드 처리</td></tr>
<tr><td>{K[4]}</td><td>게시물이 존재하지 않음</td></tr>
</table>
<p>블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 보이지 않습니다.</p>
<p>카카오 고객센터 드림</p>
</div>"""

case(
    name="kakao-qp-html-two-cafe-posts",
    **{"from": "cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d(12, 12, 12, 12),
    subject=enc(f"[카카오] 문의하신 내용에 대한 답변입니다 ({R2})"),
    reply_to_req=reqid(R2),
    raw_mime=single(html_k, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 HTML answer mail with a two-row result table, quoted-printable",
    why="블라인드 처리 -> removed; 게시물이 존재하지 않음 -> not_found",
    items={K[1]: "removed", K[4]: "not_found"},
)

# ================================================================ YouTube (R3)

case(
    name="yt-legal-english-geo-and-global",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(13, 3, 14, 27),
    subject=f"[{R3}] Your legal request to YouTube",
    reply_to_req=reqid(R3),
    body=f"""
Hello,

Thank you for your legal request ({R3}). After reviewing the content you
reported, we have taken the following action:

- {Y[1]} : blocked from view in South Korea based on local law
- {Y[2]} : blocked from view in South Korea based on local law
- {Y[3]} : removed globally for violating our Community Guidelines

You can learn more about how we handle government requests at
https://support.google.com/youtube/answer/7002043

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail (local-law block vs Community Guidelines removal)",
    why="two videos blocked in South Korea -> restricted; the Short removed globally -> removed; the help link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-korean-restricted-and-terminated",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    date=d(12, 17, 5, 0),
    subject=enc(f"신고하신 콘텐츠에 대한 검토 결과 ({R3})"),
    reply_to_req=reqid(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

신고하신 콘텐츠를 검토했습니다.

아래 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 제한되었습니다:
{Y[4]}

또한 채널 {Y[5]} 은(는) 커뮤니티 가이드 위반이 반복되어
해지되었습니다.

YouTube 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal outcome in Korean (대한민국에서 제한, 채널 해지)",
    why="video on the line under its statement restricted in Korea -> restricted; channel terminated -> removed",
    items={Y[4]: "restricted", Y[5]: "removed"},
)

case(
    name="yt-no-action-and-uploader-deleted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(14, 2, 41, 9),
    subject=f"Re: [{R3}] Your legal request to YouTube",
    reply_to_req=reqid(R3),
    body=f"""
Hello,

We've completed our review of the remaining items in your request.

We've decided not to take action on {Y[2]}. It does not violate our
Community Guidelines, and we were unable to identify sufficient legal grounds
for restricting it in South Korea.

The video {Y[1]} is no longer available on YouTube: it was deleted by the
uploader before we completed our review.

If you have additional information, you can reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'decided not to take action' legal reply",
    why="not to take action with reasons -> rejected; deleted by the uploader -> not_found",
    items={Y[2]: "rejected", Y[1]: "not_found"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(12, 22, 10, 33),
    subject=f"[{R3}] Update on your request",
    reply_to_req=reqid(R3),
    body=f"""
Hi there,

Following our review, the content at {Y[3]} has been actioned under our
policies.

For an overview of our Community Guidelines, see
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
You can track your submissions at https://support.google.com/legal/dashboard

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' outcome (configured phrase)",
    why="configured phrase for YouTube -> removed; policy and dashboard links are not items",
    items={Y[3]: "removed"},
)

case(
    name="yt-korean-staff-gmail-quote",
    **{"from": "jihoon.lee@google.com"},
    name_from=enc("이지훈"),
    date=d(13, 10, 6, 41),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 ({R3})"),
    reply_to_req=reqid(R3),
    body=f"""
안녕하세요, YouTube 코리아 정책팀 이지훈입니다.

요청하신 항목 중 {Y[4]} 는 커뮤니티 가이드 위반으로 삭제되었습니다.
나머지 항목은 본사 법무팀에서 회신드릴 예정입니다.

감사합니다.
이지훈 드림

2024년 9월 11일 (수) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_body(R3, Y[1:], "2024. 9. 11."))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea staff member's Gmail reply over the quoted request",
    why="one video named above the quote as deleted -> removed; quoted URLs stay pending",
    items={Y[4]: "removed", Y[1]: "pending", Y[5]: "pending"},
)

# ================================================================ DC Inside (R4)

case(
    name="dc-operator-informal-three",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date=d(12, 17, 55, 20),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R4})"),
    reply_to_req=reqid(R4),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청하신 건({R4}) 처리 결과 알려드립니다.

주식 갤러리 글 {D[1]} 삭제 처리했습니다.
lakeside 마이너 갤러리 44120번 글 {D[2]} 도 삭제했고요,
44187번 글({D[3]})은 작성자가 먼저 지워서 현재 없는 글입니다.

추가 요청 있으시면 이 메일로 회신 주세요.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 고객센터 informal operator reply",
    why="two posts deleted -> removed; third deleted by its author -> not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-wrapped-url-numbered",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(13, 11, 21, 0),
    subject=enc(f"{R4} 처리결과"),
    reply_to_req=reqid(R4),
    body=f"""
요청 게시물 처리 결과입니다.

1. https://gall.dcinside.com/mgallery/board/view/?id=lakeside&
no=44187
   -> 게시물 삭제 및 작성자 IP 차단
2. {D[1]}
   -> 게시물 유지 (운영원칙 위반 사항 없음, 공개된 기업 공시 내용 인용)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator list with a long URL wrapped by the mailer",
    why="first URL wrapped after '&' (a clerk joins it) -> removed; second kept with reason -> rejected",
    items={D[3]: "removed", D[1]: "rejected"},
)

html_dc = f"""<html><body>
<p><b>디시인사이드 조치결과 회신</b></p>
<p>수신: 방송통신심의위원회<br>제목: 시정요구({R4})에 대한 조치결과</p>
<p>귀 위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였습니다.</p>
<table border="1" cellpadding="3">
<tr><td>연번</td><td>URL</td><td>조치내용</td></tr>
<tr><td>1</td><td>{D[1].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>2</td><td>{D[2].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>3</td><td>{D[3].replace('&', '&amp;')}</td><td>해당 게시물 없음</td></tr>
</table>
<p>(주)디시인사이드 운영팀</p>
</body></html>"""

case(
    name="dc-gongmun-html-base64",
    **{"from": "operation@dcinside.com"},
    name_from=enc("디시인사이드"),
    date=d(13, 15, 0, 0),
    subject=enc(f"[디시인사이드] 시정요구({R4}) 조치결과"),
    reply_to_req=reqid(R4),
    raw_mime=single(html_dc, "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style HTML table (연번/URL/조치내용), base64",
    why="삭제 twice -> removed; 해당 게시물 없음 -> not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# ================================================================ BAND (R5)

case(
    name="band-two-posts-named",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(18, 10, 30, 0),
    subject=enc(f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=reqid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 {B[1]} 은 운영정책(불법 상품 거래) 위반으로 삭제되었습니다.

{B[2]} 은 이미 삭제되었거나 존재하지 않는 게시글입니다.

안전한 BAND 이용을 위해 협조해 주셔서 감사합니다.
BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 report outcome notice",
    why="first post deleted -> removed; second 이미 삭제되었거나 존재하지 않는 -> not_found (either way it cannot be found)",
    items={B[1]: "removed", B[2]: "not_found"},
)

# ================================================================ review

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(10, 17, 0, 0),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R1})"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 건에 대해서는 내부 검토를 거쳐 순차적으로
게시중단 조치할 예정입니다.

- {N[1]}
- {N[2]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal 'will process sequentially' interim reply",
    why="조치할 예정입니다 is a promise, not a statement; named items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-under-review",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(12, 4, 2, 0),
    subject=f"[{R3}] Your legal request to YouTube",
    reply_to_req=reqid(R3),
    body=f"""
Hello,

Thanks for your patience. The following items are currently under review by
our legal team:

{Y[1]}
{Y[2]}

We'll follow up with you once a decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'currently under review' follow-up",
    why="under review is not a status; named items stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(11, 16, 18, 0),
    subject=enc(f"RE: 시정요구({R2}) 관련 문의"),
    reply_to_req=reqid(R2),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

확인해 보니 {K[1]} 게시물은 이미 삭제된 것으로 보입니다.
다만 카페 운영 기록을 확인해야 해서, 누가 언제 삭제했는지는 추가로 확인한
뒤 정식으로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao policy team interim reply with a hedge (삭제된 것으로 보입니다)",
    why="'appears to be deleted' is a hedge, and the formal answer is promised; item stays pending",
    items={K[1]: "pending"},
)

case(
    name="dc-promise-author-deadline",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date=d(13, 9, 45, 0),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R4})"),
    reply_to_req=reqid(R4),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

{D[1]} 건은 작성자에게 자진 삭제를 요청해 두었습니다.
9월 20일까지 삭제되지 않으면 운영자 권한으로 삭제할 예정입니다.
{D[3]} 도 같은 절차로 진행하고 있습니다.

처리되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator reply: author asked to self-delete, deletion conditional on a deadline",
    why="a request to the author and a conditional promise; nothing has happened to the items yet",
    items={D[1]: "pending", D[3]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(16, 10, 0, 0),
    subject=enc(f"[회신] 시정요구({R1}) 조치 완료"),
    reply_to_req=reqid(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 보고

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. {R1}로 요청하신 게시물 12건 전부에 대하여 삭제 조치를 완료하였음을
   알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short 공문 '요청 게시물 전부 조치 완료' reply",
    why="one statement about all twelve items of a multi-item request without naming any: bulk, items pending",
    items={u: "pending" for u in N[1:]},
)

case(
    name="band-bulk-both-deleted",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(16, 14, 0, 0),
    subject=enc(f"[BAND] 요청하신 게시글 처리 완료 ({R5})"),
    reply_to_req=reqid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

{R5} 건으로 요청하신 게시글 2건은 모두 운영정책 위반이 확인되어
삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND 고객센터 'all reported posts deleted' notice",
    why="'both posts deleted' for a two-item request, naming neither: bulk, items pending",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    auth="fail",
    date=d(14, 3, 12, 0),
    subject=enc(f"[회신] 시정요구({R1}) 조치결과"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 다음 건을 삭제하였습니다.

{N[1]}
{N[4]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER result mail failing DKIM/SPF/DMARC",
    why="claims removals but the navercorp.com sender fails authentication: untrusted, items pending",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "lakeside.gallmgr@gmail.com"},
    name_from=enc("lakeside 갤러리 매니저"),
    date=d(12, 21, 3, 0),
    subject=enc(f"시정요구 {R4} 관련 - 갤러리 매니저입니다"),
    body=f"""
안녕하세요. lakeside 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 연락드립니다.

위원회에서 요청하신 44120번 글
{D[2]}
제가 매니저 권한으로 지웠습니다.

확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a DC Inside minor-gallery manager (volunteer moderator) writing from a personal Gmail",
    why="a gallery manager is not the platform; gmail.com is no platform's sender domain",
    items={D[2]: "pending"},
)

case(
    name="naver-band-wrong-platform",
    **{"from": "band-policy@navercorp.com"},
    name_from=enc("NAVER BAND 정책팀"),
    date=d(17, 11, 0, 0),
    subject=enc(f"RE: 시정요구 {R5} 밴드 게시글"),
    reply_to_req=reqid(R5),
    body=f"""
안녕하세요. NAVER BAND 정책팀입니다.

요청하신 밴드 게시글 처리 결과입니다.

{B[1]} : 삭제
{B[2]} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND result sent from the parent company's NAVER domain",
    why="navercorp.com is NAVER's domain in the configuration, the items are BAND's (band.us): wrong_platform, items pending",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-asks-for-resolution-copy",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(11, 10, 40, 0),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R1}) - 자료 요청"),
    reply_to_req=reqid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 검토를 위해 추가 자료가 필요합니다.

 - {N[4]}
 - {N[6]}

시정요구 의결서 사본과 위반 내용을 특정할 수 있는 자료(해당 부분 캡처 등)를
회신으로 보내주시면 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for the 의결서 and supporting material",
    why="asks the regulator for documents before acting; items stay pending",
    items={N[4]: "pending", N[6]: "pending"},
)

case(
    name="kakao-contact-change-notice",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(18, 9, 0, 0),
    subject=enc("[카카오] 기관 요청 공문 수신 창구 변경 안내"),
    body="""
안녕하세요. 카카오 정책팀입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 공문 수신 창구가 아래와 같이
변경됩니다.

 - 변경 전: policy@kakaocorp.com
 - 변경 후: gov-request@kakaocorp.com

변경 이후 기존 주소로 보내주신 공문도 당분간 자동으로 전달되나, 원활한 처리를
위해 새 주소 이용을 부탁드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice that its official-request mailbox changes",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

# ================================================================ ignored

case(
    name="naver-ooo-chuseok",
    **{"from": "jh.park@navercorp.com"},
    name_from=enc("박준혁"),
    date=d(14, 8, 0, 5),
    subject=enc(f"자동 회신: [방송통신심의위원회] 시정요구 독촉 ({R1})"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
추석 연휴(9월 14일 ~ 9월 18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.

급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

박준혁 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (추석 연휴 부재중)",
    why="out-of-office auto-reply",
    items={},
)

dsn_k = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-20240910-k1"

--dsn-20240910-k1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@kakaocorp.com>: host inbound.kakaocorp.com said:
    550 5.1.1 <policy-old@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-20240910-k1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: {d(10, 10, 0, 4)}

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-20240910-k1
Content-Type: text/rfc822-headers

From: {enc("방송통신심의위원회")} <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: {enc("[방송통신심의위원회] 시정요구 (" + R2 + ")")}
Date: {d(10, 10, 0, 0)}
Message-ID: <{msgid(R2)}>

--dsn-20240910-k1--
"""

case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d(10, 10, 0, 6),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn_k,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for our request",
    why="delivery status notification, not a statement",
    items={},
)

mdn_y = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-yt-0911"

--mdn-yt-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a read receipt for the mail that you sent to legal-kr@google.com.

Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--mdn-yt-0911
Content-Type: message/disposition-notification

Reporting-UA: google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{msgid(R3)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-yt-0911--
"""

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal KR",
    date=d(11, 10, 31, 0),
    subject=enc(f"읽음: [방송통신심의위원회] 시정요구 ({R3})"),
    raw_mime=mdn_y,
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 read receipt (message/disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date=d(12, 9, 31, 10),
    subject=enc(f"[디시인사이드] 문의가 접수되었습니다 (접수번호 2024091200417)"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2024091200417
 - 문의 제목: [방송통신심의위원회] 시정요구 ({R4})
 - 접수 일시: 2024-09-12 09:31

답변은 영업일 기준 3일 이내에 이 메일 주소로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside 고객센터 문의 접수 자동 안내",
    why="pure ticket receipt, no statement about any item",
    items={},
)

case(
    name="band-report-received-echo",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=d(13, 11, 2, 0),
    subject=enc("[BAND] 신고가 접수되었습니다 / Your report has been received"),
    body=f"""
안녕하세요. BAND입니다.
보내주신 신고가 접수되었습니다. 검토 후 운영정책에 따라 처리됩니다.

Hello, we have received your report. It will be reviewed under our policies.

-- 신고 내용 / Your report --
신고 유형: 불법 상품 거래
신고 대상:
{B[1]}
{B[2]}
요청 기관: 방송통신심의위원회 ({R5})

신고번호: BR-55120934
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND bilingual report receipt echoing the report",
    why="acknowledgement with the report echoed back; no statement about the posts",
    items={B[1]: "pending", B[2]: "pending"},
)

mdn_n = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="nv-mdn-0910"

--nv-mdn-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''수신 확인

보낸 메일: [방송통신심의위원회] 시정요구 ({R1})
받는 사람: policy@navercorp.com
읽은 시간: 2024-09-10 (화) 09:14

이 확인 메일은 받는 사람이 메일을 열어 보았음을 알려 줄 뿐, 내용을 읽고
이해했음을 뜻하지는 않습니다.
''')}

--nv-mdn-0910
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid(R1)}>
Disposition: manual-action/MDN-sent-manually; displayed

--nv-mdn-0910--
"""

case(
    name="naver-read-receipt-korean",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(10, 9, 14, 30),
    subject=enc(f"수신 확인: [방송통신심의위원회] 시정요구 ({R1})"),
    raw_mime=mdn_n,
    outcome="ignored", classification="read_receipt",
    imitates="Korean-language MDN (수신 확인) from a corporate mail system",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-request-received",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(11, 10, 15, 0),
    subject=f"[{R3}] We've received your legal request",
    reply_to_req=reqid(R3),
    body=f"""
Hello,

Thanks for reaching out. We've received your legal request ({R3}) and it has
been assigned reference number 3-9814000027734.

We'll review your request and get back to you. Please keep the reference
number in the subject line of any further correspondence.

Regards,
The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal request receipt with a reference number",
    why="pure acknowledgement; 'we'll review' is the usual receipt wording",
    items={},
)

HEADER = """# Blind set 833 (Korean replies: NAVER, Kakao/Daum/Tistory/Brunch,
# YouTube Korea, DC Inside, BAND). Written by tests/corpus/blind833/make.py
# from each email's meaning, before any run of the reader. Each case is
# ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind833", HEADER, CASES)


if __name__ == "__main__":
    main()
