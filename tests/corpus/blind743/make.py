#!/usr/bin/env python3
"""Blind set blind743: Korean-language replies from NAVER, Kakao/Daum,
YouTube Korea, DC Inside and BAND (공문-style 조치결과 replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies).

Written without reading the reader (src/) or any other corpus set; every
expected result comes from the meaning of the email alone.

    python3 tests/corpus/blind743/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

SET = "blind743"


def enc(s):
    """RFC 2047 B-encoding for a header value holding non-ASCII text."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=998)


WD = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon",
      10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon",
      17: "Tue", 18: "Wed", 19: "Thu"}


def D(day, hh, mm, ss=0):
    return f"{WD[day]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "후기-모음"

N = [
    "https://blog.naver.com/moonlit_teapot/223501112233",
    "https://blog.naver.com/moonlit_teapot/223501112240",
    "https://blog.naver.com/greyfinch_77/223498870011",
    "https://blog.naver.com/greyfinch_77/223498870054",
    "https://cafe.naver.com/bluefoxtrade/88121",
    "https://cafe.naver.com/bluefoxtrade/88130",
    "https://cafe.naver.com/bluefoxtrade/88177",
    "https://cafe.naver.com/nightcitymarket/4410",
    "https://cafe.naver.com/nightcitymarket/4415",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470012345",
    "https://post.naver.com/viewer/postView.naver?volumeNo=36001122&memberNo=51234567",
    "https://blog.naver.com/hanriver_owl/223510009876",
    "https://in.naver.com/softpaw/contents/internal/712345678901234",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=30112233&articleid=5521",
]
N = [None] + N  # N[1] .. N[14]

K = [None,
     "https://cafe.daum.net/wildplum/Ab3x/1021",
     "https://cafe.daum.net/wildplum/Ab3x/1022",
     "https://hanbit-notes.tistory.com/entry/" + quote(TISTORY_SLUG),
     "https://brunch.co.kr/@quietstone/57",
     "https://cafe.daum.net/silvercoin99/QfR2/388"]
K3_RAW = "https://hanbit-notes.tistory.com/entry/" + TISTORY_SLUG

Y = [None,
     "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
     "https://www.youtube.com/watch?v=b7RkN0wYc4E",
     "https://www.youtube.com/shorts/Zp8uL1dKq9S",
     "https://www.youtube.com/@dalbit_tv_fake"]

DC = [None,
      "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
      "https://gall.dcinside.com/mgallery/board/view/?id=lilacpond&no=20871",
      "https://gall.dcinside.com/mgallery/board/view/?id=lilacpond&no=20874"]

B = [None,
     "https://band.us/band/81234567/post/1203",
     "https://band.us/band/81234567/post/1207"]

S1 = "https://blog.naver.com/pebble_garden/223522224444"
P1 = "https://pf.kakao.com/_qXkzb/104553211"

