#!/usr/bin/env python3
"""Blind set 677 (Korean portals and Korean-language replies).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: running
it twice changes nothing. Every email was written in our own words, in the
manner of NAVER / Kakao (Daum, Tistory) / YouTube Korea / DC Inside / BAND
replies to a regulator; all names, URLs and ids are fictional. Expected
results were written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind677/make.py
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind677"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/haneul_dal77/223561234501",
    2: "https://blog.naver.com/haneul_dal77/223561234588",
    3: "https://blog.naver.com/pinkmoon_2k/223549900112",
    4: "https://cafe.naver.com/secretlounge21/48211",
    5: "https://cafe.naver.com/secretlounge21/48230",
    6: "https://cafe.naver.com/secretlounge21/48302",
    7: "https://cafe.naver.com/dalbit0419/7712",
    8: "https://blog.naver.com/PostView.naver?blogId=starry_fox9&logNo=223570001245",
    9: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=472100334",
    10: "https://m.blog.naver.com/byeolbit_02/223558812007",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38127744&memberNo=51230987",
    12: "https://blog.naver.com/haneul_dal77/223561299013",
    13: "https://tv.naver.com/v/58812345",
    14: "https://cafe.naver.com/dalbit0419/7790",
}
K4_RAW = "https://moonlit-note.tistory.com/entry/유출-영상-공유"
K = {
    1: "https://cafe.daum.net/moonriver88/Ab3k/1201",
    2: "https://cafe.daum.net/moonriver88/Ab3k/1207",
    3: "https://moonlit-note.tistory.com/57",
    4: "https://moonlit-note.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%98%81%EC%83%81-%EA%B3%B5%EC%9C%A0",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT7pLk2A",
    2: "https://www.youtube.com/watch?v=Zr8vN1cWq4E",
    3: "https://www.youtube.com/shorts/Hb5dK9sPe0M",
    4: "https://www.youtube.com/watch?v=Lw2yF6tJa8R",
    5: "https://www.youtube.com/channel/UCx7fK2m9LpQ3sT1vW8yZ0aB",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=45012",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=45019",
}
B = {
    1: "https://band.us/band/81234567/post/1022",
    2: "https://band.us/band/81234567/post/1031",
}
S1 = "https://blog.naver.com/moruneun_saram/223580014477"
S2 = "https://cafe.daum.net/sunnyroom77/Xk2p/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T11:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_filming", "largest request"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "illegal_filming", "Daum cafe and Tistory"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y[i] for i in range(1, 6)], "deepfake_sexual_abuse", ""),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "personal_info", ""),
    ("KCSC-240906-05", "band", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [B[1], B[2]], "drug_sale", ""),
    ("KCSC-240909-06", "naver", "2024-09-09T15:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [S1], "defamation", "one item"),
    ("KCSC-240910-07", "kakao", "2024-09-10T09:10:00+09:00", "2024-09-17T18:00:00+09:00",
     [S2], "gambling", "one item"),
]


def req_mid(ref):
    return "req-" + ref.split("-", 1)[1].lower()  # req-240902-01


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{req_mid(ref)}@kcsc.example>,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_quote_lines(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


NAVER_REQ_BODY = (
    "수신: NAVER 주식회사 정책지원 담당자\n"
    "제목: 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)\n\n"
    "방송통신심의위원회는 아래 정보에 대하여 시정요구를 결정하였으므로\n"
    "2024. 9. 9.까지 조치하고 그 결과를 회신하여 주시기 바랍니다.\n\n"
    + request_quote_lines([N[i] for i in range(1, 15)])
    + "\n\n방송통신심의위원회 디지털성범죄심의지원단"
)

# ---------------------------------------------------------------- cases
cases = []


def add(**kw):
    cases.append(kw)


# ======================= NAVER, KCSC-240902-01 (14 items) =======================

add(name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 16:40:12 +0900",
    subject="[NAVER] 시정요구에 대한 조치결과 회신 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 위원장 (디지털성범죄심의지원단)
제목  시정요구에 대한 조치결과 회신 (KCSC-240902-01)

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회가 2024. 9. 2. 당사에 통지한 시정요구(KCSC-240902-01)와 관련하여
   당사가 현재까지 확인·조치한 결과를 아래와 같이 회신합니다.

                             - 아    래 -

 연번 | 대상 URL                                          | 조치결과            | 조치일
 -----+---------------------------------------------------+---------------------+-----------
  1   | {N[1]}  | 삭제                | 2024.09.03
  2   | {N[2]}  | 삭제                | 2024.09.03
  3   | {N[3]}   | 임시조치            | 2024.09.03
  4   | {N[4]}       | 게시물 없음(작성자 삭제) | -
  5   | {N[5]}       | 삭제                | 2024.09.04
  6   | {N[6]}       | 블라인드            | 2024.09.04
  7   | {N[7]}            | 조치 불가(위반 사항 미확인) | -

3. 연번 7의 게시물은 당사 검토 결과 시정요구 사유에 해당하는 내용이 확인되지
   않아 게시를 유지하고 있습니다. 추가 자료를 주시면 다시 검토하겠습니다.

4. 나머지 연번(8~14)의 조치 결과는 확인 후 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀 | 담당 김서연 | 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) answering a KCSC 시정요구, with a text table of 조치결과",
    why="trusted NAVER letter, text table row per URL: 삭제/임시조치/게시물 없음/블라인드/조치 불가",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "rejected"})

rows = [
    (1, "삭제", "불법촬영물"), (2, "삭제", "불법촬영물"), (3, "임시조치", "권리침해 소명 대기"),
    (4, "삭제", "불법촬영물"), (5, "삭제", "불법촬영물"),
    (6, "게시물 없음", "작성자가 이미 삭제"), (7, "조치 불가", "운영정책 위반 사항 없음"),
    (8, "삭제", "불법촬영물"), (9, "삭제", "불법촬영물"), (10, "삭제", "불법촬영물"),
    (11, "존재하지 않는 게시물", "잘못된 주소"), (12, "삭제", "불법촬영물"),
    (13, "연령 제한(19세 이상)", "청소년 유해"), (14, "삭제", "불법촬영물"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{N[i].replace('&', '&amp;')}\">{N[i].replace('&', '&amp;')}</a></td>"
    f"<td>{st}</td><td>{why}</td></tr>" for i, st, why in rows)
add(name="naver-html-table-all",
    **{"from": "noreply-policy@navercorp.com"}, name_from="네이버 게시물 정책센터",
    date="Fri, 06 Sep 2024 10:05:33 +0900",
    subject="[네이버] 시정요구 조치결과 통보 - KCSC-240902-01",
    reply_to_req="req-240902-01", type="html",
    body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시물 정책센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(<b>KCSC-240902-01</b>) 14건에 대한 최종 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>임시조치된 게시물은 최대 30일간 접근이 차단되며, 작성자의 재게시 요청이 없으면 삭제됩니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>감사합니다.<br>네이버 게시물 정책센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시물 정책센터 HTML result table for all items of a 시정요구",
    why="HTML table, one row per URL, all 14 items; a policy link is not an item",
    items={N[i]: {"삭제": "removed", "임시조치": "restricted", "게시물 없음": "not_found",
                  "조치 불가": "rejected", "존재하지 않는 게시물": "not_found",
                  "연령 제한(19세 이상)": "restricted"}[st] for i, st, _ in rows})

csv_text = (
    "번호,게시물 URL,조치결과,조치일시,비고\r\n"
    f"8,{N[8]},삭제,2024-09-05 14:10,\r\n"
    f"9,{N[9]},삭제,2024-09-05 14:12,\r\n"
    f"10,{N[10]},임시조치,2024-09-05 14:20,30일 접근 차단\r\n"
    f"11,{N[11]},게시물 없음,-,존재하지 않는 주소\r\n"
    f"12,{N[12]},삭제,2024-09-05 15:02,\r\n"
    f"13,{N[13]},연령제한,2024-09-05 15:30,19세 이상 시청 가능\r\n"
    f"14,{N[14]},게시 유지,-,운영정책 위반 아님\r\n"
)
add(name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:02:44 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240902-01 조치결과 (8~14번)",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_9a7c1e"

--=_nv_9a7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 중 8번부터 14번까지의 조치 결과를 첨부 파일(CSV)로
송부드립니다. 확인 부탁드립니다.

감사합니다.
정책지원팀 이도현 드림

--=_nv_9a7c1e
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_8-14.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_8-14.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_9a7c1e--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (base64)",
    why="CSV rows: 삭제 x3, 임시조치, 게시물 없음, 연령제한, 게시 유지 (rejected)",
    items={N[8]: "removed", N[9]: "removed", N[10]: "restricted", N[11]: "not_found",
           N[12]: "removed", N[13]: "restricted", N[14]: "rejected"})

add(name="naver-cafe-informal-two",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 04 Sep 2024 11:17:09 +0900",
    subject="Re: 시정요구 KCSC-240902-01 관련 카페 게시글 문의",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 고객센터 박지윤입니다.

보내주신 목록 중 카페 게시글 두 건 먼저 답변드립니다.

{N[4]} 글은 오늘 오전에 저희 쪽에서 삭제했습니다.
{N[5]} 글은 확인해 보니 이미 작성자가 직접 지운 상태였어요.

나머지 카페 글은 담당자 확인이 끝나는 대로 따로 연락드릴게요.
좋은 하루 보내세요.

박지윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply from a portal's cafe help desk",
    why="two URLs each with its own plain statement: removed, already deleted by author",
    items={N[4]: "removed", N[5]: "not_found"})

add(name="naver-url-then-status-line",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그팀",
    date="Thu, 05 Sep 2024 09:31:50 +0900",
    subject="[네이버 블로그] KCSC-240902-01 블로그 게시물 처리 결과",
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

귀 위원회 시정요구(KCSC-240902-01) 대상 중 블로그 게시물 3건의 처리 결과입니다.

■ {N[1]}
   → 임시조치 (최대 30일 접근 차단, 작성자 이의제기 가능)

■ {N[2]}
   → 임시조치

■ {N[3]}
   → 삭제 (운영정책 위반)

문의사항은 본 메일로 회신 주시기 바랍니다.
네이버 블로그팀
""",
    outcome="applied", classification="confirmation",
    imitates="portal blog team listing each URL with the result on the line below",
    why="status on the line after each URL; 임시조치 is restricted, 삭제 removed",
    items={N[1]: "restricted", N[2]: "restricted", N[3]: "removed"})

