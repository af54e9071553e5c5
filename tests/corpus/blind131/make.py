#!/usr/bin/env python3
"""Blind set 131 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (공문 style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), with their expected
results written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind131/make.py

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

SET = "blind131"

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_shop77/223561200481",
    "https://blog.naver.com/moonlit_shop77/223561200517",
    "https://blog.naver.com/greyharbor_kr/223558870012",
    "https://cafe.naver.com/quietstockroom/48211",
    "https://cafe.naver.com/quietstockroom/48230",
    "https://cafe.naver.com/quietstockroom/48307",
    "https://cafe.naver.com/pinetreecoin/10552",
    "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=471203318",
    "https://blog.naver.com/saltwind_92/223570044190",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110452&memberNo=52210931",
    "https://cafe.naver.com/pinetreecoin/10589",
    "https://blog.naver.com/greyharbor_kr/223559010344",
    "https://tv.naver.com/v/58120447",
]
K3_RAW = "https://hollowpine.tistory.com/entry/정보-공유-모음"
K3 = "https://hollowpine.tistory.com" + quote("/entry/정보-공유-모음", safe="/-")
K = [
    "https://cafe.daum.net/bluelanternclub/Xk2P/1187",
    "https://cafe.daum.net/bluelanternclub/Xk2P/1203",
    K3,
    "https://brunch.co.kr/@quietfern/41",
    "https://open.kakao.com/o/gHx81Kdf",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=b7HkR0sWnE4",
    "https://www.youtube.com/shorts/Zt5pLq9XwK1",
    "https://www.youtube.com/@dalbit_talk_tv",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9124471",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=338120",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=338157",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=5521",
]
B = [
    "https://band.us/band/87210344/post/1204",
    "https://band.us/band/87210344/post/1219",
    "https://band.us/band/90115527/post/77",
]
M = [
    "https://blog.naver.com/hanbit_deal/223580112934",
    "https://m.blog.naver.com/hanbit_deal/223580113207",
]
S1 = "https://www.youtube.com/watch?v=pR4nY6uJ0cE"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "illegal_finance", "불법 리딩방·유사투자자문 홍보 게시물"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", K,
     "gambling", "불법 도박 사이트 홍보"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "defamation", "명예훼손 영상 및 채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", D,
     "privacy", "개인정보(신상) 공개 게시물"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", B,
     "fraud", "투자 사기 모집 게시글"),
    ("KCSC-240910-06", "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", M,
     "gambling", "도박 사이트 홍보 블로그"),
    ("KCSC-240912-07", "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [S1],
     "privacy", "개인 얼굴·주소 노출 영상"),
]


def req_mid(ref):
    return f"<req.{ref}@kcsc.example>"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encoded word, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def b64(s, bom=False):
    data = (("\ufeff" if bom else "") + s).encode("utf-8")
    enc = base64.b64encode(data).decode()
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


def pending(urls):
    return {u: "pending" for u in urls}


QUOTE_REQ_01 = "\n".join(f"> {i}. {u}" for i, u in enumerate(N, 1))

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= NAVER, KCSC-240902-01 (13 items)
case(
    name="naver-gongmun-text-table",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("시정요구에 대한 조치결과 회신 (KCSC-240902-01)"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
네이버 주식회사

수    신  방송통신심의위원회 (통신심의국장)
제    목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 당사에 통보한 시정요구(KCSC-240902-01)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

 연번  URL                                                                        조치결과      비고
 1     {N[0]}                         삭제
 2     {N[1]}                         삭제
 3     {N[2]}                         임시조치      30일
 4     {N[3]}                                 삭제
 5     {N[4]}                                 게시물 없음   작성자 자진 삭제
 6     {N[5]}                                 삭제
 7     {N[6]}                                   조치불가      아래 3항 참조
 8     {N[7]}  삭제
 9     {N[8]}                          임시조치      30일
 10    {N[9]}  게시물 없음   유효하지 않은 주소
 11    {N[10]}                                   블라인드
 12    {N[11]}                         삭제
 13    {N[12]}                                            국내 접속 제한

3. 연번 7의 게시물은 투자 관련 일반 의견으로, 당사 운영정책 및 관련 법령 위반
   사항이 확인되지 않아 게시를 유지하였음을 알려드립니다.  끝.

네이버 주식회사 대표이사 (직인생략)

담당: 정책지원팀 한서윤 매니저 (policy@navercorp.com)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) reply to a KCSC 시정요구, 조치결과 table in fixed-width text",
    why="item-level results for all 13 items from NAVER: 삭제/블라인드 removed, 임시조치/국내 접속 제한 restricted, 게시물 없음 not_found, 조치불가 with reason rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "restricted", N[9]: "not_found",
           N[10]: "removed", N[11]: "removed", N[12]: "restricted"},
)

HTML_ROWS = [(N[0], "삭제 완료"), (N[1], "삭제 완료"), (N[2], "블라인드 처리"),
             (N[3], "검토 중"), (N[4], "검토 중")]
html_tbl = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(HTML_ROWS, 1))
txt_tbl = "\n".join(f"{i}. {u} - {s}" for i, (u, s) in enumerate(HTML_ROWS, 1))
case(
    name="naver-html-table-partial",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    **{"from": "rights@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    subject=h("[NAVER] 게시중단 요청 처리 현황 안내 (KCSC-240902-01)"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-7731"

--nv-alt-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 권리보호센터입니다.
요청하신 게시물의 현재 처리 현황을 안내드립니다.

{txt_tbl}

검토 중인 건은 처리가 완료되는 대로 다시 안내드리겠습니다.

--nv-alt-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. NAVER 권리보호센터입니다.<br>요청하신 게시물의 현재 처리 현황을 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 URL</th><th>처리 상태</th></tr>
{html_tbl}
</table>
<p>검토 중인 건은 처리가 완료되는 대로 다시 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 문의는 회신으로 보내주세요.<br>
<a href="https://right.naver.com/guide">권리보호센터 이용안내</a></p>
</body></html>

--nv-alt-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 status table (HTML with plain-text alternative)",
    why="three rows done (삭제 완료, 블라인드 처리), two rows 검토 중 stay pending; the help link is not an item",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-bare-url-status-below",
    date="Wed, 04 Sep 2024 14:31:02 +0900",
    **{"from": "cafe_support@naver.com"},
    name_from=h("네이버 카페 운영지원"),
    subject="RE: [KCSC-240902-01] " + h("시정요구 (불법 리딩방 홍보)"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당자입니다.
요청하신 카페 게시글 확인 결과 공유드립니다.

{N[3]}
→ 게시중단 처리 완료 (9/4 14:20)

{N[4]}
→ 작성자가 이미 삭제한 글입니다.

{N[5]}
→ 게시중단 처리 완료 (9/4 14:22)

카페(quietstockroom) 자체에 대한 이용제한 여부는 별도 검토 후 회신드리겠습니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER Cafe operator reply, bare URL with the result on the line below",
    why="each URL is followed by its own result line; the promise about the cafe as a whole concerns no requested item",
    items={N[3]: "removed", N[4]: "not_found", N[5]: "removed"},
)

CSV_ROWS = [
    ("번호", "URL", "조치결과", "조치일자"),
    ("1", N[2], "삭제", "2024-09-04"),
    ("2", N[11], "삭제", "2024-09-04"),
    ("3", N[8], "임시조치(30일)", "2024-09-04"),
    ("4", N[9], "게시물 없음", "-"),
    ("5", N[12], "비공개 처리", "2024-09-05"),
    ("6", N[7], "조치 불가(운영원칙 위반 사항 없음)", "-"),
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="naver-csv-attachment",
    date="Thu, 05 Sep 2024 10:12:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("[조치결과] KCSC-240902-01 처리 결과 송부"),
    reply_to_req="req.KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-mix-5120"

--nv-mix-5120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 중 6건에 대한 조치 결과를 첨부 파일로 송부드립니다.
나머지 건은 별도로 회신드리겠습니다.

감사합니다.

--nv-mix-5120
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(_cb.getvalue(), bom=True)}

--nv-mix-5120--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과 spreadsheet exported as CSV (UTF-8 with BOM) attached to a short cover note",
    why="the attachment gives one result per URL: 삭제/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={N[2]: "removed", N[11]: "removed", N[8]: "restricted", N[9]: "not_found",
           N[12]: "removed", N[7]: "rejected"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Tue, 03 Sep 2024 17:55:20 +0900",
    **{"from": "yoon.jiho@navercorp.com"},
    name_from=h("윤지호"),
    subject="Re: [KCSC-240902-01] " + h("시정요구 통보"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
KCSC 담당자님, 안녕하세요.

요청 건 중 아래 2건 먼저 처리되어 회신드립니다.
- {N[0]} : 삭제
- {N[1]} : 삭제

나머지 건은 확인 중입니다.

윤지호 드림
NAVER Trust & Safety

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 네이버 주식회사 귀중
>
> 아래 게시물은 정보통신에 관한 심의규정 위반으로 의결되어 시정요구(삭제)를 통보합니다.
> 조치 결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다.
>
{QUOTE_REQ_01}
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a platform employee over the quoted 시정요구",
    why="only the two URLs above the quote get a statement; the 13 URLs in the '>' quote are the regulator's own request",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="naver-qp-private-and-missing",
    date="Fri, 06 Sep 2024 09:20:41 +0900",
    **{"from": "cafe_support@naver.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h("[네이버 카페] 신고 게시글 처리 결과"),
    reply_to_req="req.KCSC-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 카페 운영지원입니다.

KCSC-240902-01 건 관련하여 카페 게시글 2건을 확인하였습니다.

{N[10]} 게시글은 카페 운영원칙 위반으로 비공개 처리되었습니다.
{N[5]} 게시글은 확인 결과 삭제되었거나 존재하지 않는 게시글로, 찾을 수 없습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe support reply sent quoted-printable (common for Korean webmail)",
    why="비공개 처리 is removal; 'deleted or does not exist, cannot be found' is not_found",
    items={N[10]: "removed", N[5]: "not_found"},
)

case(
    name="naver-fullwidth-brackets",
    date="Thu, 05 Sep 2024 13:02:10 +0900",
    **{"from": "cafe_support@naver.com"},
    name_from=h("네이버 카페 운영지원"),
    subject="RE: [KCSC-240902-01] " + h("카페 게시글 시정요구"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
안녕하세요.

신고해 주신 게시글（{N[6]}）과 게시글「{N[10]}」은
모두 불법 투자자문 홍보로 확인되어 게시중단되었습니다。

해당 카페 매니저에게도 경고 조치를 안내하였습니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with URLs inside full-width brackets and corner quotes",
    why="both URLs are named in the one sentence that says 게시중단; the full-width brackets are not part of the URLs",
    items={N[6]: "removed", N[10]: "removed"},
)

case(
    name="naver-kin-pipe-table",
    date="Fri, 06 Sep 2024 15:48:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("KCSC-240902-01 추가 조치결과 (지식iN·포스트·블로그)"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
지난 회신에서 누락된 건의 결과를 아래와 같이 정리해 드립니다.

| No | 서비스 | URL | 결과 |
|----|--------|-----|------|
| 1 | 지식iN | {N[7]} | 답변 삭제 |
| 2 | 포스트 | {N[9]} | 블라인드 |
| 3 | 블로그 | {N[8]} | 이미 삭제됨(작성자 삭제) |

문의 사항은 본 메일로 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table pasted from an internal tracker",
    why="one row per URL: 답변 삭제 and 블라인드 removed, deleted by its author not_found",
    items={N[7]: "removed", N[9]: "removed", N[8]: "not_found"},
)

case(
    name="naver-ack-plus-statements",
    date="Wed, 04 Sep 2024 18:10:05 +0900",
    **{"from": "help@help.naver.com"},
    name_from=h("네이버 고객센터"),
    subject=h("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.
접수하신 신고(접수번호 2409-118273, 요청번호 KCSC-240902-01)에 대한 처리 결과를 안내드립니다.

■ 블로그 게시물
{N[11]}
: 운영원칙 위반(불법 금융 홍보)으로 삭제되었습니다.

■ 네이버TV 클립
{N[12]}
: 법령에 따라 대한민국 내 접속이 제한되었습니다.

더 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail: acknowledgement heading followed by item results",
    why="starts like a receipt but gives an unhedged result for each named URL; help.naver.com is a help page, not an item",
    items={N[11]: "removed", N[12]: "restricted"},
)

case(
    name="naver-bulk-all-processed",
    date="Mon, 09 Sep 2024 10:02:19 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("시정요구(KCSC-240902-01) 처리 완료 보고"),
    reply_to_req="req.KCSC-240902-01",
    body="""