R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03",
                              "KCSC-240905-04", "KCSC-240906-05", "KCSC-240909-06",
                              "KCSC-240910-07")

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N[1:],
     "illegal_trade", "blogs/cafes/KnowledgeiN/Post/Influencer"),
    (R2, "kakao", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", K[1:],
     "defamation", "Daum cafe/Tistory/Brunch"),
    (R3, "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", Y[1:],
     "illegal_gambling", ""),
    (R4, "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", DC[1:],
     "privacy", ""),
    (R5, "band", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00", B[1:],
     "obscene", ""),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [S1],
     "deepfake_sexual_abuse", ""),
    (R7, "kakao", "2024-09-10T13:00:00+09:00", "2024-09-17T18:00:00+09:00", [P1],
     "drug_trade", ""),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request_r1(prefix="> "):
    lines = [f"[{R1}] 시정요구 통보 (불법 거래 정보)", "",
             "네이버 정책지원팀 귀하,", "",
             "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 통보하오니",
             "2024. 9. 9.까지 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i in range(1, 15):
        lines.append(f"{i}. {N[i]}")
    lines += ["", "방송통신심의위원회 심의지원팀"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


NAVER_NAME = enc("네이버 정책지원팀")
KAKAO_NAME = enc("카카오 정책협력팀")
YT_NAME = enc("YouTube 법무팀")
DC_NAME = enc("디시인사이드 운영팀")
BAND_NAME = enc("밴드 고객센터")

cases = []

# ======================================================== APPLIED (26)

cases.append(dict(
    name="naver-gongmun-14-table",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(4, 17, 42, 11),
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 통보"), reply_to_req=msgid(R1),
    body=f"""
수신: 방송통신심의위원회 심의지원팀
참조: 시정요구 담당자
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 통보하신 시정요구에 대하여 아래와 같이 조치하였음을 알려드립니다.

                              - 아    래 -

번호 | URL | 조치결과 | 조치일
1 | {N[1]} | 삭제 | 2024-09-03
2 | {N[2]} | 삭제 | 2024-09-03
3 | {N[3]} | 임시조치(30일) | 2024-09-03
4 | {N[4]} | 해당 게시물 없음(작성자 삭제) | -
5 | {N[5]} | 게시중단 | 2024-09-03
6 | {N[6]} | 게시중단 | 2024-09-03
7 | {N[7]} | 미조치(운영정책 위반 사항 없음) | -
8 | {N[8]} | 블라인드 | 2024-09-04
9 | {N[9]} | 블라인드 | 2024-09-04
10 | {N[10]} | 삭제 | 2024-09-04
11 | {N[11]} | 비공개 처리 | 2024-09-04
12 | {N[12]} | 국내 접근제한 | 2024-09-04
13 | {N[13]} | 존재하지 않는 URL | -
14 | {N[14]} | 삭제 | 2024-09-04

3. 7번 게시물은 확인 결과 거래 알선이 아닌 단순 이용 후기로 판단되어 게시를 유지하였습니다.
4. 조치 내용에 관한 문의는 아래 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원실
담당 한서윤 | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a pipe table (번호/URL/조치결과/조치일)",
    why="trusted NAVER reply stating a result for each of the 14 URLs in a table",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "rejected", N[8]: "removed",
           N[9]: "removed", N[10]: "removed", N[11]: "removed", N[12]: "restricted",
           N[13]: "not_found", N[14]: "removed"},
))

html_rows = [
    (N[5], "블라인드", "2024.09.05"),
    (N[6], "임시조치 (30일)", "2024.09.05"),
    (N[7], "게시물 없음 (이미 삭제됨)", "-"),
    (N[8], "게시중단", "2024.09.05"),
    (N[9], "조치 불가 (운영원칙 위반 아님, 게시 유지)", "-"),
]
html = ["<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">",
        "<p>안녕하세요. 네이버 카페 운영정책 담당자입니다.</p>",
        f"<p>{R1} 건으로 요청하신 카페 게시글의 처리 결과를 알려드립니다.</p>",
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
        "<tr><th>No</th><th>게시글 주소</th><th>처리 결과</th><th>처리일</th></tr>"]
for i, (u, st, d) in enumerate(html_rows, 1):
    html.append(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{st}</td><td>{d}</td></tr>")
html += ["</table>",
         "<p>카페 운영원칙은 <a href=\"https://section.cafe.naver.com/ca-fe/rule\">여기</a>에서 확인하실 수 있습니다.</p>",
         "<p>감사합니다.<br>네이버 카페 운영정책팀 드림</p>", "</body></html>"]
cases.append(dict(
    name="naver-cafe-html-table-qp",
    **{"from": "cafe_policy@navercorp.com"}, name_from=enc("네이버 카페"), date=D(5, 10, 8, 30),
    subject=enc(f"[네이버 카페] 게시글 처리 결과 안내 ({R1})"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-743-cafe"

--alt-743-cafe
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("이 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.")}

--alt-743-cafe
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(chr(10).join(html))}

--alt-743-cafe--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe HTML notification mail with a result table (text part only says 'view as HTML')",
    why="HTML table gives one result per cafe URL; the text part has nothing",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "not_found", N[8]: "removed", N[9]: "rejected"},
))

csv_rows = "\ufeff번호,URL,처리결과,비고\n" + "\n".join([
    f"10,{N[10]},삭제,",
    f"11,{N[11]},게시물 없음,작성자가 이미 삭제",
    f"12,{N[12]},블라인드,",
    f"13,{N[13]},임시조치,30일 후 재검토",
    f"14,{N[14]},삭제,",
]) + "\n"
cases.append(dict(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(5, 16, 20, 5),
    subject=enc(f"RE: [{R1}] 시정요구 통보 (불법 거래 정보) - 잔여 건 조치결과"),
    reply_to_req=msgid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="mix-743-csv"

--mix-743-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원실입니다.

{R1} 건 중 10~14번 URL에 대한 조치결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

한서윤 드림

--mix-743-csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv_rows)}

--mix-743-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-desk reply carrying the per-URL result as a UTF-8 (BOM) CSV attachment",
    why="CSV attachment states a result for items 10-14",
    items={N[10]: "removed", N[11]: "not_found", N[12]: "removed", N[13]: "restricted", N[14]: "removed"},
))

cases.append(dict(
    name="naver-blog-sole-blind",
    **{"from": "blog_help@naver.com"}, name_from=enc("네이버 블로그"), date=D(10, 9, 15, 44),
    subject=enc(f"Re: [{R6}] 게시물 삭제 요청"), reply_to_req=msgid(R6),
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물은 검토 결과 서비스 운영정책에 위배되는 것으로 확인되어
블라인드 처리하였습니다.

더 궁금하신 사항은 고객센터(https://help.naver.com/service/5593)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply to a one-post request (블라인드 처리하였습니다)",
    why="one-item request, unhedged 블라인드 statement naming no URL: applies to the sole item",
    items={S1: "removed"},
))

cases.append(dict(
    name="naver-imsi-url-below",
    **{"from": "noreply_right@navercorp.com"}, name_from=enc("네이버 게시중단요청서비스"),
    date=D(9, 18, 2, 17),
    subject=enc(f"[네이버] 게시물 임시조치 안내 ({R6})"),
    body=f"""
[네이버 게시중단요청서비스]

안녕하세요. 네이버입니다.

귀하의 요청에 따라 아래 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한
법률 제44조의2에 근거한 임시조치(30일)를 하였습니다.

{S1}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은
삭제됩니다. 게시중단요청서비스 안내: https://right.naver.com/

※ 본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 안내 mail (statement, URL on the line below)",
    why="임시조치 of the one named post = restricted; the later deletion is only conditional",
    items={S1: "restricted"},
))

cases.append(dict(
    name="naver-gmail-toppost",
    **{"from": "seoyun.han@navercorp.com"}, name_from=enc("한서윤"), date=D(3, 14, 11, 2),
    subject=enc(f"Re: [{R1}] 시정요구 통보 (불법 거래 정보)"), reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 네이버 정책지원실 한서윤입니다.

먼저 처리된 두 건 공유드립니다.
{N[12]} 삭제 조치 완료했습니다.
{N[13]} 는 게시자가 이미 삭제해서 현재 존재하지 않는 콘텐츠입니다.

나머지 URL은 확인되는 대로 정리해서 공문으로 회신드리겠습니다.

한서윤 드림

2024년 9월 2일 (월) 오전 10:00, KCSC 심의지원팀 <takedown@kcsc.example>님이 작성:
{quoted_request_r1()}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply over the quoted request (Korean 'ㅇㅇ님이 작성:' header)",
    why="two unquoted statements (12 removed, 13 not_found); the 14 quoted URLs and the promise are not statements",
    items={N[12]: "removed", N[13]: "not_found"},
))

cases.append(dict(
    name="naver-url-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(4, 11, 31, 50),
    subject=enc(f"[{R1}] 블로그 게시물 2건 검토 결과"), reply_to_req=msgid(R1),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

{R1} 중 블로그 게시물 2건에 대한 검토 결과를 알려드립니다.

{N[3]}은 국내 이용자 대상 접근 제한 조치하였습니다.
반면 {N[4]}의 경우 판매 글이 아닌 개인 의견 글로 확인되어,
운영정책 위반 소지가 없다고 판단하여 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy desk prose reply with Korean particles glued to the URLs (…011은, …054의 경우)",
    why="item 3 restricted in Korea; item 4 kept up with a reason (rejected)",
    items={N[3]: "restricted", N[4]: "rejected"},
))

cases.append(dict(
    name="kakao-gongmun-numbered",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_NAME, date=D(5, 15, 3, 9),
    subject=enc(f"[카카오] 시정요구({R2}) 조치결과 회신"), reply_to_req=msgid(R2),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 귀 기관의 노고에 감사드립니다.
2. 2024. 9. 3.자 시정요구({R2})에 대하여 당사의 조치결과를 아래와 같이 회신합니다.

  1) {K[1]}
     - 조치결과: 삭제 (2024. 9. 4.)
  2) {K[2]}
     - 조치결과: 삭제 (2024. 9. 4.)
  3) {K3_RAW}
     - 조치결과: 임시조치 (2024. 9. 4. ~ 10. 4.)
  4) {K[4]}
     - 조치결과: 비공개 처리
  5) {K[5]}
     - 조치결과: 해당 게시물 없음 (기 삭제 또는 잘못된 주소)