qp_body = f"""네이버 주식회사 정책지원팀

수신: 방송통신심의위원회
참조: 디지털성범죄심의지원단
제목: 시정요구(KCSC-240902-01) 일부 조치 결과 통보

1. 관련: 방송통신심의위원회 시정요구 KCSC-240902-01 (2024. 9. 2.)

2. 위 호와 관련하여 당사의 조치 결과를 다음과 같이 통보합니다.

  가. {N[9]}
      - 조치 내용: 지식iN 질문 및 답변 전체 삭제
  나. {N[10]}
      - 조치 내용: 국내 접근 제한 (임시조치)
  다. {N[11]}
      - 조치 내용: 해당 주소의 게시물이 존재하지 않아 조치 대상 없음

3. 기타 문의는 담당자에게 연락 주시기 바랍니다.  끝.
"""
add(name="naver-qp-gongmun",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 07 Sep 2024 10:12:03 +0900",
    subject="[NAVER] 시정요구(KCSC-240902-01) 일부 조치 결과 통보",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="공문 with 가/나/다 sub-items, quoted-printable body",
    why="가: deleted, 나: 국내 접근 제한 (restricted), 다: no such post (not_found)",
    items={N[9]: "removed", N[10]: "restricted", N[11]: "not_found"})

quoted_req = NAVER_REQ_BODY
add(name="naver-top-posted-over-original",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 03 Sep 2024 18:44:27 +0900",
    subject="RE: 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.

아래 요청 건 중 2건의 처리 결과를 먼저 회신드립니다.

- {N[12]} : 삭제 완료
- {N[13]} : 동영상 비공개 처리 완료

나머지 12건은 서비스별 담당 부서에서 확인 중입니다.

감사합니다.

-----Original Message-----
From: "방송통신심의위원회"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 11:00:00 (GMT+09:00)
Subject: 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)