안녕하십니까.

귀 위원회에서 요청하신 시정요구(KCSC-240902-01) 대상 게시물 13건은
모두 삭제 조치 완료되었음을 알려드립니다.

개별 조치 내역이 필요하시면 말씀해 주십시오.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="short completion report from a portal's policy team, no per-item list",
    why="'all 13 removed' names no item of a 13-item request: bulk statement goes to review, items stay pending",
    items=pending(N),
)

case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 09:44:51 +0900",
    **{"from": "rights@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    subject="RE: [KCSC-240902-01] " + h("시정요구"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.

요청하신 게시물 중 아래 카페 게시글은 내부 검토를 거쳐 순차적으로
게시중단 조치될 예정입니다.

 - {N[3]}
 - {N[4]}
 - {N[5]}

조치가 완료되면 결과를 별도로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply announcing that posts 'will be' taken down in turn",
    why="조치될 예정 is a promise, not a statement: named items stay pending and the email needs a person",
    items=pending([N[3], N[4], N[5]]),
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 20:15:37 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    auth="fail",
    subject=h("조치결과 회신 KCSC-240902-01"),
    body=f"""
안녕하세요. 요청하신 게시물 처리 결과입니다.

{N[0]} 삭제
{N[6]} 삭제
{N[10]} 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="result list claiming to come from NAVER, failing DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: nothing applied, review untrusted",
    items=pending([N[0], N[6], N[10]]),
)

case(
    name="naver-no-claims-contact-change",
    date="Fri, 06 Sep 2024 11:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("[안내] 시정요구 접수 담당 메일 주소 변경"),
    body="""
방송통신심의위원회 담당자님께

2024년 10월 1일부터 시정요구 관련 공문 접수 주소가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: kcsc-desk@navercorp.com

기존 주소로 보내주신 메일도 당분간 함께 확인할 예정입니다.
업무에 참고 부탁드립니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="no_claims",
    imitates="administrative notice from a portal's policy desk (contact address change)",
    why="trusted NAVER mail that names no item and cites no request: no_claims",
    items={},
)