3. 관련 운영정책: https://www.kakao.com/policy/oppolicy   끝.

주식회사 카카오 정책협력팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 시정요구 조치결과 회신, numbered list with '- 조치결과:' under each URL (raw Korean Tistory path)",
    why="each of the five URLs has its own result line below it",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "removed", K[5]: "not_found"},
))

cases.append(dict(
    name="kakao-tistory-base64",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=D(4, 20, 47, 31),
    subject=enc("[티스토리] 권리침해 신고 처리 결과 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 카카오 고객센터입니다.

{R2} 건으로 접수하신 권리침해 신고의 처리 결과를 안내드립니다.

신고 대상: {K3_RAW}
처리 결과: 해당 글은 권리침해 신고에 따라 게시중단 처리되었습니다.

처리 결과에 이의가 있는 경우 고객센터(https://cs.kakao.com/)를 통해 문의해 주세요.

카카오 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre 권리침해 신고 처리 결과 mail, base64 body, Korean Tistory path written raw",
    why="the named Tistory post is 게시중단 (removed); the raw Korean path matches the percent-encoded request URL",
    items={K[3]: "removed"},
))

cases.append(dict(
    name="kakao-daum-cafe-bullets",
    **{"from": "cafe_operation@daum.net"}, name_from=enc("Daum 카페 운영팀"), date=D(4, 13, 26, 0),
    subject=enc(f"RE: [{R2}] 다음카페 게시글 조치 결과"), reply_to_req=msgid(R2),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 다음카페 게시글 처리 결과입니다.

 • {K[1]} : 블라인드
 • {K[2]} : 블라인드

해당 카페 운영자에게는 운영정책 위반 경고를 별도로 안내하였습니다.
Tistory, 브런치 건은 각 서비스 담당 부서에서 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, bulleted 'URL : 블라인드' lines",
    why="two named cafe posts blinded (removed); other items only promised",
    items={K[1]: "removed", K[2]: "removed"},
))

cases.append(dict(
    name="kakao-channel-angle-brackets",
    **{"from": "channel_safety@kakao.com"}, name_from=enc("카카오톡 채널 운영팀"), date=D(11, 10, 4, 12),
    subject=enc(f"Re: [{R7}] 카카오톡 채널 게시물 삭제 요청"), reply_to_req=msgid(R7),
    body=f"""
안녕하세요, 카카오톡 채널 운영팀입니다.

<{P1}> 게시물은 카카오톡 채널 운영정책(불법 상품 거래 금지) 위반으로
삭제되었으며, 해당 채널에는 30일 이용제한이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Talk channel safety reply with the URL in angle brackets",
    why="named channel post deleted",
    items={P1: "removed"},
))

cases.append(dict(
    name="kakao-brunch-refusal",
    **{"from": "brunch_help@kakaocorp.com"}, name_from=enc("브런치팀"), date=D(6, 11, 58, 40),
    subject=enc(f"[브런치] 게시중단 요청 검토 결과 ({R2})"),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 브런치 글 {K[4]} 에 대해 검토하였습니다.

해당 글은 작가 본인의 경험을 서술한 글로, 특정인을 식별할 수 있는 정보나
허위 사실이 확인되지 않아 카카오 운영정책상 조치 대상에 해당하지 않습니다.
이에 별도 조치 없이 게시를 유지합니다.

추가 자료(법원 판결문 등)가 있으시면 다시 요청해 주시기 바랍니다.

브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch/Kakao refusal of a defamation takedown with its reason",
    why="named post kept online because it breaks no rule: rejected (the offer to resubmit is not a request for info)",
    items={K[4]: "rejected"},
))

cases.append(dict(
    name="yt-korean-legal-outcome",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_NAME, date=D(6, 19, 12, 3),
    subject=enc(f"[6-4431900087012] YouTube 법적 삭제 요청 검토 결과 ({R3})"),
    body=f"""
안녕하세요.

YouTube에 제출하신 법적 요청({R3})을 검토하였습니다.

다음 콘텐츠는 대한민국 법률에 따른 요청으로 확인되어 대한민국에서 해당 콘텐츠에
대한 액세스를 차단하였습니다.
- {Y[1]}
- {Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서 삭제되었습니다.
- {Y[3]}

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
법적 삭제 요청 관련 도움말: https://support.google.com/youtube/answer/6154218

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block vs global Community Guidelines removal)",
    why="two videos blocked in Korea (restricted), the Short removed globally; policy links are not items",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
))

cases.append(dict(
    name="yt-english-channel-terminated",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support", date=D(7, 2, 40, 55),
    subject=f"Re: [{R3}] Removal request - illegal gambling promotion [6-4431900087012]",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

Thank you for your notice.

After review, we have terminated the following channel for violating YouTube's
policies on spam, deceptive practices and scams:
{Y[4]}

We have reviewed the following content and, at this time, we will not be
taking action on it, as it does not appear to violate our policies and we did
not find sufficient basis for local removal:
{Y[1]}

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support English outcome: channel terminated, one video declined",
    why="channel terminated (removed); video declined with reason (rejected) - 'does not appear to violate' is the refusal's reason, not a hedge on the status",
    items={Y[4]: "removed", Y[1]: "rejected"},
))

cases.append(dict(
    name="yt-age-restricted-korean",
    **{"from": "youtube-trust-kr@youtube.com"}, name_from=enc("YouTube 신뢰 및 안전팀"), date=D(5, 22, 5, 18),
    subject=enc(f"YouTube 신고 검토 완료 안내 - {R3}"),
    body=f"""
안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고해 주신 Shorts 동영상을 검토한 결과, 삭제 기준에는 해당하지 않으나
미성년자에게 부적절한 내용이 포함되어 있어 연령 제한을 적용하였습니다.
이제 이 동영상은 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

  {Y[3]}

연령 제한 정책: https://support.google.com/youtube/answer/2802167

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube trust-and-safety Korean notice of an age restriction",
    why="age-restricted = restricted (not rejected, although 'not removed')",
    items={Y[3]: "restricted"},
))

yt_html = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>안녕하세요.</p>
<p>요청 번호 {R3} 의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{Y[2]}">{Y[2]}</a><br>결과: 정책 위반으로 삭제됨</li>
<li><a href="{Y[1]}">{Y[1]}</a><br>결과: 동영상을 찾을 수 없음 (업로더가 이미 삭제함)</li>
</ul>
<p>- YouTube 팀</p>
<p style="color:#888;font-size:11px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
<a href="https://www.youtube.com/t/terms">서비스 약관</a></p>
</div></body></html>"""
yt_text = f"""안녕하세요.

요청 번호 {R3} 의 처리 결과를 알려드립니다.

* {Y[2]}
  결과: 정책 위반으로 삭제됨
* {Y[1]}
  결과: 동영상을 찾을 수 없음 (업로더가 이미 삭제함)

- YouTube 팀"""
cases.append(dict(
    name="yt-html-qp-results",
    **{"from": "noreply-legal@google.com"}, name_from=enc("YouTube"), date=D(9, 8, 17, 26),
    subject=enc(f"YouTube 요청 처리 결과 ({R3})"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-743-yt"

--alt-743-yt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_text)}

--alt-743-yt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}

--alt-743-yt--
""",
    outcome="applied", classification="confirmation",
    imitates="Google notification mail, multipart/alternative, both parts quoted-printable, 'URL' then '결과:' line",
    why="one video removed, the other already deleted by its uploader (not_found)",
    items={Y[2]: "removed", Y[1]: "not_found"},
))

cases.append(dict(
    name="dc-informal-arrows",
    **{"from": "op_team@dcinside.com"}, name_from=DC_NAME, date=D(5, 16, 49, 13),
    subject=enc(f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청"), reply_to_req=msgid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 3건 확인했습니다. 결과 아래와 같습니다.

- {DC[1]} → 삭제
- {DC[2]} → 삭제
- {DC[3]} → 이미 작성자가 지운 글이라 확인 불가

작성자 IP는 갤러리 이용 차단 걸어두었습니다.
추가로 올라오는 글 있으면 또 알려주세요.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply with 'URL → 결과' arrows",
    why="two posts deleted, one already deleted by its author (not_found)",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found"},
))

cases.append(dict(
    name="dc-url-then-status-line",
    **{"from": "help@dcinside.com"}, name_from=enc("디시인사이드 고객센터"), date=D(6, 10, 22, 7),
    subject=enc(f"[디시인사이드] 신고 처리 결과 안내 - {R4}"),
    body=f"""
[디시인사이드] 신고 처리 결과 안내

접수번호: DC-0906-55812
관련 요청: {R4}

{DC[1]}
처리: 삭제 및 작성자 차단(7일)

{DC[2]}
처리: 미삭제 - 뉴스 기사 인용 글로 개인정보 노출이 확인되지 않음

※ 디시인사이드 이용약관: https://www.dcinside.com/policy
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside help-desk 신고 처리 결과 notice, bare URL with '처리:' on the next line",
    why="item 1 deleted; item 2 not deleted with its reason (rejected)",
    items={DC[1]: "removed", DC[2]: "rejected"},
))

cases.append(dict(
    name="band-two-posts",
    **{"from": "safety@band.us"}, name_from=BAND_NAME, date=D(9, 14, 30, 41),
    subject=enc(f"[BAND] 신고하신 게시글 처리 결과 ({R5})"),
    body=f"""
안녕하세요, 밴드 고객센터입니다.

신고하신 게시글({B[1]})은 밴드 운영정책의 음란물 게시 금지 조항 위반으로
삭제되었습니다.

함께 신고하신 {B[2]} 은 확인 결과 작성자가 이미 삭제한 게시글로
현재 존재하지 않습니다.

밴드 운영정책: https://band.us/policy/oppolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 mail (URL in parentheses, URL followed by 은)",
    why="post 1203 deleted, post 1207 already deleted by its author",
    items={B[1]: "removed", B[2]: "not_found"},
))

cases.append(dict(
    name="naver-echoed-report",
    **{"from": "report_noreply@navercorp.com"}, name_from=enc("네이버 신고센터"), date=D(3, 21, 12, 50),
    subject=enc("[네이버 신고센터] 신고하신 내용의 처리 결과를 알려드립니다"),
    body=f"""
네이버 신고센터입니다.
신고하신 내용에 대한 처리 결과를 알려드립니다.

■ 신고 내용
 - 신고일시: 2024.09.02 10:04
 - 신고 서비스: 카페
 - 신고 URL: {N[8]}
 - 신고 사유: 불법 상품 거래 ({R1})

■ 처리 결과
 위 게시물은 카페 운영원칙 위반으로 확인되어 게시중단 처리되었습니다.
 - 처리일시: 2024.09.03 20:55

네이버 고객센터 https://help.naver.com
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail that echoes the report (신고 내용) above the result (처리 결과)",
    why="'위 게시물' is the one echoed URL, now 게시중단 (removed)",
    items={N[8]: "removed"},
))

cases.append(dict(
    name="naver-outlook-original-message",
    **{"from": "cafe_policy@navercorp.com"}, name_from=enc("김도현"), date=D(4, 9, 40, 22),
    subject=enc(f"RE: [{R1}] 시정요구 통보 (불법 거래 정보)"), reply_to_req=msgid(R1),
    body=f"""
안녕하십니까, 네이버 카페 운영정책팀 김도현입니다.

bluefoxtrade 카페 게시글 3건 처리 결과 회신드립니다.

{N[5]} - 블라인드 처리
{N[6]} - 임시조치(30일)
{N[7]} - 거래 글이 아닌 후기 글로, 카페 운영원칙 위반이 아니어서 게시 유지

감사합니다.
김도현 드림

-----Original Message-----
From: "KCSC 심의지원팀"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Cc: <cafe_policy@navercorp.com>;
Sent: 2024-09-02 (월) 10:00:00 (GMT+09:00)
Subject: [{R1}] 시정요구 통보 (불법 거래 정보)

{quoted_request_r1(prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works/Outlook-style reply above '-----Original Message-----' with the request unquoted below",
    why="three statements above the original message; the 14 URLs in the original below are not statements",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected"},
))

qp_text = f"""안녕하세요. 네이버 지식iN·포스트 운영 담당자입니다.

{R1} 건 중 지식iN 및 네이버 포스트 게시물의 처리 결과를 알려드립니다.

지식iN 질문 {N[10]} 삭제 완료하였습니다.
네이버 포스트 {N[11]} 확인 결과 이미 삭제된 포스트로 존재하지 않습니다.

감사합니다."""
cases.append(dict(
    name="naver-kin-post-qp-softbreaks",
    **{"from": "kin_post@navercorp.com"}, name_from=enc("네이버 지식iN"), date=D(4, 15, 6, 38),
    subject=enc(f"[{R1}] 지식iN/포스트 처리 결과"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-desk reply in quoted-printable; the long query-string URLs are split by soft line breaks",
    why="KnowledgeiN question deleted, Post already gone (not_found)",
    items={N[10]: "removed", N[11]: "not_found"},
))

cases.append(dict(
    name="yt-fullwidth-parens",
    **{"from": "legal-kr@google.com"}, name_from=enc("구글코리아 법무팀"), date=D(10, 17, 51, 0),
    subject=enc(f"RE: [{R3}] 불법 도박 홍보 동영상 시정요구"), reply_to_req=msgid(R3),
    body=f"""
안녕하세요, 구글코리아 법무팀입니다.

요청 1번（{Y[1]}）은 커뮤니티 가이드 위반으로 YouTube에서 삭제되었고,
요청 2번（{Y[2]}）은 국내법 위반 소지가 확인되어 대한민국 내 시청이 제한되었습니다.

나머지 항목은 앞서 회신드린 내용과 같습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal staff prose reply, URLs inside full-width parentheses",
    why="video 1 removed, video 2 restricted in Korea; 'as answered before' names nothing",
    items={Y[1]: "removed", Y[2]: "restricted"},
))

cases.append(dict(
    name="kakao-ack-plus-statement",
    **{"from": "cs_reply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=D(4, 9, 5, 30),
    subject=enc(f"[카카오 고객센터] 문의 접수 및 처리 안내 ({R2})"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
보내주신 요청이 정상적으로 접수되었습니다. (접수번호 #2409-118273)

확인 결과 아래 게시물은 삭제 조치를 완료하였습니다.
{K[5]}

나머지 게시물은 담당 부서 확인 후 순차적으로 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre receipt that also reports one finished removal",
    why="acknowledgement phrase plus an unhedged removal of one named post: not a pure acknowledgement",
    items={K[5]: "removed"},
))

cases.append(dict(
    name="naver-cafe-closed",
    **{"from": "cafe_policy@navercorp.com"}, name_from=enc("네이버 카페"), date=D(6, 13, 14, 45),
    subject=enc(f"[{R1}] 카페 게시글 조치 결과 안내"),
    body=f"""
안녕하세요. 네이버 카페 운영정책팀입니다.

요청하신 게시글 {N[14]} 이 속한 카페는
불법 거래 알선이 반복적으로 확인되어 카페 폐쇄 조치되었습니다.
이에 따라 해당 게시글을 포함한 카페 내 모든 게시글에 더 이상 접근할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe closure notice naming one requested article",
    why="the cafe was closed, so the named article is no longer reachable by anyone: removed",
    items={N[14]: "removed"},
))

cases.append(dict(
    name="kakao-brunch-private",
    **{"from": "brunch_help@kakaocorp.com"}, name_from=enc("브런치팀"), date=D(5, 18, 30, 19),
    subject=enc(f"[브런치] 요청하신 글 처리 결과 ({R2})"),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 글은 운영정책 위반(명예훼손)으로 비공개 처리하였습니다.
  ▶ {K[4]}
해당 작가에게는 경고 안내가 발송되었습니다.

브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch notice of a post made private (비공개 처리) after a defamation report",
    why="비공개 처리 of the named post = removed",
    items={K[4]: "removed"},
))

# ======================================================== REVIEW (11)

cases.append(dict(
    name="naver-promise-under-review",
    **{"from": "seoyun.han@navercorp.com"}, name_from=enc("한서윤"), date=D(3, 11, 2, 9),
    subject=enc(f"Re: [{R1}] 시정요구 통보 (불법 거래 정보)"), reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 네이버 정책지원실 한서윤입니다.

{N[1]} 은 오늘 중 삭제 예정이고,
{N[2]} 은 법무 검토가 진행 중입니다.
검토가 끝나는 대로 전체 결과를 공문으로 회신드리겠습니다.

한서윤 드림
""",
    outcome="review", review="not_understood",
    imitates="staff interim reply: one removal scheduled, one under legal review",
    why="'삭제 예정' is a promise and '검토 중' no result: both items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
))

cases.append(dict(
    name="kakao-hedged-reply",
    **{"from": "cafe_operation@daum.net"}, name_from=enc("Daum 카페 운영팀"), date=D(3, 19, 44, 3),
    subject=enc(f"RE: [{R2}] 다음카페 게시글"), reply_to_req=msgid(R2),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

1차로 확인해 보니 {K[1]} 은 이미 카페 운영자가 삭제한 것으로 보이고,
{K[2]} 도 현재는 비공개 상태인 것 같습니다.
정확한 처리 내역은 내일 시스템 기록을 확인한 뒤 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator's first-look reply with hedges (…한 것으로 보이고, …인 것 같습니다)",
    why="both statements are hedged; items stay pending",
    items={K[1]: "pending", K[2]: "pending"},
))

cases.append(dict(
    name="yt-conditional-removal",
    **{"from": "youtube-trust-kr@youtube.com"}, name_from=enc("YouTube 신뢰 및 안전팀"), date=D(5, 9, 12, 0),
    subject=enc(f"YouTube 신고 처리 진행 안내 - {R3}"),
    body=f"""
안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고하신 동영상 {Y[2]} 에 대해 업로더에게 소명 기회를 부여하였습니다.
업로더가 7일 이내에 소명하지 않거나 소명이 받아들여지지 않는 경우
해당 동영상은 삭제될 예정입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice that the uploader was given a chance to respond before removal",
    why="removal is conditional and future: pending",
    items={Y[2]: "pending"},
))

cases.append(dict(
    name="naver-bulk-all-14",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(6, 17, 0, 12),
    subject=enc(f"[회신] {R1} 조치 완료"), reply_to_req=msgid(R1),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

{R1}으로 통보하신 게시물 14건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line portal confirmation covering a whole request ('14건 전체 게시중단')",
    why="a statement about all 14 items without naming any: bulk, items pending",
    items={u: "pending" for u in N[1:]},
))

cases.append(dict(
    name="band-bulk-band-suspended",
    **{"from": "safety@band.us"}, name_from=BAND_NAME, date=D(7, 11, 20, 36),
    subject=enc(f"[BAND] 신고 처리 결과 ({R5})"),
    body=f"""
안녕하세요, 밴드 고객센터입니다.

신고하신 밴드(https://band.us/band/81234567)는 운영정책 위반이 확인되어
밴드 전체가 이용정지되었습니다. 이에 따라 요청하신 게시글 2건 모두
더 이상 열람할 수 없습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="BAND notice that the whole band was suspended, covering the reported posts",
    why="'게시글 2건 모두' for a two-item request without naming the posts: bulk; the band URL is not an item",
    items={B[1]: "pending", B[2]: "pending"},
))

cases.append(dict(
    name="naver-forged-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(3, 8, 1, 55), auth="fail",
    subject=enc(f"[회신] {R1} 조치결과"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

아래 게시물을 삭제하였습니다.
1. {N[1]}
2. {N[2]}

감사합니다.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="NAVER-looking confirmation whose DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
))

cases.append(dict(
    name="kakao-cafe-manager-gmail",
    **{"from": "wildplum.manager@gmail.com"}, name_from=enc("들자두 카페지기"), date=D(4, 0, 37, 14),
    subject=enc(f"[{R2}] 카페 게시글 삭제했습니다"),
    body=f"""
안녕하세요. 다음카페 '들자두' 카페지기입니다.
카카오에서 연락받고 말씀하신 글 두 개 제가 직접 삭제했습니다.

{K[1]}
{K[2]}

작성자는 카페에서 강퇴 처리했습니다. 확인 부탁드립니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="a Daum cafe manager writing from a personal Gmail address",
    why="sender is no platform's domain: the removals must not be applied",
    items={K[1]: "pending", K[2]: "pending"},
))

cases.append(dict(
    name="naver-answers-for-band",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(9, 16, 3, 3),
    subject=enc(f"[{R5}] 밴드 게시글 관련 회신"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

밴드 서비스 관련 요청({R5})이 당사로 접수되어 대신 회신드립니다.
{B[1]} 은 삭제되었고, {B[2]} 은 게시자가 이미 삭제하였습니다.

앞으로 밴드 관련 요청은 밴드 고객센터로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER policy desk answering for BAND items (BAND is run by NAVER, but configured as its own platform)",
    why="a NAVER sender states statuses for BAND items: wrong_platform (arguable, see NOTES.md)",
    items={B[1]: "pending", B[2]: "pending"},
))

cases.append(dict(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(12, 10, 0, 0),
    subject=enc("[안내] 시정요구 공문 수신 담당자 변경"),
    body="""
안녕하세요. 네이버 정책지원실입니다.

2024년 10월 1일부터 시정요구 및 게시중단 요청 공문의 수신 담당자가 변경됩니다.
변경 후에도 수신 주소(policy@navercorp.com)는 동일하며, 긴급 건은
대표번호로 연락 주시면 담당자가 바로 확인하겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a change of the person receiving regulator letters",
    why="trusted NAVER mail naming no item and no request",
    items={},
))

cases.append(dict(
    name="kakao-asks-more-docs",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_NAME, date=D(4, 16, 25, 48),
    subject=enc(f"[{R2}] 추가 자료 요청"), reply_to_req=msgid(R2),
    body=f"""
안녕하세요, 카카오 정책협력팀입니다.

{K3_RAW} 건과 관련하여, 명예훼손 여부를 판단하기 위해
피해 당사자를 특정할 수 있는 자료와 해당 글 중 허위 사실로 판단하신
부분을 구체적으로 알려주시기 바랍니다.

자료를 받는 대로 검토하겠습니다. 감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao policy team asking the regulator for supporting documents",
    why="asks for more information about one named item; no status",
    items={K[3]: "pending"},
))

cases.append(dict(
    name="dc-informal-hedge",
    **{"from": "op_team@dcinside.com"}, name_from=DC_NAME, date=D(5, 12, 8, 30),
    subject=enc(f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청"), reply_to_req=msgid(R4),
    body=f"""
네 확인했습니다.
{DC[1]} 이건 아마 갤러리 관리자가 벌써 지웠을 거예요.
{DC[3]} 은 담당자 출근하면 보고 처리할게요.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator's two-line chatty reply (아마 … 지웠을 거예요 / … 처리할게요)",
    why="a guess and a promise: nothing stated",
    items={DC[1]: "pending", DC[3]: "pending"},
))

# ======================================================== IGNORED (7)

cases.append(dict(
    name="naver-ooo-chuseok",
    **{"from": "seoyun.han@navercorp.com"}, name_from=enc("한서윤"), date=D(14, 9, 0, 3),
    subject=enc(f"[자동응답] 부재중입니다: [{R6}] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요, 한서윤입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 정책지원실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="recognized auto-reply",
    items={},
))

dsn_headers = f"""From: KCSC Takedown <takedown@kcsc.example>
To: safety-report@kakaocorp.com
Subject: {enc(f"[{R2}] 조치 기한 도래 안내")}
Date: Tue, 10 Sep 2024 18:05:00 +0900
Message-ID: <reminder.{R2}.1@kcsc.example>"""
cases.append(dict(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System", date=D(10, 18, 5, 9),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-743-kakao"

--dsn-743-kakao
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-report@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <safety-report@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-743-kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue, 10 Sep 2024 18:05:03 +0900

Final-Recipient: rfc822; safety-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-743-kakao
Content-Type: text/rfc822-headers

{dsn_headers}

--dsn-743-kakao--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) for a reminder sent to a Kakao address",
    why="bounce of our own reminder",
    items={},
))

cases.append(dict(
    name="naver-mdn-read",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_NAME, date=D(2, 11, 3, 27),
    subject=enc(f"읽음 확인: [{R1}] 시정요구 통보 (불법 거래 정보)"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-743-naver"

--mdn-743-naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R1}] 시정요구 통보 (불법 거래 정보)"을(를)
수신자(policy@navercorp.com)가 2024-09-02 11:03에 읽었습니다.

--mdn-743-naver
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-743-naver--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN, 읽음 확인)",
    why="read receipt",
    items={},
))

cases.append(dict(
    name="yt-ticket-receipt-echo",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=D(4, 11, 6, 40),
    subject=enc(f"[6-4431900087012] 법적 요청이 접수되었습니다 ({R3})"),
    body=f"""
안녕하세요.

Google에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
검토 후 이메일로 연락드리겠습니다. 추가 문의 시 아래 참조 번호를 포함해 주세요.

참조 번호: 6-4431900087012

제출 내용 사본
 - 제품: YouTube
 - 신고 대상 URL:
   {Y[1]}
   {Y[2]}
   {Y[3]}
   {Y[4]}
 - 신고 사유: 대한민국 법률 위반 (불법 도박 홍보)

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with a copy of the submission (URLs echoed, no outcome)",
    why="pure acknowledgement: received, will review; the URL list is an echo of our report",
    items={},
))

cases.append(dict(
    name="dc-helpdesk-receipt",
    **{"from": "help@dcinside.com"}, name_from=enc("디시인사이드 고객센터"), date=D(5, 9, 31, 2),
    subject=enc(f"[디시인사이드] 문의가 접수되었습니다 - {R4}"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
디시인사이드 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: DC-0905-55812

영업일 기준 3일 이내에 답변드리겠습니다. (주말, 공휴일 제외)
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk automatic receipt with a ticket number",
    why="pure acknowledgement",
    items={},
))

cases.append(dict(
    name="band-ooo-bilingual",
    **{"from": "jiwoo.park@band.us"}, name_from=enc("박지우"), date=D(16, 8, 0, 41),
    subject=enc(f"자동 회신: Re: [{R5}] 음란물 게시글 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
9/16~9/18 추석 연휴로 부재중입니다. 9/19(목)부터 순차적으로 회신드리겠습니다.
I am out of the office until 19 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply from a BAND staff member",
    why="recognized auto-reply",
    items={},
))

cases.append(dict(
    name="gmail-delay-dsn",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem", date=D(11, 6, 14, 52),
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-743-gm"

--dsn-743-gm
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

** 메시지 전송 지연 **

legal-kr@google.com(으)로 메시지를 전송하는 동안 일시적인 문제가 발생했습니다.
Gmail에서 45시간 동안 전송을 다시 시도합니다. 전송에 실패하면 알려드리겠습니다.

--dsn-743-gm
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 21:10:05 -0700 (PDT)

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 12 Sep 2024 18:10:05 -0700 (PDT)

--dsn-743-gm
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: {enc(f"[{R3}] 조치 기한 도래 안내")}
Message-ID: <reminder.{R3}.1@kcsc.example>

--dsn-743-gm--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delay DSN (Korean text part) for a reminder to YouTube",
    why="delivery report, whoever sent it",
    items={},
))

HEADER = f"""# Blind set {SET}: Korean-language replies (NAVER, Kakao/Daum, YouTube Korea,
# DC Inside, BAND). Generated by make.py; do not edit by hand.
# Written before any run of the reader, from each email's meaning alone.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