{quoted_req}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works style top-posted reply over '-----Original Message-----'",
    why="only the two URLs above the quoted request are stated; the quoted list is the regulator's own",
    items={N[12]: "removed", N[13]: "removed"})

add(name="naver-receipt-plus-action",
    **{"from": "inoti@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Mon, 02 Sep 2024 16:05:00 +0900",
    subject="[네이버] 게시중단 요청 접수 및 임시조치 안내 (접수번호 NV-2409-55102)",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 보내주신 요청(KCSC-240902-01)이 접수번호 NV-2409-55102로
정상 접수되었습니다.

긴급 조치가 필요한 것으로 판단된 아래 게시물은 접수 즉시 임시조치하였습니다.
  {N[2]}

임시조치된 게시물은 최대 30일 동안 다른 이용자가 볼 수 없습니다.
나머지 게시물은 검토 후 결과를 다시 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 진행 상황은 https://inoti.naver.com/ 에서 조회하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 receipt that also reports an immediate 임시조치",
    why="acknowledgement plus an unhedged statement about one named URL: not a pure receipt",
    items={N[2]: "restricted"})

add(name="naver-echoed-report-blocks",
    **{"from": "report_noreply@navercorp.com"}, name_from="네이버 신고센터",
    date="Wed, 04 Sep 2024 20:30:41 +0900",
    subject="[네이버 신고센터] 신고하신 게시물 처리 결과 안내",
    body=f"""
네이버 신고센터입니다. 신고하신 내용의 처리 결과를 알려드립니다.

[신고 1]
신고 번호 : RPT-8841207
신고 대상 : {N[6]}
신고 사유 : 불법촬영물 등 (요청번호 KCSC-240902-01)
처리 결과 : 삭제 완료 (2024-09-04 19:52)

[신고 2]
신고 번호 : RPT-8841208
신고 대상 : {N[7]}
신고 사유 : 불법촬영물 등 (요청번호 KCSC-240902-01)
처리 결과 : 게시물이 존재하지 않습니다 (작성자 삭제)

깨끗한 네이버를 위해 신고해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing each report form (신고 대상 / 처리 결과)",
    why="each echoed block pairs one URL with its 처리 결과",
    items={N[6]: "removed", N[7]: "not_found"})

gq = "\n".join("> " + l if l else ">" for l in NAVER_REQ_BODY.split("\n"))
add(name="naver-gmail-quote-below",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Fri, 06 Sep 2024 13:58:02 +0900",
    subject="Re: 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
위원회 담당자님 안녕하세요.

추가로 확인된 두 건 회신드립니다.
{N[8]} 은 오늘 삭제했습니다.
{N[14]} 은 검토 결과 시정요구 사유에 해당하지 않아 삭제하지 않고 게시를 유지합니다.

김서연 드림

2024년 9월 2일 (월) 오전 11:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{gq}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') with the request quoted by '>'",
    why="two unquoted statements (deleted; kept up, no violation); the '>' list is the request",
    items={N[8]: "removed", N[14]: "rejected"})

# ======================= NAVER, KCSC-240909-06 (1 item) =======================

add(name="naver-single-no-url",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그팀",
    date="Tue, 10 Sep 2024 14:25:16 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""
안녕하세요. 네이버 블로그팀입니다.

귀 위원회에서 시정요구하신 블로그 게시물 1건에 대하여
2024년 9월 10일 14시 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER blog team 게시중단 completion notice naming no URL",
    why="unhedged statement about the one item of a one-item request (by ref and thread)",
    items={S1: "removed"})

# ======================= Kakao, KCSC-240903-02 (4) and KCSC-240910-07 (1) =====

add(name="kakao-daum-cafe-blind",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 클린센터",
    date="Wed, 04 Sep 2024 15:48:30 +0900",
    subject="[Daum 카페] 시정요구(KCSC-240903-02) 게시물 블라인드 처리 안내",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 Daum 클린센터입니다.

방송통신심의위원회에서 요청하신 게시물을 검토한 결과, 아래 카페 게시글은
불법촬영물 유통 금지 정책 위반으로 확인되어 블라인드 처리되었습니다.

 - {K[1]}
 - {K[2]}

블라인드 처리된 게시물은 작성자를 포함한 모든 이용자가 볼 수 없으며,
관련 카페에는 운영정책에 따른 이용 제한이 함께 적용되었습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 블라인드 notice listing the cafe posts",
    why="one statement over a list naming each URL: both 블라인드 (removed)",
    items={K[1]: "removed", K[2]: "removed"})

add(name="kakao-tistory-korean-path",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Thu, 05 Sep 2024 10:02:11 +0900",
    subject="[티스토리] KCSC-240903-02 관련 게시물 조치 결과",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

요청하신 티스토리 게시물 2건의 조치 결과를 알려드립니다.

1) {K[3]} 게시물은 운영정책 위반으로 삭제하였습니다.
2) <{K4_RAW}> 게시물은 정보통신망법에 따라 임시조치(30일)하였습니다.

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) result mail with a raw Korean-path URL in angle brackets",
    why="삭제 for the numeric post; 임시조치 for the raw Korean path (matches the percent-encoded item)",
    items={K[3]: "removed", K[4]: "restricted"})

add(name="kakao-mixed-three",
    **{"from": "safety-report@kakaocorp.com"}, name_from="카카오 안전조치팀",
    date="Fri, 06 Sep 2024 17:20:05 +0900",
    subject="RE: 시정요구 KCSC-240903-02 조치결과",
    reply_to_req="req-240903-02",
    body=f"""
방송통신심의위원회 담당자님께,

카카오 안전조치팀입니다. 요청하신 게시물에 대한 검토 결과를 회신드립니다.

1. {K[1]}
   해당 게시글은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아
   게시를 유지합니다.

2. {K[2]}
   불법촬영물로 확인되어 삭제 조치하였습니다.

3. {K[3]}
   존재하지 않는 페이지입니다. 블로그 운영자가 이미 글을 삭제한 것으로 보입니다.

추가로 확인이 필요하신 사항은 회신 부탁드립니다.
카카오 안전조치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team numbered reply mixing kept-up, deleted and not-found",
    why="1 rejected with reason; 2 removed; 3 page does not exist (not_found; the 'seems' only explains why)",
    items={K[1]: "rejected", K[2]: "removed", K[3]: "not_found"})

orig_kakao = (
    "수신: 카카오 안전조치팀\n"
    "제목: 불법촬영물 유통에 대한 시정요구 (KCSC-240903-02)\n\n"
    "아래 정보에 대하여 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n"
    + request_quote_lines([K[i] for i in range(1, 5)])
    + "\n\n방송통신심의위원회"
)
add(name="kakao-outlook-top-posted",
    **{"from": "safety-report@kakaocorp.com"}, name_from="카카오 안전조치팀",
    date="Mon, 09 Sep 2024 09:44:39 +0900",
    subject="RE: 불법촬영물 유통에 대한 시정요구 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 티스토리 게시물 두 건 조치 결과입니다.

{K[3]} - 국내 접속 차단
{K[4]} - 삭제

감사합니다.
카카오 안전조치팀 정민호

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: safety-report@kakaocorp.com
Subject: 불법촬영물 유통에 대한 시정요구 (KCSC-240903-02)

{orig_kakao}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the unprefixed original request",
    why="two statements above '-----Original Message-----'; the request below is quoted",
    items={K[3]: "restricted", K[4]: "removed"})

add(name="kakao-single-url-particle",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 클린센터",
    date="Wed, 11 Sep 2024 11:06:58 +0900",
    subject="[Daum 카페] 시정요구 KCSC-240910-07 처리 결과",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요. Daum 클린센터입니다.

{S2}에 대한 귀 위원회의 시정요구와 관련하여, 해당 게시글을
불법 도박 홍보 게시물로 확인하고 삭제하였음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 one-item result; URL followed directly by the particle '에'",
    why="the URL with a Korean particle attached is still the requested item; deleted",
    items={S2: "removed"})

# ======================= YouTube, KCSC-240904-03 (5 items) =======================

add(name="yt-legal-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 05 Sep 2024 21:14:52 +0900",
    subject="[YouTube] 법적 요청 검토 결과 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 방송통신심의위원회에서 제출하신 요청을 검토한 결과를
안내드립니다.

다음 콘텐츠는 현지 법률에 따라 대한민국 내에서 액세스를 차단했습니다.
{Y[1]}
{Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[3]}

YouTube가 법적 요청을 처리하는 방법은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request outcome in Korean (country block + guideline removal)",
    why="statement line, then URLs below it: two blocked in Korea (restricted), one removed",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"})

add(name="yt-english-channel-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 06:02:19 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for contacting YouTube. After reviewing your request, we have
restricted access to the following video in South Korea based on local law:

  {Y[4]}

In addition, the channel below has been terminated for repeated violations
of our Community Guidelines, and its content is no longer available on
YouTube:

  {Y[5]}

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome (local-law block, channel termination)",
    why="video restricted in South Korea; channel terminated (removed)",
    items={Y[4]: "restricted", Y[5]: "removed"})

add(name="yt-decline-and-gone",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:40:08 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

We have reviewed the content you reported at {Y[1]} and have determined that it
does not violate our Community Guidelines and is not subject to removal under
applicable local law. We will not be taking action on this video at this time.

The video at {Y[2]} was deleted by its uploader before our review, so no
further action is possible.

If you have additional information, you may reply to this email.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action' reply with a reason, plus a video already deleted by its uploader",
    why="first URL stays up, breaks no rule (rejected); second deleted by uploader (not_found)",
    items={Y[1]: "rejected", Y[2]: "not_found"})

yt_rows = [(1, "대한민국 내 액세스 차단"), (2, "대한민국 내 액세스 차단"), (3, "삭제(커뮤니티 가이드 위반)"),
           (4, "연령 제한 적용"), (5, "조치 없음 - 채널 자체는 정책 위반 아님")]
yt_status = {1: "restricted", 2: "restricted", 3: "removed", 4: "restricted", 5: "rejected"}
yt_trs = "\n".join(f"<tr><td>{Y[i]}</td><td>{t}</td></tr>" for i, t in yt_rows)
add(name="yt-html-table-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 08:20:44 +0900",
    subject="[YouTube] KCSC-240904-03 요청 처리 결과 요약",
    reply_to_req="req-240904-03", type="html",
    body=f"""
<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>안녕하세요. YouTube 법무팀입니다.</p>
<p>방송통신심의위원회 요청 KCSC-240904-03의 처리 결과를 아래 표로 정리해 드립니다.</p>
<table cellspacing="0" cellpadding="6" border="1">
<thead><tr><th>URL</th><th>조치</th></tr></thead>
<tbody>
{yt_trs}
</tbody></table>
<p>채널 URL과 관련하여 개별 동영상을 추가로 신고하시면 다시 검토하겠습니다.</p>
<p>&copy; 2024 Google LLC</p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean summary with an HTML outcome table",
    why="one row per URL: block in Korea, removal, age restriction, no action on the channel",
    items={Y[i]: yt_status[i] for i in range(1, 6)})

add(name="yt-angle-fullwidth-colon",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 12:00:31 +0900",
    subject="Re: KCSC-240904-03 추가 회신",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, YouTube 법무팀입니다. 추가 검토 결과를 알려드립니다.

<{Y[3]}>：커뮤니티 가이드 위반으로 삭제됨
<{Y[4]}>：대한민국 내 시청 차단

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short YouTube Korea follow-up, URLs in angle brackets and full-width colons",
    why="each line pairs one URL with a status: removed, blocked in Korea (restricted)",
    items={Y[3]: "removed", Y[4]: "restricted"})

# ======================= DC Inside, KCSC-240905-04 (3 items) =======================

add(name="dc-operator-informal",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 18:27:45 +0900",
    subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 확인했습니다.

* {D[1]}
* {D[2]}
  -> 위 두 글은 삭제했고 작성자 IP는 차단해 두었습니다.

* {D[3]}
  -> 이 글은 저희가 확인하기 전에 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operator reply with bulleted URLs and arrow notes",
    why="bullets: first two deleted; third already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

add(name="dc-numbered-mixed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 10:50:13 +0900",
    subject="[디시인사이드] 시정요구 KCSC-240905-04 처리 결과",
    reply_to_req="req-240905-04",
    body=f"""
방송통신심의위원회 귀중

시정요구(KCSC-240905-04)에 대한 처리 결과를 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 미조치 (개인정보가 포함되어 있지 않아 신고 사유에 해당하지 않음)
3. {D[3]} - 삭제 및 작성자 이용 차단

㈜디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 numbered result list",
    why="numbered lines: removed; not actioned with a reason (rejected); removed",
    items={D[1]: "removed", D[2]: "rejected", D[3]: "removed"})

add(name="dc-fullwidth-punctuation",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 09:03:20 +0900",
    subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하십니까. 디시인사이드 운영팀입니다.

신고하신 주식 갤러리 게시물（{D[1]}）은 개인정보 노출로 확인되어 삭제 처리했습니다.
아울러 {D[2]}，{D[3]} 두 글도 같은 사유로 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator prose with full-width parentheses and comma around URLs",
    why="three named URLs, all deleted; full-width punctuation is not part of the URLs",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"})

# ======================= BAND, KCSC-240906-05 (2 items) =======================

add(name="band-notice-two",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 19:12:40 +0900",
    subject="[BAND] 요청하신 게시글 조치 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글에 대한 조치 결과를 안내드립니다.

· {B[1]}
  마약류 판매 홍보로 확인되어 게시글을 삭제하고 작성자의 BAND 이용을 제한했습니다.

· {B[2]}
  동일 작성자의 게시글로 확인되어 비공개 처리했습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 result notice (삭제 / 비공개 처리)",
    why="each URL followed by its own result: deleted; made private (removed)",
    items={B[1]: "removed", B[2]: "removed"})

band_html = f"""<html><body>
<p>안녕하세요. BAND 고객센터입니다.</p>
<p>요청번호 KCSC-240906-05 관련 게시글의 확인 결과입니다.</p>
<ul>
<li><a href="{B[1]}">{B[1]}</a><br>해당 밴드는 리더가 이미 삭제하여 게시글이 존재하지 않습니다.</li>
<li><a href="{B[2]}">{B[2]}</a><br>운영정책 위반으로 게시글을 삭제하였습니다.</li>
</ul>
<p>감사합니다.</p>
</body></html>
"""
add(name="band-base64-html",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 11:35:02 +0900",
    subject="[BAND] 게시글 확인 결과 (KCSC-240906-05)",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(band_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML notice sent base64-encoded",
    why="first post gone with its band (deleted by the leader: not_found); second deleted",
    items={B[1]: "not_found", B[2]: "removed"})

# ======================= REVIEW =======================

add(name="naver-promise-scheduled",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그팀",
    date="Tue, 03 Sep 2024 10:20:00 +0900",
    subject="Re: KCSC-240902-01 블로그 게시물 관련",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
은 내부 검토를 거쳐 순차적으로 게시중단 처리될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal blog team reply promising 게시중단 '예정'",
    why="'처리될 예정' is a promise, not a statement; both named items stay pending",
    items={N[1]: "pending", N[2]: "pending"})

add(name="yt-hedged-english",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 02:11:37 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="req-240904-03",
    body=f"""
Hi there,

Thanks for your patience. A quick update on your request:

- {Y[2]} appears to have been removed already, possibly by the uploader.
  We are confirming this with the relevant team.
- {Y[1]} is still under review.

We'll follow up once we have a final decision.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim update with hedged wording",
    why="'appears to have been removed, possibly' is a hedge and 'under review' no decision",
    items={Y[1]: "pending", Y[2]: "pending"})

add(name="dc-conditional-deletion",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 15:33:09 +0900",
    subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[2]} 글은 작성자에게 소명 요청을 보내 둔 상태입니다.
7일 안에 소명이 없으면 삭제될 예정이니 참고 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply announcing a conditional deletion after a 소명 period",
    why="deletion conditional on the author not answering: no statement yet",
    items={D[2]: "pending"})

add(name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 17:05:55 +0900",
    subject="RE: 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회 시정요구 KCSC-240902-01 대상 게시물 14건에 대하여
모두 삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line 'all N posts deleted' completion notice",
    why="one statement over a 14-item request without naming any item: bulk",
    items={N[i]: "pending" for i in range(1, 15)})

add(name="kakao-bulk-four",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 클린센터",
    date="Sat, 07 Sep 2024 13:40:22 +0900",
    subject="[Daum] 시정요구 KCSC-240903-02 처리 완료",
    reply_to_req="req-240903-02",
    body="""
안녕하세요. Daum 클린센터입니다.

요청하신 게시물 4건(카페 2건, 티스토리 2건)은 모두 블라인드 처리를 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Daum 클린센터 completion notice summarising all posts at once",
    why="'모두 블라인드' over a four-item request, no URL named: bulk",
    items={K[i]: "pending" for i in range(1, 5)})

add(name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", auth="fail",
    date="Wed, 04 Sep 2024 08:15:40 +0900",
    subject="RE: [KCSC-240902-01] 조치 결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[3]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="navercorp.com sender failing authentication: nothing applied",
    items={N[3]: "pending"})

add(name="kakao-auth-fail",
    **{"from": "safety-report@kakaocorp.com"}, name_from="카카오 안전조치팀", auth="fail",
    date="Thu, 05 Sep 2024 22:48:03 +0900",
    subject="RE: 시정요구 KCSC-240903-02 조치결과",
    body=f"""
방송통신심의위원회 담당자님,

{K[1]} 게시글은 삭제 조치하였습니다.

카카오 안전조치팀
""",
    outcome="review", review="untrusted",
    imitates="Kakao-looking result mail failing DMARC",
    why="kakaocorp.com sender failing authentication",
    items={K[1]: "pending"})

add(name="cafe-manager-gmail",
    **{"from": "secretlounge.manager@gmail.com"}, name_from="비밀라운지 카페매니저",
    date="Wed, 04 Sep 2024 23:10:12 +0900",
    subject="카페 게시글 삭제했습니다 (KCSC-240902-01)",
    body=f"""
안녕하세요 카페 매니저입니다.
네이버에서 연락받고 확인했는데요, {N[6]} 글은 제가 방금 삭제했습니다.
앞으로 이런 글 안 올라오게 관리하겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (not the platform) writing from a personal webmail address",
    why="gmail.com is no platform's domain, though it names our request and a URL",
    items={N[6]: "pending"})

add(name="lawfirm-for-uploader",
    **{"from": "jh.lee@hanbitlaw.co.kr"}, name_from="법무법인 한빛 이정훈 변호사",
    date="Fri, 06 Sep 2024 16:00:00 +0900",
    subject="[KCSC-240904-03] 의뢰인 동영상 관련 회신",
    body=f"""
방송통신심의위원회 귀중

저희 법무법인은 {Y[1]} 동영상 업로더의 대리인입니다.
의뢰인은 2024. 9. 5. 위 동영상을 스스로 삭제하였음을 알려드리며,
향후 절차와 관련하여 담당자와의 면담을 요청드립니다.

법무법인 한빛 변호사 이정훈
""",
    outcome="review", review="unknown_sender",
    imitates="uploader's law firm writing to the regulator about a requested video",
    why="a third party, not YouTube: its statement cannot change the item",
    items={Y[1]: "pending"})

add(name="navercorp-about-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 15:22:47 +0900",
    subject="RE: [KCSC-240906-05] BAND 게시글 조치 결과",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 관련하여 요청하신 게시글 2건의 결과를 대신 전달드립니다.

{B[1]} - 삭제
{B[2]} - 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy desk answering for a sister service",
    why="a NAVER (navercorp.com) email stating statuses for items of the BAND request",
    items={B[1]: "pending", B[2]: "pending"})

add(name="yt-asks-more-info",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:30:26 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for your request regarding {Y[4]}.

To help us process it, please reply with the following information:
1. The specific timestamps in the video where the reported content appears.
2. The Korean law or decision on which your request is based.

Once we receive this information, we'll continue our review.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking for timestamps and legal basis",
    why="asks for more information; no status stated",
    items={Y[4]: "pending"})

add(name="naver-channel-notice-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[안내] 공공기관 시정요구 접수 채널 변경 안내",
    body="""
방송통신심의위원회 담당자님께,

네이버 정책지원팀입니다.
2024년 10월 1일부터 공공기관의 시정요구 접수 창구가 전용 웹 양식으로 변경됩니다.
변경 이후에도 기존 메일 주소로 보내주신 요청은 한 달간 함께 처리할 예정입니다.

자세한 내용은 첨부 안내문 없이 본 메일로 갈음하며, 궁금하신 점은 회신 주십시오.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal policy desk announcement of a new intake channel",
    why="trusted NAVER email naming no item and no request",
    items={})

add(name="naver-conflicting-same-post",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Thu, 05 Sep 2024 14:02:36 +0900",
    subject="Re: 시정요구 KCSC-240902-01 관련 카페 게시글 문의",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

처리 결과
- {N[4]} : 삭제

참고로 {N[4]} 게시글은 재검토 결과
운영정책 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="help-desk reply pasted from two drafts: deleted, then kept up",
    why="the same URL is said to be deleted and then kept up: a clerk must ask",
    items={N[4]: "pending"})

# ======================= IGNORED =======================

add(name="naver-out-of-office",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Mon, 02 Sep 2024 11:00:41 +0900",
    subject="[자동회신] 불법촬영물 유통에 대한 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서연입니다.

9월 2일(월)부터 9월 4일(수)까지 하계 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.

복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신] 부재중)",
    why="auto-reply, states nothing about items",
    items={})

dsn_orig = (
    "From: 방송통신심의위원회 <takedown@kcsc.example>\n"
    "To: safety-report-old@daum.net\n"
    "Subject: 불법촬영물 유통에 대한 시정요구 (KCSC-240903-02)\n"
    "Message-ID: <req-240903-02@kcsc.example>\n"
    "Date: Tue, 03 Sep 2024 10:30:00 +0900\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    + orig_kakao + "\n"
)
add(name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:30:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7Qx2"

--dsn-7Qx2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-report-old@daum.net>: host mx2.daum.net said: 550 5.1.1
    Recipient address rejected: User unknown (존재하지 않는 계정입니다)

--dsn-7Qx2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Tue, 03 Sep 2024 10:30:02 +0900

Final-Recipient: rfc822; safety-report-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-7Qx2
Content-Type: message/rfc822

{dsn_orig}
--dsn-7Qx2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN returning our request with its URL list",
    why="bounce; the URLs are in our own returned request",
    items={})

add(name="yt-read-receipt",
    **{"from": "kr-legal-reviewer@google.com"}, name_from="Legal Reviewer",
    date="Wed, 04 Sep 2024 10:02:55 +0900",
    subject="읽음: 딥페이크 성적 허위영상물 시정요구 (KCSC-240904-03)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3Kp9"

--mdn-3Kp9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

    받는 사람: kr-legal-reviewer@google.com
    제목: 딥페이크 성적 허위영상물 시정요구 (KCSC-240904-03)
    보낸 날짜: 2024-09-04 오전 9:40

이(가) 2024-09-04 오전 10:02에 읽혔습니다.

--mdn-3Kp9
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822; kr-legal-reviewer@google.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3Kp9--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음: …) as an MDN",
    why="read receipt",
    items={})

add(name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 14:00:52 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240905-0042)",
    reply_to_req="req-240905-04",
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
  - 접수번호: DC-240905-0042
  - 접수일시: 2024-09-05 14:00

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호)",
    why="pure acknowledgement",
    items={})