case(
    name="naver-receipt-ack",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    **{"from": "noreply@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    subject=h("[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 RN-2409-004417)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req="req.KCSC-240902-01",
    body="""
안녕하세요. NAVER 권리보호센터입니다.

귀하의 게시중단 요청이 정상적으로 접수되었습니다.
  - 접수번호: RN-2409-004417
  - 접수일시: 2024.09.02 10:01

요청하신 내용은 담당자 검토 후 처리되며, 처리 결과는 이 메일 주소로 안내됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 완료 auto-generated receipt",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="naver-mdn-read",
    date="Mon, 02 Sep 2024 13:27:45 +0900",
    **{"from": "yoon.jiho@navercorp.com"},
    name_from=h("윤지호"),
    subject=h("읽음: [KCSC-240902-01] 시정요구 통보"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-88e1"

--mdn-88e1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240902-01] 시정요구 통보"을(를) 수신자가 2024-09-02 13:27에 읽었습니다.

--mdn-88e1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;yoon.jiho@navercorp.com
Original-Message-ID: <req.KCSC-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-88e1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="a read receipt says nothing about any item",
    items={},
)

# ================================================================= NAVER, KCSC-240910-06 (2 items)
case(
    name="naver-small-mixed",
    date="Thu, 12 Sep 2024 16:20:30 +0900",
    **{"from": "rights@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    subject="RE: [KCSC-240910-06] " + h("도박 사이트 홍보 블로그 시정요구"),
    reply_to_req="req.KCSC-240910-06",
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.
요청번호 KCSC-240910-06 관련 처리 결과입니다.

1) {M[0]}
   불법 도박 사이트 홍보 게시물로 확인되어 삭제하였습니다.

2) {M[1]}
   해당 글은 도박 사이트 홍보가 아닌 관련 보도 내용 요약으로 판단되어
   운영정책상 삭제 대상에 해당하지 않습니다. 게시를 유지합니다.

이의가 있으시면 본 메일로 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 numbered result per post, one refusal with its reason",
    why="first post deleted; second kept because it breaks no rule (refusal with reason) = rejected",
    items={M[0]: "removed", M[1]: "rejected"},
)

case(
    name="naver-angle-brackets-particles",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    **{"from": "blog_help@naver.com"},
    name_from=h("네이버 블로그 고객지원"),
    subject=h("블로그 게시물 처리 결과 안내 (KCSC-240910-06)"),
    body=f"""
안녕하세요, 네이버 블로그 고객지원입니다.

<{M[0]}>은 정보통신망법에 따라 30일간 임시조치되었으며,
{M[1]}는 작성자가 이미 삭제한 게시물입니다.

임시조치 기간 중 게시자가 재게시를 요청하는 경우 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog support prose with a URL in angle brackets and Korean particles stuck to URLs",
    why="임시조치 = restricted; already deleted by its author = not_found; '은'/'는' are particles, not part of the URL",
    items={M[0]: "restricted", M[1]: "not_found"},
)

case(
    name="kcsc-dsn-delayed",
    date="Tue, 10 Sep 2024 19:00:04 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Delayed Mail (still being retried)",
    auth="none",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-3b20"

--dsn-3b20
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<policy@navercorp.com>: connect to mx1.navercorp.com[203.0.113.25]:25:
    Connection timed out

--dsn-3b20
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:00:02 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 15:00:02 +0900

--dsn-3b20
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240910-06] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Message-ID: {req_mid('KCSC-240910-06')}

--dsn-3b20--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery report for our own request; bounces are ignored whoever sends them",
    items={},
)

