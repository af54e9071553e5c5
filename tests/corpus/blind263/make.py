#!/usr/bin/env python3
"""Blind set 263: Korean-language replies from NAVER, Kakao (Daum/Tistory),
YouTube Korea, DC Inside and BAND: 공문-style 조치결과 letters, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, receipts,
bounces, read receipts and out-of-office replies.

    python3 tests/corpus/blind263/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are fictional.
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "kakao.com": "Kakao",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})


def enc(s):
    """RFC 2047 encoded header text (Korean subjects and display names)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


# ---------------------------------------------------------------- requests
K3_RAW = "https://purplefox.tistory.com/entry/오늘의-추천주"
K3 = "https://purplefox.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C%EC%A3%BC"

N = {
    1: "https://blog.naver.com/haneul_days22/223561004417",
    2: "https://blog.naver.com/haneul_days22/223561009830",
    3: "https://blog.naver.com/bomnal_shop/223559871102",
    4: "https://cafe.naver.com/lucky7club/48211",
    5: "https://cafe.naver.com/lucky7club/48230",
    6: "https://cafe.naver.com/lucky7club/48257",
    7: "https://m.blog.naver.com/cheongsu_88/223558120045",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40105&docId=471230956",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38112904&memberNo=55123908",
    10: "https://cafe.naver.com/greenbet2024/1377",
    11: "https://blog.naver.com/PostView.naver?blogId=jjak_ttong&logNo=223557733210",
    12: "https://in.naver.com/moneyline/contents/internal/701234558812",
}
K = {
    1: "https://cafe.daum.net/silverwolf77/Hq3f/2051",
    2: "https://cafe.daum.net/silverwolf77/Hq3f/2066",
    3: K3,
    4: "https://pf.kakao.com/_xkRtqG/105338210",
    5: "https://open.kakao.com/o/gQz8Rk2b",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7xT2pLk9A",
    2: "https://www.youtube.com/watch?v=vB3nR8sWq0E",
    3: "https://www.youtube.com/shorts/Zt5yH1cK4uM",
    4: "https://www.youtube.com/@hanbit_jusik_tv",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=1550231",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=88214",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=88240",
    4: "https://m.dcinside.com/board/nightlife/302117",
}
B = {
    1: "https://band.us/band/81234567/post/1203",
    2: "https://band.us/band/81234567/post/1219",
    3: "https://band.us/band/90455120/post/57",
}
M = {
    1: "https://blog.naver.com/sooyeon_log/223570044512",
    2: "https://cafe.naver.com/jibsa2024/90315",
}
S1 = "https://cafe.daum.net/dalbit-market/QkLx/733"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "12 items, the largest request"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "stock_fraud", "Daum cafe, Tistory, Kakao channel, open chat"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "stock_fraud", ""),
    ("KCSC-240910-04", "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "defamation", ""),
    ("KCSC-240911-05", "band", "2024-09-11T10:20:00+09:00", "2024-09-20T18:00:00+09:00",
     [B[i] for i in range(1, 4)], "illegal_drugs", ""),
    ("KCSC-240913-06", "naver", "2024-09-13T15:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [M[1], M[2]], "privacy", ""),
    ("KCSC-240918-07", "kakao", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00",
     [S1], "illegal_gambling", "one item"),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, when):
    lines = [f"{when}, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:",
             f"> 방송통신심의위원회 시정요구 ({ref})",
             ">",
             "> 귀사 서비스에 게재된 아래 정보에 대하여 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
case(
    name="naver-gongmun-text-table",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=enc("[네이버] 시정요구 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied",
    imitates="Korean portal 공문 replying to a KCSC 시정요구 with a 연번/URL/조치결과 text table",
    why="formal letter with a five-row text table: 삭제, 임시조치, 게시물 없음; the rest announced for later",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "removed"},
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 통신심의국
제목  시정요구 조치결과 회신 (KCSC-240903-01 관련)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구 대상 정보에 대하여
   당사가 조치한 결과를 아래와 같이 회신합니다.

                          - 아    래 -

 연번 | 대상 URL                                             | 조치결과  | 조치일
 -----+------------------------------------------------------+-----------+-----------
  1   | {N[1]}    | 삭제      | 2024.09.04
  2   | {N[2]}    | 삭제      | 2024.09.04
  3   | {N[3]}      | 임시조치  | 2024.09.04
  4   | {N[4]}              | 게시물 없음(작성자 삭제) | -
  5   | {N[5]}              | 삭제      | 2024.09.05

3. 위 연번 외 나머지 대상 정보(7건)는 관련 부서에서 확인 중이며,
   확인이 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀  (담당: 윤서진 / 031-000-0000)
""",
)

rows = [
    (1, "삭제", "2024.09.06"), (2, "삭제", "2024.09.06"), (3, "임시조치(30일)", "2024.09.06"),
    (4, "게시물 없음 (작성자 삭제)", "-"), (5, "삭제", "2024.09.06"), (6, "삭제", "2024.09.06"),
    (7, "비공개 처리", "2024.09.07"),
    (8, "조치 불가 (일반 정보 제공 답변으로 운영정책 위반 사항 없음)", "-"),
    (9, "존재하지 않는 URL", "-"), (10, "삭제", "2024.09.07"),
    (11, "접근 제한 (국내)", "2024.09.07"), (12, "삭제", "2024.09.07"),
]
trs = "\n".join(
    '<tr><td align="center">{0}</td><td><a href="{1}">{1}</a></td><td>{2}</td><td>{3}</td></tr>'.format(
        i, N[i].replace("&", "&amp;"), r, d)
    for i, r, d in rows)
case(
    name="naver-html-table-all-twelve",
    **{"from": "policy-noreply@navercorp.com"},
    name_from=enc("NAVER 정책지원"),
    date="Mon, 09 Sep 2024 10:05:44 +0900",
    subject=enc("[NAVER] KCSC-240903-01 시정요구 조치결과 (전체 12건)"),
    outcome="applied",
    imitates="NAVER 시정요구 조치결과 HTML table (연번, URL, 조치결과, 조치일)",
    why="HTML table naming all twelve items, each with its own result",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "rejected",
           N[9]: "not_found", N[10]: "removed", N[11]: "restricted", N[12]: "removed"},
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-0909"

--nv-alt-0909
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240903-01</b> 시정요구 대상 정보 12건에 대한 최종 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>대상 URL</th><th>조치결과</th><th>조치일</th></tr>
{trs}
</table>
<p>조치 결과에 이견이 있으시면 본 메일로 회신 부탁드립니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br><a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
</body></html>

--nv-alt-0909--
""",
)

csv_att = (
    "번호,URL,처리결과,비고\r\n"
    f"1,{N[6]},삭제,\r\n"
    f"2,{N[7]},비공개 처리,블로그 운영자 비공개 전환\r\n"
    f"3,{N[10]},조치불가,불법 도박 홍보 내용 확인되지 않음\r\n"
    f"4,\"{N[11]}\",게시물 없음,작성자 삭제\r\n"
)
csv_b64 = base64.encodebytes(("\ufeff" + csv_att).encode("utf-8")).decode("ascii")
csv_fname = base64.b64encode("조치결과_240906.csv".encode("utf-8")).decode("ascii")
case(
    name="naver-csv-attachment",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Fri, 06 Sep 2024 18:12:09 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치결과 송부"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied",
    imitates="portal 공문 e-mail with the 조치결과 list as a CSV attachment",
    why="CSV attachment with four rows: 삭제, 비공개 처리, 조치불가 with reason, 게시물 없음",
    items={N[6]: "removed", N[7]: "removed", N[10]: "rejected", N[11]: "not_found"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_mix_0906"

--=_nv_mix_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240903-01 시정요구 건 중 1차 회신에서 빠진 4건의 처리결과를
첨부 파일(조치결과_240906.csv)로 송부드립니다.
확인 부탁드립니다.

윤서진 드림

--=_nv_mix_0906
Content-Type: text/csv; charset=utf-8; name="=?utf-8?b?{csv_fname}?="
Content-Disposition: attachment; filename="result_240906.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--=_nv_mix_0906--
""",
)

case(
    name="naver-imsi-notice-single",
    **{"from": "noreply-right@naver.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 09:31:50 +0900",
    subject=enc("[네이버] 게시물 임시조치 안내"),
    outcome="applied",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30일)",
    why="임시조치 taken on one named cafe post; the later deletion is only conditional",
    items={N[4]: "restricted"},
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회(요청번호 KCSC-240903-01)에서 요청하신 아래 게시물에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
2024년 9월 4일자로 임시조치하였음을 알려드립니다.

 ■ 대상 게시물: {N[4]}
 ■ 서비스: 네이버 카페
 ■ 조치 내용: 임시조치 (30일)

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후
삭제될 수 있습니다.

권리보호센터 안내: https://right.naver.com/guide
본 메일은 발신 전용입니다.
""",
)

case(
    name="naver-korean-particles",
    **{"from": "yoon.seojin@navercorp.com"},
    name_from=enc("윤서진"),
    date="Wed, 04 Sep 2024 17:22:03 +0900",
    subject=enc("Re: 시정요구 (KCSC-240903-01) 관련 처리 상황"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied",
    imitates="informal reply from a portal's policy staff member, URLs run straight into Korean particles",
    why="three URLs each followed by a particle or full-width bracket and an unhedged result",
    items={N[1]: "removed", N[4]: "not_found", N[10]: "removed"},
    body=f"""
주무관님 안녕하세요, 네이버 윤서진입니다.

오전에 통화드린 건 우선 처리된 것부터 말씀드립니다.
{N[1]}은 오늘 오후 삭제 조치했고요,
{N[4]}의 경우 작성자가 이미 지운 글이라 남아 있는 게시물이 없습니다.
그리고 {N[10]}（카페 게시글）도 게시중단 처리했습니다.

나머지는 정리되는 대로 공문으로 회신드리겠습니다.
감사합니다.

윤서진 드림
""",
)

case(
    name="naver-promise-review",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Wed, 04 Sep 2024 11:02:37 +0900",
    subject=enc("[네이버] KCSC-240903-01 검토 진행 안내"),
    outcome="review",
    review="not_understood",
    imitates="portal interim reply: 검토 중, 조치 예정",
    why="names two items but only says they are under review and will be taken down later",
    items={N[2]: "pending", N[3]: "pending"},
    body=f"""
방송통신심의위원회 담당자님께

요청하신 시정요구 건(KCSC-240903-01) 중 아래 게시물은 현재 관련 부서에서
내용을 검토하고 있습니다.

 - {N[2]}
 - {N[3]}

검토가 마무리되는 대로 게시중단 조치할 예정이며, 결과는 별도로 안내드리겠습니다.
처리가 다소 늦어지는 점 양해 부탁드립니다.

네이버 정책지원팀
""",
)

case(
    name="naver-hedge-kin-answer",
    **{"from": "yoon.seojin@navercorp.com"},
    name_from=enc("윤서진"),
    date="Thu, 05 Sep 2024 13:48:20 +0900",
    subject=enc("Re: 지식iN 답변 건 문의"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review",
    review="not_understood",
    imitates="portal staff answering a follow-up question with a hedge",
    why="'이미 삭제된 것으로 보입니다' and 'cannot confirm exactly' is a hedge, not a statement",
    items={N[8]: "pending"},
    body=f"""
안녕하세요, 윤서진입니다.

문의주신 지식iN 답변
{N[8]}
건은 확인해 보니 작성자가 이미 삭제한 것으로 보입니다.
다만 답변 단위 이력은 시스템에서 바로 조회가 되지 않아서 정확한 안내는
조금 더 확인이 필요합니다.

확인되면 다시 연락드리겠습니다.
""",
)

case(
    name="naver-bulk-two-items",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Wed, 18 Sep 2024 10:14:55 +0900",
    subject=enc("[네이버] 시정요구(KCSC-240913-06) 조치 완료"),
    reply_to_req=mid("KCSC-240913-06"),
    outcome="review",
    review="bulk",
    imitates="short 조치 완료 notice covering a whole request",
    why="'요청하신 게시물 2건 모두 삭제' for a two-item request without naming either",
    items={M[1]: "pending", M[2]: "pending"},
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024. 9. 13. 요청하신 시정요구(KCSC-240913-06)와 관련하여
요청하신 게시물 2건 모두 삭제 처리를 완료하였습니다.

감사합니다.
""",
)

case(
    name="naver-untrusted-dmarc-fail",
    **{"from": "gongmun@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원"),
    date="Sat, 07 Sep 2024 02:11:40 +0900",
    subject=enc("[네이버] 시정요구 조치결과 (KCSC-240903-01)"),
    outcome="review",
    review="untrusted",
    imitates="NAVER 조치결과 notice whose DKIM/SPF/DMARC fail",
    why="claims from navercorp.com that fail authentication",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
    body=f"""
방송통신심의위원회 귀중

요청번호 KCSC-240903-01 건 조치결과를 알려드립니다.

1. {N[1]} - 삭제
2. {N[2]} - 삭제
3. {N[3]} - 삭제

네이버 정책지원팀
""",
)

case(
    name="naver-asks-more-documents",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Wed, 04 Sep 2024 15:30:00 +0900",
    subject=enc("[네이버] KCSC-240903-01 관련 추가 자료 요청"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="portal asking the regulator for the sealed 공문 and grounds before acting",
    why="asks for the signed document and the legal grounds; no status stated",
    items={},
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

보내주신 시정요구(KCSC-240903-01) 건의 원활한 처리를 위하여 아래 자료를
추가로 보내주시면 감사하겠습니다.

 1) 직인이 날인된 시정요구 공문 원본(PDF)
 2) 대상 정보별 위법성 판단 근거(심의 의결 번호 포함)

자료를 받는 대로 검토를 시작하겠습니다.
""",
)

case(
    name="naver-states-band-post",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Fri, 13 Sep 2024 11:45:10 +0900",
    subject=enc("[네이버] 밴드 게시글 조치 결과 (KCSC-240911-05)"),
    outcome="review",
    review="wrong_platform",
    imitates="NAVER group policy team answering for BAND, a NAVER-run service",
    why="navercorp.com states a status for a BAND item; BAND is its own platform in the config",
    items={B[1]: "pending"},
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드(BAND) 서비스 관련 시정요구(KCSC-240911-05)는 당사에서 일괄 접수하고 있어
저희 팀에서 회신드립니다.

 - {B[1]} : 게시글 삭제 완료 (2024.09.12)

나머지 게시글은 BAND 운영팀에서 직접 회신할 예정입니다.
""",
)

case(
    name="naver-top-posted-gmail",
    **{"from": "cs-reply@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 14:20:31 +0900",
    subject=enc("Re: [KCSC-240913-06] 시정요구"),
    reply_to_req=mid("KCSC-240913-06"),
    outcome="applied",
    imitates="Gmail-style top-posted answer over the quoted request",
    why="two named items above the quote: 삭제 완료 and no longer existing (deleted by the cafe's staff)",
    items={M[1]: "removed", M[2]: "not_found"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.
요청하신 2건의 처리 결과를 안내드립니다.

블로그 게시물 {M[1]} : 삭제 완료
카페 게시물 {M[2]} : 카페 운영진이 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.

{quoted_request("KCSC-240913-06", [M[1], M[2]], "2024년 9월 13일 (금) 오후 3:02")}
""",
)

case(
    name="naver-url-then-status-line",
    **{"from": "gongmun@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date="Thu, 19 Sep 2024 09:12:05 +0900",
    subject=enc("[네이버] KCSC-240913-06 조치결과"),
    outcome="applied",
    imitates="portal result list: bare URL, result on the line below",
    why="each URL on its own line, '→ 임시조치' / '→ 삭제' on the next",
    items={M[1]: "restricted", M[2]: "removed"},
    body=f"""
KCSC-240913-06 조치결과 회신드립니다.

{M[1]}
 → 임시조치 (2024.09.18 ~ 30일간)

{M[2]}
 → 삭제 (카페 운영정책 위반)

이상입니다.
네이버 정책지원팀
""",
)

case(
    name="naver-echoed-report",
    **{"from": "noreply@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 14:25:02 +0900",
    subject=enc("[네이버 고객센터] 신고하신 게시물의 처리 결과를 알려드립니다."),
    outcome="applied",
    imitates="NAVER help-centre report outcome mail that echoes the report form",
    why="echoed report form with one URL and '처리 결과: 게시중단'",
    items={N[10]: "removed"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.
신고하신 게시물의 처리 결과를 알려드립니다.

■ 신고 내용
  - 신고 번호: 2409-NV-0061377
  - 신고 URL: {N[10]}
  - 신고 사유: 불법 도박 사이트 홍보
  - 신고자 메모: KCSC-240903-01

■ 처리 결과: 게시중단
■ 처리 일시: 2024.09.06 14:22

네이버는 깨끗한 인터넷 환경을 위해 노력하겠습니다.
고객센터 바로가기: https://help.naver.com/
""",
)

case(
    name="naver-ticket-receipt",
    **{"from": "noreply@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 10:02:11 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다."),
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre 문의 접수 완료 receipt",
    why="pure receipt with a ticket number and a promise to answer in turn",
    items={},
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-0311-7782
 - 문의 제목: [KCSC-240903-01] 시정요구
 - 접수 일시: 2024.09.03 10:02

담당자가 확인한 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 문의내역에서도 확인하실 수 있습니다.
""",
)

case(
    name="naver-mdn-read",
    **{"from": "yoon.seojin@navercorp.com"},
    name_from=enc("윤서진"),
    date="Tue, 03 Sep 2024 10:48:37 +0900",
    subject=enc("읽음: [KCSC-240903-01] 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="an MDN only says the request was displayed",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5a1c"

--mdn-5a1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 윤서진
제목: [KCSC-240903-01] 시정요구
보낸 날짜: 2024-09-03 오전 10:00

2024-09-03 오전 10:48에 읽었습니다.

--mdn-5a1c
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;yoon.seojin@navercorp.com
Original-Message-ID: <req-KCSC-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5a1c--
""",
)

case(
    name="naver-out-of-office",
    **{"from": "park.jiho@navercorp.com"},
    name_from=enc("박지호"),
    date="Fri, 13 Sep 2024 15:00:41 +0900",
    subject=enc("[부재중] Re: [KCSC-240913-06] 시정요구"),
    reply_to_req=mid("KCSC-240913-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답 (out-of-office) reply",
    why="out-of-office auto-reply during 추석 holidays",
    items={},
    body="""
안녕하세요. 박지호입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
시정요구 등 급한 업무는 정책지원팀 대표 메일(gongmun@navercorp.com)로
보내 주시면 담당자가 확인하겠습니다.

감사합니다.
""",
)

# ================================================================ Kakao
case(
    name="kakao-gongmun-prose",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책협력팀"),
    date="Mon, 09 Sep 2024 17:03:26 +0900",
    subject=enc("[카카오] 시정요구에 대한 조치결과 통보 (KCSC-240905-02)"),
    reply_to_req=mid("KCSC-240905-02"),
    outcome="applied",
    imitates="Kakao 공문-style 조치결과 통보 (가/나 items, URLs in parentheses)",
    why="가. two Daum cafe posts 삭제; 나. the Tistory post (raw Korean path) 비공개 처리",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed"},
    body=f"""
주식회사 카카오

수신: 방송통신심의위원회 통신심의국
제목: 시정요구에 대한 조치결과 통보

1. 관련: 방송통신심의위원회 시정요구 KCSC-240905-02 (2024. 9. 5.)

2. 위 호와 관련하여 당사 서비스에 게재된 정보에 대한 조치결과를 다음과 같이
   통보합니다.

   가. Daum 카페 게시물 2건({K[1]}, {K[2]}): 삭제
   나. 티스토리 게시물 1건({K3_RAW}): 비공개 처리
   다. 카카오톡 채널 및 오픈채팅 관련 2건: 별도 회신 예정

3. 기타 문의사항은 정책협력팀(policy@kakaocorp.com)으로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책협력팀장
""",
)

case(
    name="kakao-angle-brackets-restricted",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책협력팀"),
    date="Thu, 12 Sep 2024 10:40:18 +0900",
    subject=enc("[카카오] KCSC-240905-02 잔여 2건 조치결과"),
    reply_to_req=mid("KCSC-240905-02"),
    outcome="applied",
    imitates="Kakao follow-up result mail with URLs in angle brackets",
    why="Tistory post restricted in Korea; Kakao channel post kept with a reason (rejected)",
    items={K[3]: "restricted", K[4]: "rejected"},
    body=f"""
안녕하세요. 카카오 정책협력팀입니다.

KCSC-240905-02 건 관련하여 추가로 확인된 결과를 알려드립니다.

1) 티스토리 게시물 <{K3}>
   - 국내 IP에서의 접근을 제한하였습니다. (2024.09.11)

2) 카카오톡 채널 게시물 <{K[4]}>
   - 게시물 내용을 검토한 결과 운영정책 및 관련 법령 위반 사항이 확인되지
     않아 게시물을 유지합니다.

운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
)

case(
    name="kakao-openchat-closed",
    **{"from": "kakaotalk-safety@kakao.com"},
    name_from=enc("카카오톡 안전팀"),
    date="Wed, 11 Sep 2024 16:55:00 +0900",
    subject=enc("Re: [KCSC-240905-02] 오픈채팅/채널 조치 결과"),
    reply_to_req=mid("KCSC-240905-02"),
    outcome="applied",
    imitates="KakaoTalk safety team reply about an open chat room and a channel post",
    why="the open chat room no longer exists (closed by its host); the channel post was deleted",
    items={K[5]: "not_found", K[4]: "removed"},
    body=f"""
안녕하세요, 카카오톡 안전팀입니다.

문의하신 두 건 확인 결과입니다.

- 오픈채팅방 {K[5]} 은 방장이 이미 방을 종료하여 현재 존재하지 않는 채팅방입니다.
- 채널 게시물 {K[4]} 은 운영정책 위반(투자 사기 유도)으로 삭제했습니다.

참고로 오픈채팅 신고 기준은 https://cs.kakao.com/helps?service=8 에서 보실 수 있습니다.

카카오톡 안전팀 드림
""",
)

case(
    name="kakao-single-item-sole",
    **{"from": "daumcafe-report@daum.net"},
    name_from=enc("Daum 카페 신고센터"),
    date="Fri, 20 Sep 2024 09:18:47 +0900",
    subject=enc("Re: [KCSC-240918-07] 시정요구"),
    reply_to_req=mid("KCSC-240918-07"),
    outcome="applied",
    imitates="Daum cafe report desk: one-line answer to a one-item request",
    why="'요청하신 게시물은 삭제 조치' answering a request of exactly one item",
    items={S1: "removed"},
    body="""
안녕하세요. Daum 카페 신고센터입니다.

시정요구(KCSC-240918-07)로 요청하신 게시물은 2024년 9월 19일 삭제 조치되었습니다.

감사합니다.
""",
)

case(
    name="kakao-blind-and-imsi",
    **{"from": "daumcafe-report@daum.net"},
    name_from=enc("Daum 카페 신고센터"),
    date="Sun, 08 Sep 2024 20:02:33 +0900",
    subject=enc("[Daum 카페] 게시물 조치 안내 (KCSC-240905-02)"),
    outcome="applied",
    imitates="Daum cafe 블라인드 / 임시조치 notice",
    why="one post 임시조치 (restricted), the other 블라인드 처리 (removed)",
    items={K[1]: "restricted", K[2]: "removed"},
    body=f"""
[Daum 카페] 게시물 조치 안내

안녕하세요. Daum 카페 신고센터입니다.
방송통신심의위원회 요청(KCSC-240905-02)에 따라 아래와 같이 조치하였습니다.

  게시물 주소                                     조치 내용
  {K[1]}      임시조치(30일)
  {K[2]}      블라인드 처리

블라인드 처리된 게시물은 카페 회원을 포함한 누구도 열람할 수 없습니다.
Daum 고객센터: https://cs.daum.net/
""",
)

case(
    name="kakao-bulk-all-blind",
    **{"from": "daumcafe-report@daum.net"},
    name_from=enc("Daum 카페 신고센터"),
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    subject=enc("Re: [KCSC-240905-02] 시정요구"),
    reply_to_req=mid("KCSC-240905-02"),
    outcome="review",
    review="bulk",
    imitates="Daum report desk: one-sentence bulk answer",
    why="'요청하신 게시물 전부 블라인드' for a five-item request, naming none",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending", K[5]: "pending"},
    body="""
안녕하세요. Daum 카페 신고센터입니다.

KCSC-240905-02 건으로 요청하신 게시물은 전부 블라인드 처리하였습니다.
""",
)

case(
    name="kakao-cafe-manager-gmail",
    **{"from": "silverwolf.cafe77@gmail.com"},
    name_from=enc("은빛늑대 카페지기"),
    date="Sat, 07 Sep 2024 22:41:09 +0900",
    subject=enc("카페 글 삭제했습니다"),
    outcome="review",
    review="unknown_sender",
    imitates="informal reply from a Daum cafe manager (카페지기) writing from a personal address",
    why="a cafe manager, not Kakao, says he deleted two requested posts",
    items={K[1]: "pending", K[2]: "pending"},
    body=f"""
안녕하세요 은빛늑대 카페 매니저입니다.
다음에서 연락받고 확인했어요.

{K[1]}
{K[2]}

위 두 글 제가 카페에서 다 지웠습니다. 작성자는 강퇴했고요.
혹시 더 필요한 거 있으면 이 메일로 연락 주세요.
""",
)

case(
    name="kakao-promise-may-act",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책협력팀"),
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject=enc("[카카오] KCSC-240905-02 접수 및 검토 안내"),
    outcome="review",
    review="not_understood",
    imitates="Kakao interim notice: under review, action may follow",
    why="names one item; '검토 중', '조치될 수 있습니다' are not statements",
    items={K[1]: "pending"},
    body=f"""
안녕하세요, 카카오 정책협력팀입니다.

요청번호 KCSC-240905-02 중 Daum 카페 게시물({K[1]})은 현재 신고 내용을
검토 중이며, 검토 결과에 따라 게시중단 등의 조치가 이루어질 수 있습니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:31:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for the request sent to a dead mailbox",
    why="delivery failure report; the quoted request's URLs are no statement",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7Q2K"

--dsn-7Q2K
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-right@daum.net>: host mx2.daum.net said: 550 5.1.1 mailbox unavailable

--dsn-7Q2K
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu,  5 Sep 2024 11:30:59 +0900

Final-Recipient: rfc822; cafe-right@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-7Q2K
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-right@daum.net
Subject: [KCSC-240905-02] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Message-ID: <req-KCSC-240905-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

1. {K[1]}
2. {K[2]}

--dsn-7Q2K--
""",
)

case(
    name="kakao-cs-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 11:33:40 +0900",
    subject=enc("[카카오 고객센터] 문의 접수 완료 안내"),
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-centre 접수 완료 receipt",
    why="receipt with 접수번호 and expected answer time only",
    items={},
    body="""
카카오 고객센터입니다.

문의가 접수되었습니다.

접수번호 : 24090511-K7743021
문의유형 : 권리침해 / 시정요구
접수일시 : 2024-09-05 11:33

영업일 기준 3일 이내에 답변드릴 예정입니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
)

# ================================================================ YouTube Korea
case(
    name="yt-legal-korean-outcome",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법률지원팀"),
    date="Tue, 10 Sep 2024 08:15:37 +0900",
    subject=enc("[YouTube] 법률 요청 처리 결과 안내 - KCSC-240906-03"),
    outcome="applied",
    imitates="YouTube legal-removal outcome mail in Korean (local-law block vs. Community Guidelines removal)",
    why="first video blocked in Korea (restricted), second removed for a guideline violation",
    items={Y[1]: "restricted", Y[2]: "removed"},
    body=f"""
안녕하세요.

YouTube에 제출하신 법률 요청(KCSC-240906-03)을 검토했습니다.

현지 법률 위반 신고에 따라 아래 콘텐츠에 대해 대한민국 내 액세스를 차단했습니다.
  {Y[1]}

또한 아래 콘텐츠는 YouTube 커뮤니티 가이드(사기 및 기만 행위)를 위반하여
YouTube에서 삭제했습니다.
  {Y[2]}

YouTube의 법적 요청 처리 방식은 https://support.google.com/legal/answer/3110420 에서
확인하실 수 있습니다.

YouTube 법률지원팀 드림
""",
)

case(
    name="yt-quoted-printable",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법률지원팀"),
    date="Thu, 12 Sep 2024 13:44:02 +0900",
    subject=enc("[YouTube] 요청 #6-2409001177443 업데이트"),
    outcome="applied",
    imitates="YouTube outcome mail sent as quoted-printable Korean text",
    why="QP body: the Short is age-restricted, the channel was terminated",
    items={Y[3]: "restricted", Y[4]: "removed"},
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요.

요청(KCSC-240906-03, 사건 번호 6-2409001177443)에 대한 추가 검토 결과를 알려드립니다.

- Shorts 동영상 {Y[3]}
  : 연령 제한을 적용했습니다. 만 18세 미만 사용자와 로그아웃한 사용자는 이 동영상을 볼 수 없습니다.

- 채널 {Y[4]}
  : 스팸, 현혹 행위 및 사기 정책을 반복적으로 위반하여 채널이 해지되었습니다.

감사합니다.
YouTube 팀''')}""",
)

case(
    name="yt-rejected-and-removed",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법률지원팀"),
    date="Fri, 13 Sep 2024 09:02:19 +0900",
    subject=enc("[YouTube] 법률 요청 최종 결과 (KCSC-240906-03)"),
    outcome="applied",
    imitates="YouTube legal team declining part of a request with its reason",
    why="the channel is not acted on (no violation found, reason given); the Short was removed",
    items={Y[4]: "rejected", Y[3]: "removed"},
    body=f"""
안녕하세요.

KCSC-240906-03 요청 중 남은 항목에 대한 결과입니다.

1. {Y[4]}
   검토 결과 해당 채널에서 YouTube 정책 위반 사항이나 관련 법률 위반이 확인되지 않아
   별도의 조치를 취하지 않았습니다.

2. {Y[3]}
   정책 위반이 확인되어 동영상을 삭제했습니다.

결정에 추가 의견이 있으시면 새 요청을 제출해 주세요.
YouTube 법률지원팀
""",
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "kr-trust-safety@google.com"},
    name_from=enc("YouTube 신뢰 및 안전팀"),
    date="Mon, 09 Sep 2024 18:30:45 +0900",
    subject=enc("Re: [KCSC-240906-03] 문의드린 동영상"),
    reply_to_req=mid("KCSC-240906-03"),
    outcome="review",
    review="not_understood",
    imitates="YouTube trust & safety staffer replying with a hedge",
    why="'이미 삭제되었을 수 있습니다' plus 'checking' is no statement about the video",
    items={Y[1]: "pending"},
    body=f"""
안녕하세요,

말씀하신 {Y[1]} 동영상은 업로더가 이미 삭제했을 수도 있습니다.
저희 쪽 기록에서 아직 확인이 되지 않아 담당 팀에 다시 확인 요청해 두었습니다.

확인되면 바로 알려드리겠습니다.
Trust & Safety, YouTube Korea
""",
)

case(
    name="yt-base64-body",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법률지원팀"),
    date="Wed, 11 Sep 2024 07:58:12 +0900",
    subject=enc("[YouTube] 법률 요청 처리 결과"),
    outcome="applied",
    imitates="YouTube outcome notice whose body is base64 encoded",
    why="base64 body: one video removed, the Short URL invalid / cannot be found",
    items={Y[1]: "removed", Y[3]: "not_found"},
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요.

KCSC-240906-03 요청에 대한 처리 결과입니다.

{Y[1]}
 - 처리 결과: 동영상 삭제 (YouTube 정책 위반)

{Y[3]}
 - 처리 결과: 제공하신 URL에서 동영상을 찾을 수 없습니다. URL이 올바르지 않거나 존재하지 않는 동영상입니다.

YouTube 법률지원팀''')}""",
)

case(
    name="yt-statement-of-reasons-bilingual",
    **{"from": "no-reply-sor@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 12:00:00 +0900",
    subject=enc("YouTube: 조치 사유 안내 / Statement of reasons"),
    outcome="applied",
    imitates="YouTube statement-of-reasons style notice, Korean with English labels",
    why="content restricted in South Korea only, stated per item with its URL",
    items={Y[2]: "restricted"},
    body=f"""
조치 사유 안내 (Statement of reasons)

콘텐츠 / Content: {Y[2]}
조치 / Decision: 대한민국 내 이용 제한 (Restricted in: KR)
근거 / Ground: 현지 법률 (자본시장법 관련 신고, 요청 KCSC-240906-03)
자동화 수단 사용 / Automated detection: 아니요 (No)
결정일 / Date of decision: 2024-09-09

이 결정은 해당 콘텐츠가 다른 국가에서 이용 가능한지 여부에는 영향을 주지 않습니다.
""",
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 09:41:30 +0900",
    subject=enc("법적 요청이 접수되었습니다 [6-2409001177443]"),
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-support auto-receipt (요청 ID, will review)",
    why="receipt only: request ID and 'we will review'",
    items={},
    body="""
안녕하세요.

Google에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었습니다.
요청 ID: 6-2409001177443

제출하신 내용을 검토한 후 이메일로 연락드리겠습니다. 검토에는 며칠이 걸릴 수 있습니다.
이 메일에 회신하지 마세요.

Google 법률지원팀
""",
)

# ================================================================ DC Inside
case(
    name="dc-informal-operator-list",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 19:07:55 +0900",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240910-04"),
    outcome="applied",
    imitates="DC Inside operations team's informal numbered reply",
    why="three numbered URLs: 삭제 완료, 작성자가 이미 삭제, 삭제 완료",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
    body=f"""
안녕하세요 디시인사이드 운영팀입니다~

보내주신 글들 확인했습니다.

1) {D[1]}
   - 삭제 완료
2) {D[2]}
   - 작성자가 먼저 삭제한 글이라 남아있는 게 없습니다
3) {D[3]}
   - 삭제 완료 (작성 IP 차단 조치 같이 했습니다)

모바일 갤러리 글은 확인 후 따로 말씀드릴게요.
수고하세요.
""",
)

case(
    name="dc-outlook-quoted-request",
    **{"from": "kim.dohyun@dcinside.com"},
    name_from=enc("김도현"),
    date="Fri, 13 Sep 2024 11:26:40 +0900",
    subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240910-04"),
    outcome="applied",
    imitates="Outlook reply from a DC Inside staff member over the quoted request",
    why="above the quote: the mobile post deleted, the stock-gallery post kept with a reason; the quoted list says nothing",
    items={D[4]: "removed", D[1]: "rejected", D[2]: "pending", D[3]: "pending"},
    body=f"""
안녕하세요, 디시인사이드 김도현입니다.

요청하신 건 중 두 건 회신드립니다.

- {D[4]} : 삭제 처리했습니다.
- {D[1]} : 특정인을 지칭하지 않은 일반적인 시장 전망 글로 판단되어
  명예훼손에 해당하지 않는다고 보고 게시물을 유지합니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 PM
To: report@dcinside.com
Subject: [KCSC-240910-04] 게시물 삭제 요청

디시인사이드 담당자님께,

아래 게시물에 대한 시정요구를 전달드립니다.

1. {D[1]}
2. {D[2]}
3. {D[3]}
4. {D[4]}

방송통신심의위원회 통신심의국
""",
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 15:33:08 +0900",
    subject=enc("Re: 코인펌프 마이너 갤러리 게시물"),
    reply_to_req=mid("KCSC-240910-04"),
    outcome="applied",
    imitates="plain-text reply whose long URL in angle brackets was wrapped by the mail client",
    why="one minor-gallery post deleted; its URL is wrapped over two lines inside <>",
    items={D[2]: "removed"},
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

문의주신 마이너 갤러리 게시물 <https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=
88214> 은 갤러리 매니저 확인 후 운영팀에서 삭제했습니다.

감사합니다.
""",
)

case(
    name="dc-fullwidth-punctuation",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    subject=enc("[디시인사이드] KCSC-240910-04 처리 결과"),
    outcome="applied",
    imitates="DC Inside result note typed with full-width punctuation",
    why="full-width colon and brackets: one post 삭제 완료, the mobile post already deleted by its author",
    items={D[3]: "removed", D[4]: "not_found"},
    body=f"""
방송통신심의위원회 담당자님께

KCSC-240910-04 처리 결과 알려드립니다．

■ {D[3]}：삭제 완료
■ {D[4]}：【이미 삭제된 게시물】 작성자 본인이 삭제하여 확인되지 않습니다．

디시인사이드 운영팀 드림
""",
)

case(
    name="dc-untrusted-softfail",
    **{"from": "report@dcinside.com"},
    auth="fail",
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 14 Sep 2024 03:47:22 +0900",
    subject=enc("[디시인사이드] 게시물 조치 완료"),
    outcome="review",
    review="untrusted",
    imitates="DC Inside result mail failing SPF/DKIM/DMARC",
    why="statuses from dcinside.com that fail authentication",
    items={D[1]: "pending", D[4]: "pending"},
    body=f"""
KCSC-240910-04 관련 아래 게시물 삭제 처리 완료되었습니다.

{D[1]}
{D[4]}

디시인사이드 운영팀
""",
)

case(
    name="dc-out-of-office",
    **{"from": "kim.dohyun@dcinside.com"},
    name_from=enc("김도현"),
    date="Tue, 10 Sep 2024 14:00:52 +0900",
    subject=enc("자동 회신: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office)",
    why="auto-reply announcing absence until 9/12",
    items={},
    body="""
외근 중으로 9월 12일(목)에 복귀합니다.
게시물 삭제 요청은 report@dcinside.com 으로 보내주시면 순차 처리됩니다.
""",
)

# ================================================================ BAND
case(
    name="band-policy-notice",
    **{"from": "policy@band.us"},
    name_from=enc("BAND 운영정책팀"),
    date="Mon, 16 Sep 2024 16:16:16 +0900",
    subject=enc("[BAND] 요청하신 게시글 조치 결과 안내 (KCSC-240911-05)"),
    outcome="applied",
    imitates="BAND operations-policy team result notice",
    why="post 1 deleted, post 2 kept (no violation, reason given), post 3 gone because its band was closed",
    items={B[1]: "removed", B[2]: "rejected", B[3]: "removed"},
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

방송통신심의위원회에서 요청하신 게시글(KCSC-240911-05)에 대한 조치 결과를 안내드립니다.

• {B[1]}
  운영정책(불법 상품 거래) 위반으로 게시글을 삭제했습니다.

• {B[2]}
  게시글 내용을 확인했으나 약물 판매 또는 거래 정황이 확인되지 않아 조치하지 않았습니다.

• {B[3]}
  해당 게시글이 있던 밴드를 운영정책 위반으로 폐쇄하여 게시글을 포함한 밴드 전체가
  더 이상 공개되지 않습니다.

BAND 운영정책: https://band.us/policy/operation
""",
)

case(
    name="band-awaiting-explanation",
    **{"from": "policy@band.us"},
    name_from=enc("BAND 운영정책팀"),
    date="Fri, 13 Sep 2024 10:03:33 +0900",
    subject=enc("[BAND] KCSC-240911-05 처리 진행 상황"),
    outcome="review",
    review="not_understood",
    imitates="BAND interim notice: asked the poster for an explanation, will act depending on it",
    why="names two posts; action is conditional on the poster's 소명",
    items={B[1]: "pending", B[2]: "pending"},
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글 중
{B[1]}
{B[2]}
두 건은 작성자에게 소명을 요청해 둔 상태입니다. 소명 기한(3일)이 지나거나
소명 내용이 타당하지 않은 경우 운영정책에 따라 조치할 예정입니다.

결과는 조치 후 다시 알려드리겠습니다.
""",
)

case(
    name="band-answer-posted-portal",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject=enc("[BAND 고객센터] 문의하신 내용에 답변이 등록되었습니다."),
    outcome="review",
    review="no_claims",
    imitates="BAND help-centre notification that an answer was posted on the web",
    why="trusted BAND mail naming no item and no request: the answer itself is on the portal",
    items={},
    body="""
안녕하세요, BAND 고객센터입니다.

고객님이 남기신 문의에 답변이 등록되었습니다.
아래 링크에서 답변 내용을 확인해 주세요.

답변 확인하기: https://band.us/cs/inquiry/list

본 메일은 발신 전용입니다.
""",
)

case(
    name="band-text-table",
    **{"from": "policy@band.us"},
    name_from=enc("BAND 운영정책팀"),
    date="Tue, 17 Sep 2024 09:09:41 +0900",
    subject=enc("Re: [KCSC-240911-05] 시정요구"),
    reply_to_req=mid("KCSC-240911-05"),
    outcome="applied",
    imitates="BAND reply with a pipe text table (게시글 | 조치)",
    why="two rows: 삭제 and 게시글 없음 (이미 삭제됨)",
    items={B[1]: "removed", B[3]: "not_found"},
    body=f"""
요청하신 건 확인 결과 공유드립니다.

| 게시글                                    | 조치                         |
|-------------------------------------------|------------------------------|
| {B[1]}   | 삭제                         |
| {B[3]}     | 게시글 없음 (작성자가 이미 삭제) |

BAND 운영정책팀
""",
)

case(
    name="band-one-line-informal",
    **{"from": "lee.sumin@band.us"},
    name_from=enc("이수민"),
    date="Sat, 14 Sep 2024 13:02:50 +0900",
    subject=enc("Re: [KCSC-240911-05] 시정요구"),
    reply_to_req=mid("KCSC-240911-05"),
    outcome="applied",
    imitates="one-line informal reply from a BAND staff member, sent from a phone",
    why="one named post, '지웠습니다' unhedged",
    items={B[3]: "removed"},
    body=f"""
{B[3]} 글 방금 지웠습니다. 나머지는 팀에서 회신 갈 거예요.

iPhone에서 보냄
""",
)


HEADER = """# blind263: Korean portals and communities (NAVER, Kakao/Daum/Tistory,
# YouTube Korea, DC Inside, BAND). Written by make.py; do not edit by hand.
# Expected results written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind263", HEADER, CASES)


if __name__ == "__main__":
    main()