add(name="band-receipt-echo",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 10:01:30 +0900",
    subject="[BAND] 문의 접수 완료 안내",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.
고객님의 문의가 접수되었습니다. 순차적으로 확인 후 답변드리겠습니다.

[접수 내용]
문의 유형 : 게시글 신고
제목      : 마약류 판매 게시글 시정요구 (KCSC-240906-05)
신고 URL  : {B[1]}
            {B[2]}

접수번호  : BD-20240906-77120
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND ticket receipt echoing the submitted URLs",
    why="receipt echoing our own report; no statement about the items",
    items={})

add(name="naver-korean-bounce-plain",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="메일 발송 실패 알림",
    date="Mon, 09 Sep 2024 15:20:44 +0900",
    subject="[발송 실패 안내] 명예훼손 게시물 시정요구 (KCSC-240909-06)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
보내신 메일이 아래 수신자에게 전달되지 못했습니다.

  수신자   : blog-policy@navercorp.com
  실패 사유: 수신자 계정이 존재하지 않습니다. (550 5.1.1 No such user)
  발송 시각: 2024-09-09 15:20:00

----- 원본 메일 -----
보낸 사람: 방송통신심의위원회 <takedown@kcsc.example>
제목: 명예훼손 게시물 시정요구 (KCSC-240909-06)

아래 게시물에 대하여 시정요구하오니 조치 후 회신하여 주시기 바랍니다.
1. {S1}
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language non-delivery notice (발송 실패 안내) with the original below",
    why="bounce; the URL is in our own returned request",
    items={})

HEADER = """# Blind set 677 (Korean portals): expected results written from each
# email's meaning before any run of the reader. Generated by make.py."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    n = {o: sum(1 for c in cases if c["outcome"] == o) for o in ("applied", "review", "ignored")}
    print(len(cases), n)