# ================================================================= Kakao, KCSC-240903-02 (5 items)
case(
    name="kakao-imsi-notice",
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h("[카카오] 게시물 임시조치 결과 안내 (KCSC-240903-02)"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청(KCSC-240903-02)에 따라 아래 게시물에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 의거한
임시조치(30일)를 하였습니다.

 · Daum 카페: {K[0]}
 · Daum 카페: {K[1]}

또한 아래 티스토리 게시물은 운영정책 위반이 명백하여 삭제하였습니다.

 · 티스토리: {K3_RAW}

임시조치 기간 내 게시자의 재게시 요청이 없는 경우 해당 게시물은 삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 임시조치 결과 안내 (Art. 44-2 notice), Tistory URL with a raw Korean path",
    why="임시조치(30일) = restricted for both cafe posts; the Tistory post deleted (raw Korean path matches its percent-encoded form); the later-deletion sentence is conditional",
    items={K[0]: "restricted", K[1]: "restricted", K3: "removed"},
)

case(
    name="kakao-numbered-list",
    date="Fri, 06 Sep 2024 11:45:09 +0900",
    **{"from": "policy-ops@kakaocorp.com"},
    name_from=h("카카오 운영정책팀"),
    subject="RE: [KCSC-240903-02] " + h("불법 도박 홍보 게시물 시정요구"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""
안녕하세요, 카카오 운영정책팀입니다.
요청하신 5건의 처리 결과를 안내드립니다.

1. {K[0]}
   - 카페 게시물 블라인드 처리
2. {K[1]}
   - 삭제
3. {K3}
   - 존재하지 않는 게시물 (확인 불가)
4. {K[3]}
   - 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않음
5. {K[4]}
   - 오픈채팅방 운영 중지(폐쇄)

감사합니다.
카카오 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team numbered list, result on the line under each URL",
    why="블라인드/삭제/채팅방 폐쇄 removed, 존재하지 않는 게시물 not_found, no violation found = rejected",
    items={K[0]: "removed", K[1]: "removed", K3: "not_found", K[3]: "rejected", K[4]: "removed"},
)

case(
    name="kakao-daum-cs-html",
    date="Mon, 09 Sep 2024 14:02:55 +0900",
    **{"from": "cs@daum.net"},
    name_from=h("Daum 고객센터"),
    subject=h("[Daum 고객센터] 신고하신 게시물 처리 결과입니다"),
    type="html",
    body=f"""
<html><body>
<div style="font-size:13px;font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, Daum 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240903-02</b> 관련 신고 게시물 2건의 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#f4f4f4"><th>신고 게시물</th><th>처리 결과</th></tr>
<tr><td>{K[3]}</td><td>비공개 처리</td></tr>
<tr><td>{K[4]}</td><td>조치 불가 (도박 관련 내용이 확인되지 않음)</td></tr>
</table>
<p>운영정책은 <a href="https://cs.daum.net/faq/policy.html">Daum 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 HTML answer mail with a two-column result table",
    why="비공개 처리 removed; 조치 불가 with its reason rejected; the policy link is not an item",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-tistory-wrapped-angle",
    date="Wed, 04 Sep 2024 17:20:33 +0900",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from=h("티스토리 고객센터"),
    subject=h("티스토리 게시물 게시중단 완료 안내"),
    reply_to_req="req.KCSC-240903-02",
    body="""
안녕하세요, 티스토리 고객센터입니다.

요청하신 아래 게시물은 불법 도박 사이트 홍보에 해당하여 게시중단
처리를 완료하였습니다.

  <https://hollowpine.tistory.com/entry/%EC%A0%95%EB%B3%B4-
   %EA%B3%B5%EC%9C%A0-%EB%AA%A8%EC%9D%8C>

같은 블로그의 다른 글에 대해서도 모니터링을 계속하겠습니다.

티스토리 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) help-desk notice with a long percent-encoded URL wrapped inside angle brackets",
    why="the one requested Tistory post is named (wrapped in <...> as RFC 3986 allows) and 게시중단 completed = removed",
    items={K3: "removed"},
)

case(
    name="kakao-asks-more-docs",
    date="Wed, 04 Sep 2024 10:30:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject="RE: [KCSC-240903-02] " + h("시정요구"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 {K[0]} 건은 게시자가 이의를 제기한 이력이 있어,
처리를 위해 귀 위원회의 심의 의결서 사본을 추가로 보내주셔야 합니다.

자료를 회신해 주시면 검토 후 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 request for supporting documents (의결서 사본)",
    why="asks the regulator for a document before acting; the named post stays pending",
    items={K[0]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date="Thu, 05 Sep 2024 09:12:40 +0900",
    **{"from": "policy-ops@kakaocorp.com"},
    name_from=h("카카오 운영정책팀"),
    subject="RE: [KCSC-240903-02] " + h("문의 건"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""
안녕하세요.

확인해 보니 {K[1]} 게시물은 이미 삭제된 것으로 보입니다.
다만 삭제 시점과 주체는 시스템상 확인이 어려운 상황입니다.

추가로 확인되는 내용이 있으면 공유드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Kakao operator reply with a hedge (…된 것으로 보입니다)",
    why="'appears to have been deleted' is a hedge, not a statement: item stays pending, named item -> not_understood",
    items={K[1]: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    date="Wed, 04 Sep 2024 13:50:18 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h("문의하신 게시물 관련 회신"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 메일에 포함된 주소 {N[0]} 는
당사(카카오/Daum) 서비스가 아닌 네이버 블로그 게시물입니다.
참고로 당사에서 확인했을 때 해당 게시물은 현재 삭제되어 접속되지 않습니다.

네이버 측으로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected request answered by another portal ('not our service')",
    why="Kakao states a status for a NAVER item: a platform cannot settle another platform's item",
    items={N[0]: "pending"},
)

case(
    name="kakao-out-of-office",
    date="Tue, 03 Sep 2024 11:00:40 +0900",
    **{"from": "park.sumin@kakaocorp.com"},
    name_from=h("박수민"),
    subject=h("자동 회신: [KCSC-240903-02] 불법 도박 홍보 게시물 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="req.KCSC-240903-02",
    body="""
안녕하세요, 박수민입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 권리침해 관련 문의는 right@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply in Korean (자동 회신)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================= YouTube, KCSC-240905-03 (4 items)
case(
    name="yt-legal-ko-restricted",
    date="Mon, 09 Sep 2024 08:15:02 +0900",
    **{"from": "youtube-legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h("[YouTube] 법적 요청 검토 결과 안내 - KCSC-240905-03"),
    reply_to_req="req.KCSC-240905-03",
    body=f"""
안녕하세요.

YouTube에 보내주신 요청(KCSC-240905-03)을 검토했습니다.

검토 결과, 현지 법률에 따라 다음 콘텐츠에 대한 대한민국 내 액세스를 제한했습니다.
{Y[0]}
{Y[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[2]}

다음 채널은 검토하였으나 YouTube 정책 또는 현지 법률 위반을 확인하지 못하여
조치를 취하지 않았습니다.
{Y[3]}

YouTube는 이 요청의 사본을 Lumen 프로젝트(https://lumendatabase.org)에 전송할 수 있습니다.
자세한 내용은 https://support.google.com/youtube/answer/6154230 을 참고하세요.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome (Korean localisation): local block, guideline removal, no action",
    why="headed groups: KR access restricted = restricted, removed for guidelines = removed, no violation found = rejected; Lumen and help links are not items",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-channel-terminated-bilingual",
    date="Tue, 10 Sep 2024 07:40:11 +0900",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube Legal Support",
    subject="[KCSC-240905-03] YouTube " + h("채널 조치 결과") + " / Channel action",
    reply_to_req="req.KCSC-240905-03",
    body=f"""
안녕하세요.
요청하신 채널 {Y[3]} 은(는) YouTube 서비스 약관 위반으로 해지되었습니다.

Hello,
The channel {Y[3]} has been terminated for violating YouTube's Terms of Service.

- YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube bilingual (Korean/English) channel termination outcome",
    why="channel terminated = removed, stated twice in two languages for the same URL",
    items={Y[3]: "removed"},
)

case(
    name="yt-actioned-phrase",
    date="Wed, 11 Sep 2024 03:22:48 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal",
    subject="Re: [KCSC-240905-03] Legal request",
    reply_to_req="req.KCSC-240905-03",
    body=f"""
Hello,

Thank you for your notice. Please find our update below.

- {Y[2]} : has been actioned under our policies.
- {Y[0]} : this video is no longer available on YouTube because it was removed by the uploader before our review.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support English update, 'actioned under our policies' and uploader-deleted video",
    why="'actioned under our policies' is removal (configured phrase); removed by its uploader before review = not_found",
    items={Y[2]: "removed", Y[0]: "not_found"},
)

case(
    name="yt-geo-restricted-en",
    date="Thu, 12 Sep 2024 02:05:30 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="[KCSC-240905-03] Outcome of your legal request",
    reply_to_req="req.KCSC-240905-03",
    body=f"""
Hello,

We have reviewed the content you reported.

In response to your request, we have restricted access to the following
video in South Korea:
  {Y[1]}

We have not taken action on the following video. Based on our review it
does not appear to violate Korean law, and it does not violate our
Community Guidelines:
  {Y[0]}

If you have additional information, you can submit a new request at
https://support.google.com/legal/answer/3110420.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support geo-restriction outcome (KR) with a refusal",
    why="restricted in South Korea = restricted; 'not taken action ... does not violate our Community Guidelines' = rejected (the 'does not appear' is part of the refusal's reason, the refusal itself is unhedged)",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

case(
    name="yt-under-review",
    date="Fri, 06 Sep 2024 16:33:20 +0900",
    **{"from": "youtube-legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject="RE: [KCSC-240905-03] " + h("명예훼손 영상 시정요구"),
    reply_to_req="req.KCSC-240905-03",
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청하신 콘텐츠 중
{Y[1]}
{Y[2]}
두 건은 현재 법적 검토가 진행 중입니다. 검토가 완료되면 결과를 안내해 드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal team interim reply: content under legal review",
    why="'under review' + promise to report later is no statement; the two named items stay pending",
    items=pending([Y[1], Y[2]]),
)

case(
    name="yt-dsn-bounce",
    date="Thu, 05 Sep 2024 09:31:10 +0900",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="gm-dsn-40a1"

--gm-dsn-40a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

** 주소를 찾을 수 없음 **

youtube-legal-korea@google.com 주소를 찾을 수 없거나 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.

--gm-dsn-40a1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 09:30:58 +0900

Final-Recipient: rfc822; youtube-legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--gm-dsn-40a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: youtube-legal-korea@google.com
Subject: [KCSC-240905-03] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Message-ID: {req_mid('KCSC-240905-03')}
Content-Type: text/plain; charset=utf-8

아래 영상에 대해 시정요구(삭제)를 통보합니다.
{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

--gm-dsn-40a1--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'address not found' DSN (Korean localisation) returning our request",
    why="bounce carrying our own request; the URLs inside are ours",
    items={},
)

# ================================================================= YouTube, KCSC-240912-07 (1 item)
case(
    name="yt-single-sole",
    date="Sat, 14 Sep 2024 05:10:00 +0900",
    **{"from": "youtube-legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject="RE: [KCSC-240912-07] " + h("개인정보 노출 영상 시정요구"),
    reply_to_req="req.KCSC-240912-07",
    body="""
안녕하세요, YouTube 법무팀입니다.

요청하신 동영상은 YouTube 개인정보 보호 가이드라인 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube privacy complaint outcome, one-line result without the URL",
    why="reply in the thread of a one-item request; its only statement (삭제되었습니다) is about that item",
    items={S1: "removed"},
)

case(
    name="yt-mcn-unknown-sender",
    date="Fri, 13 Sep 2024 11:25:37 +0900",
    **{"from": "manager@starline-mcn.co.kr"},
    name_from=h("스타라인 MCN 채널관리팀"),
    subject="RE: [KCSC-240912-07] " + h("영상 관련"),
    reply_to_req="req.KCSC-240912-07",
    body=f"""
안녕하세요, 스타라인 MCN 채널관리팀입니다.

소속 크리에이터 채널의 {S1} 영상은
오늘 오전 채널 측에서 내렸습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="multi-channel-network manager replying on behalf of a creator",
    why="sender is no platform's domain: names our request and URL -> unknown_sender, nothing applied",
    items={S1: "pending"},
)

# ================================================================= DC Inside, KCSC-240906-04 (4 items)
case(
    name="dc-informal-operator",
    date="Mon, 09 Sep 2024 11:02:26 +0900",
    **{"from": "op_team@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject="RE: [KCSC-240906-04] " + h("신상 공개 게시물 시정요구"),
    reply_to_req="req.KCSC-240906-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글들 확인해서 처리했습니다.
{D[0]} 삭제했고요,
{D[1]}, {D[2]} 도 삭제 완료입니다.
{D[3]} 는 저희가 보기 전에 작성자가 이미 지운 글이네요.

같은 내용 재게시되면 바로 차단하겠습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="three posts deleted (two named in one sentence), one already deleted by its author = not_found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-url-below-statement",
    date="Tue, 10 Sep 2024 15:18:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("[디시인사이드] 신고 게시물 처리 결과 (KCSC-240906-04)"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 개인정보 노출로 확인되어 삭제 처리되었습니다.

{D[1]}
{D[2]}

아래 게시물은 신고하신 개인정보가 게시물에서 확인되지 않아 삭제하지 않고 유지됩니다.

{D[0]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre result, statements with the URLs on the lines below",
    why="two posts under the deletion sentence removed; the one under 'not found in the post, kept' is rejected",
    items={D[1]: "removed", D[2]: "removed", D[0]: "rejected"},
)

case(
    name="dc-base64-adult",
    date="Wed, 11 Sep 2024 09:55:01 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("신고 게시물 처리 안내"),
    reply_to_req="req.KCSC-240906-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 디시인사이드 신고센터입니다.

KCSC-240906-04 건 처리 결과입니다.

- {D[1]}
  게시물 삭제 완료

- {D[2]}
  게시물은 성인 인증 후에만 열람할 수 있도록 제한 조치하였습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre result sent base64-encoded",
    why="deleted = removed; viewable only after adult verification = age-restricted = restricted",
    items={D[1]: "removed", D[2]: "restricted"},
)

case(
    name="dc-bullets-policy-link",
    date="Thu, 12 Sep 2024 14:40:15 +0900",
    **{"from": "op_team@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject="RE: [KCSC-240906-04] " + h("추가 회신"),
    reply_to_req="req.KCSC-240906-04",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

 • {D[0]} → 삭제
 • {D[3]} → 미니 갤러리 매니저 요청으로 삭제

참고로 개인정보 관련 게시물 처리 기준은
https://gall.dcinside.com/board/view/?id=notice&no=1024 공지에서 보실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator bullet list with an arrow and a link to the site's notice",
    why="two posts deleted; the gallery notice link is the platform's own policy page, not an item",
    items={D[0]: "removed", D[3]: "removed"},
)

case(
    name="dc-conditional-manager",
    date="Mon, 09 Sep 2024 17:05:00 +0900",
    **{"from": "op_team@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject="RE: [KCSC-240906-04] " + h("신상 공개 게시물 시정요구"),
    reply_to_req="req.KCSC-240906-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[1]}
{D[2]}
위 두 건은 마이너 갤러리 게시물이라 해당 갤러리 매니저에게 먼저 전달했습니다.
매니저가 24시간 내 삭제하지 않으면 운영팀에서 직접 삭제할 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator passing a minor-gallery post to the gallery manager",
    why="a condition and a future deletion are not statements; named items stay pending",
    items=pending([D[1], D[2]]),
)

case(
    name="dc-auth-fail-helpdesk",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    auth="fail",
    subject="RE: [KCSC-240906-04] " + h("처리 결과"),
    reply_to_req="req.KCSC-240906-04",
    body=f"""
안녕하세요.

{D[0]} 게시물은 삭제 처리되었습니다.

디시인사이드 신고센터
""",
    outcome="review", review="untrusted",
    imitates="reply sent through a third-party help-desk tool without aligned DKIM/SPF",
    why="claims a deletion from dcinside.com but DMARC fails: nothing applied, review untrusted",
    items={D[0]: "pending"},
)

case(
    name="dc-auto-reply-holiday",
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("[자동응답] 추석 연휴 고객센터 운영 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 디시인사이드 신고센터입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 고객센터 운영을 쉽니다.
연휴 기간에 접수된 메일은 9월 19일부터 순차적으로 답변드리겠습니다.

※ 본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Chuseok holiday auto-reply from a Korean help desk",
    why="holiday auto-reply: no item, no statement",
    items={},
)

# ================================================================= BAND, KCSC-240909-05 (3 items)
case(
    name="band-notice",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    **{"from": "policy@band.us"},
    name_from=h("BAND 운영정책팀"),
    subject=h("[BAND] 신고 게시글 조치 결과 안내 (KCSC-240909-05)"),
    reply_to_req="req.KCSC-240909-05",
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

요청하신 게시글에 대한 조치 결과를 알려드립니다.

[삭제]
 {B[0]}
 {B[1]}
 → BAND 운영정책(사기·불법 투자 모집) 위반으로 게시글을 삭제하였습니다.

[확인 불가]
 {B[2]}
 → 이미 삭제된 게시글로, 해당 게시글을 찾을 수 없습니다.

감사합니다.
BAND 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영정책 위반 게시글 조치 결과 notice with bracketed section headings",
    why="two posts deleted under [삭제]; the third already deleted and cannot be found = not_found",
    items={B[0]: "removed", B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-outlook-quote-rejected",
    date="Thu, 12 Sep 2024 10:41:00 +0900",
    **{"from": "kim.daeun@band.us"},
    name_from=h("김다은"),
    subject="RE: [KCSC-240909-05] " + h("투자 사기 모집 게시글 시정요구"),
    reply_to_req="req.KCSC-240909-05",
    body=f"""
안녕하세요, BAND 김다은입니다.

{B[2]} 게시글은 확인 결과 투자 모집 내용이 아닌 회원 간 일반 대화로,
운영정책 위반 사항이 없어 별도 조치하지 않았습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: help@band.us
Subject: [KCSC-240909-05] 투자 사기 모집 게시글 시정요구

아래 게시글에 대하여 시정요구(삭제)를 통보합니다.

1. {B[0]}
2. {B[1]}
3. {B[2]}

조치 결과를 2024. 9. 16.까지 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a BAND employee over the original request",
    why="only the post named above the Original Message block gets a result (kept, no violation = rejected); the request below is quoted",
    items={B[2]: "rejected"},
)

case(
    name="band-bulk-three",
    date="Tue, 10 Sep 2024 16:00:45 +0900",
    **{"from": "policy@band.us"},
    name_from=h("BAND 운영정책팀"),
    subject="RE: [KCSC-240909-05] " + h("시정요구"),
    reply_to_req="req.KCSC-240909-05",
    body="""
안녕하세요, BAND 운영정책팀입니다.

신고하신 게시글 3건 모두 운영정책 위반으로 삭제 처리되었습니다.
게시자에게는 이용 제한 조치가 함께 적용되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND one-sentence completion reply for all reported posts",
    why="'all 3 deleted' without naming each, for a 3-item request: bulk -> review, items pending",
    items=pending(B),
)

case(
    name="band-auto-ack",
    date="Mon, 09 Sep 2024 10:00:31 +0900",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h("[BAND 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req="req.KCSC-240909-05",
    body="""
안녕하세요. BAND 고객센터입니다.

문의가 정상적으로 접수되었습니다. (문의번호 #BD-771042)
영업일 기준 3일 이내에 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-centre ticket receipt",
    why="ticket receipt only, no statement about any item",
    items={},
)


def main():
    write_requests()
    header = (
        "# Blind set 131 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).\n"
        "# Written by tests/corpus/blind131/make.py before any run of the reader;\n"
        "# expected results come from each email's meaning alone (see NOTES.md).\n"
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
