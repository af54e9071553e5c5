#!/usr/bin/env python3
"""Blind set 705: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, FM Korea), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind705/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results below were written from each email's meaning alone, before
the reader was ever run on these emails. All names, ids and URLs are invented.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind705"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240917-07",
)
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

# NAVER (largest request, 14 items)
N1 = "https://blog.naver.com/bluekite_722/223551204871"
N2 = "https://blog.naver.com/bluekite_722/223551209930"
N3 = "https://blog.naver.com/haneul_trade/223560017412"
N4 = "https://cafe.naver.com/nightbetclub/48213"
N5 = "https://cafe.naver.com/nightbetclub/48290"
N6 = "https://cafe.naver.com/nightbetclub/48317"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60203&docId=471230588"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38211904&memberNo=55102931"
N9 = "https://blog.naver.com/sodam_moon/223570114425"
N10 = "https://cafe.naver.com/greyharborstock/9021"
N11 = "https://blog.naver.com/PostView.naver?blogId=rainy_lot88&logNo=223571882010"
N12 = "https://in.naver.com/quietfox/contents/internal/712345678901234"
N13 = "https://cafe.naver.com/greyharborstock/9044"
N14 = "https://blog.naver.com/sodam_moon/223570119008"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# Daum / Kakao (4 items); D3 has a Korean path, stored percent-encoded
D1 = "https://cafe.daum.net/blackpier77/ZqLm/3310"
D2 = "https://cafe.daum.net/blackpier77/ZqLm/3314"
D3_RAW = "https://lowtide-notes.tistory.com/entry/정보-공유-모음"
D3 = "https://lowtide-notes.tistory.com/entry/" + quote("정보-공유-모음")
D4 = "https://brunch.co.kr/@mistyfern/41"

# DC Inside (5 items)
C1 = "https://gall.dcinside.com/board/view/?id=stockus&no=8841203"
C2 = "https://gall.dcinside.com/board/view/?id=stockus&no=8841377"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_gall&no=220914"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_gall&no=221002"
C5 = "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=5127"

# SOOP (3 items)
S1 = "https://vod.sooplive.co.kr/player/138204417"
S2 = "https://vod.sooplive.co.kr/player/138209925"
S3 = "https://ch.sooplive.co.kr/lunarbj0321/post/99123477"

# Nate (1 item)
T1 = "https://pann.nate.com/talk/372918834"

# Inven (2 items)
I1 = "https://www.inven.co.kr/board/lostark/5355/1402217"
I2 = "https://www.inven.co.kr/board/maple/5974/388102"

# FM Korea (3 items)
F1 = "https://www.fmkorea.com/7421988310"
F2 = "https://www.fmkorea.com/7422001457"
F3 = "https://www.fmkorea.com/best/7422035512"

REQUESTS = [
    (R1, "naver", "2024-09-03T15:00:00+09:00", "2024-09-10T18:00:00+09:00", NAVER, "gambling",
     "도박 사이트 홍보 게시물 (블로그·카페·지식iN·포스트)"),
    (R2, "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", [D1, D2, D3, D4], "fraud",
     "투자 사기 유인 게시물"),
    (R3, "dcinside", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", [C1, C2, C3, C4, C5],
     "privacy", "개인정보 노출 게시물"),
    (R4, "soop", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", [S1, S2, S3], "obscenity",
     "VOD 및 방송국 게시글"),
    (R5, "nate", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", [T1], "defamation",
     "판 게시글 1건"),
    (R6, "inven", "2024-09-13T13:00:00+09:00", "2024-09-20T18:00:00+09:00", [I1, I2], "gambling",
     "게임 아이템 도박 홍보"),
    (R7, "fmkorea", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", [F1, F2, F3], "drugs",
     "마약류 판매 광고"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encoded header text (as mail clients write Korean subjects)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(body, enc="quoted-printable", ctype="plain"):
    payload = qp(body) if enc == "quoted-printable" else b64(body)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{payload}")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text_ko(ref, urls):
    lines = ["안녕하십니까, 방송통신심의위원회 디지털성범죄·불법정보 대응팀입니다.", "",
             f"아래 정보에 대하여 시정요구(삭제)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
             f"요청번호: {ref}", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def request_text_en(ref, urls):
    lines = ["Dear colleagues,", "",
             f"Under reference {ref} the Korea Communications Standards Commission asks you to",
             "remove or disable access to the following content:", ""]
    lines += [f"  - {u}" for u in urls]
    lines += ["", "Please reply to this address with the action taken for each item.", "", "KCSC Takedown"]
    return "\n".join(lines)


NAVER_FOOT = ("※ 본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com/)를\n"
              "이용해 주시기 바랍니다.\n"
              "NAVER Corp. | 경기도 성남시 분당구 정자일로 95")
KAKAO_FOOT = ("카카오 운영정책: https://www.kakao.com/policy/oppolicy\n"
              "ⓒ Kakao Corp.")

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= NAVER (R1, 14 items) =======================

case(name="naver-gesijungdan-result-list",
     **{"from": "noreply-right@navercorp.com"},
     name_from=h("NAVER 권리보호센터"),
     date="Thu, 05 Sep 2024 10:14:02 +0900",
     subject=h(f"[NAVER] 게시중단 요청 처리 결과 안내 ({R1})"),
     reply_to_req=MID[R1],
     body=f"""안녕하세요. NAVER 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {R1})에 대한 검토 결과를
아래와 같이 안내드립니다.

1. {N1}
   - 처리결과: 게시중단(삭제)
2. {N2}
   - 처리결과: 게시중단(삭제)
3. {N3}
   - 처리결과: 임시조치 (30일간 게시물 접근 차단)
4. {N9}
   - 처리결과: 조치 불가 - 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.

{NAVER_FOOT}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 안내 (권리보호센터 notice, numbered list with 처리결과 lines)",
     why="trusted NAVER notice: two 게시중단(삭제), one 임시조치 (restricted), one already deleted by its author",
     items={N1: "removed", N2: "removed", N3: "restricted", N9: "not_found"})

TABLE_ROWS = [
    (N4, "삭제", "운영정책 위반(불법 도박 홍보)"),
    (N5, "블라인드", "카페 게시글 블라인드 처리"),
    (N6, "접근 제한(국내)", "국내 IP에서의 접근을 제한함"),
    (N7, "미조치", "관련 법령 및 운영정책 위반 사항이 확인되지 않음"),
    (N8, "해당 없음", "존재하지 않는 게시물(URL 확인 불가)"),
]
rows = "\n".join(
    f'<tr><td align="center">{i}</td><td><a href="{u}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{a}</td><td>{b}</td></tr>" for i, (u, a, b) in enumerate(TABLE_ROWS, 1))
case(name="naver-kcsc-result-html-table",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Fri, 06 Sep 2024 17:41:09 +0900",
     subject=h(f"RE: [{R1}] 시정요구 조치결과 회신"),
     reply_to_req=MID[R1],
     type="html",
     body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>방송통신심의위원회 담당자님 안녕하십니까.</p>
<p>{R1} 건 중 카페·지식iN·포스트 게시물에 대한 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f0e8"><th>순번</th><th>URL</th><th>조치내용</th><th>비고</th></tr>
{rows}
</table>
<p>블로그 게시물은 처리 중이며 완료되는 대로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책협력실 드림</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (순번/URL/조치내용/비고) sent by a portal's policy team",
     why="HTML table: 삭제 and 블라인드 removed, 국내 접근 제한 restricted, 미조치 with reason rejected, 존재하지 않는 게시물 not_found",
     items={N4: "removed", N5: "removed", N6: "restricted", N7: "rejected", N8: "not_found"})

CSV_STATUS = {N1: "삭제", N2: "삭제", N3: "임시조치", N4: "삭제", N5: "블라인드", N6: "접근제한(국내)",
              N7: "조치불가(위반사항 없음)", N8: "게시물 없음", N9: "게시물 없음(작성자 삭제)", N10: "검토중",
              N11: "삭제", N12: "비공개 처리", N13: "삭제", N14: "검토중"}
csv_text = "번호,URL,처리결과,처리일시\r\n" + "".join(
    f'{i},"{u}",{CSV_STATUS[u]},{"" if CSV_STATUS[u] == "검토중" else "2024-09-09 11:2" + str(i % 10)}\r\n'
    for i, u in enumerate(NAVER, 1))
csv_bytes = "\ufeff".encode("utf-8") + csv_text.encode("utf-8")
fname = quote(f"{R1}_처리결과.csv")
case(name="naver-csv-attachment-all-items",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Mon, 09 Sep 2024 11:32:50 +0900",
     subject=h(f"RE: [{R1}] 시정요구 조치결과 회신 (전체)"),
     reply_to_req=MID[R1],
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NaverPart_0909_1132"

------=_NaverPart_0909_1132
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하십니까.

{R1} 건으로 요청하신 14건에 대한 처리 결과를 첨부 파일(CSV)로 송부드립니다.
검토중으로 표시된 2건은 확인이 끝나는 대로 다시 알려드리겠습니다.

네이버 주식회사 정책협력실
''')}
------=_NaverPart_0909_1132
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{fname}
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''{fname}

{b64(csv_bytes)}
------=_NaverPart_0909_1132--
""",
     outcome="applied", classification="confirmation",
     imitates="portal policy team returning the regulator's list as a CSV export with a 처리결과 column",
     why="CSV attachment states each of the 14 items; the two marked 검토중 stay pending",
     items={u: {"삭제": "removed", "블라인드": "removed", "비공개 처리": "removed", "임시조치": "restricted",
                "접근제한(국내)": "restricted", "조치불가(위반사항 없음)": "rejected", "게시물 없음": "not_found",
                "게시물 없음(작성자 삭제)": "not_found", "검토중": "pending"}[CSV_STATUS[u]] for u in NAVER})

case(name="naver-english-top-posted-gmail-quote",
     **{"from": "jiwoo.seo@navercorp.com"},
     name_from="Jiwoo Seo",
     date="Fri, 06 Sep 2024 09:05:44 +0900",
     subject=f"Re: [{R1}] Request for removal of illegal content",
     reply_to_req=MID[R1],
     body=f"""Hello,

Following up on your request: the two blog posts below were removed from
NAVER Blog on 6 September for breaching our operating policy.

{N11}
{N14}

We are still looking at the cafe posts and will write again when that is done.

Best regards,
Jiwoo Seo
Trust & Safety, NAVER Corp.

On Tue, Sep 3, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(request_text_en(R1, [N10, N11, N13, N14]))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply by a platform trust & safety employee over the quoted request",
     why="two URLs stated removed above the quote; the cafe posts only appear in the quoted request",
     items={N11: "removed", N14: "removed", N10: "pending", N13: "pending"})

case(name="naver-bare-url-status-below",
     **{"from": "dohyun.kim@navercorp.com"},
     name_from=h("김도현"),
     date="Mon, 09 Sep 2024 16:20:13 +0900",
     subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 {R1}"),
     reply_to_req=MID[R1],
     body=f"""{R1} 관련 추가 처리 결과입니다.

{N10}
→ 삭제 완료

{N13}
→ 삭제 완료

{N12}
→ 국내 접속 제한 조치 (해외에서는 열람 가능)

감사합니다.
네이버 안전정책팀 김도현 드림
""",
     outcome="applied", classification="confirmation",
     imitates="terse staff reply: bare URL with the action on the line below (→ 삭제 완료)",
     why="status on the line under each URL: two removed, one access-blocked in Korea only (restricted)",
     items={N10: "removed", N13: "removed", N12: "restricted"})

case(name="naver-qp-blind-and-private",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Wed, 04 Sep 2024 18:02:37 +0900",
     subject=h(f"RE: [{R1}] 시정요구 조치결과 회신 (1차)"),
     reply_to_req=MID[R1],
     raw_mime=single(f"""안녕하십니까, 네이버 정책협력실입니다.

요청번호 {R1} 관련하여 우선 처리된 건을 알려드립니다.

카페 게시글 {N5} 은 블라인드 처리하였으며,
블로그 게시글 {N3} 는 작성자 블로그 전체를 비공개 처리하여 더 이상 외부에서 열람할 수 없습니다.

나머지 게시물은 확인 중입니다.

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     imitates="NAVER policy team first partial reply (1차 회신), quoted-printable Korean body",
     why="블라인드 and 비공개 처리 are both removal under the issue's rules; the rest is still being checked (not named)",
     items={N5: "removed", N3: "removed"})

case(name="naver-url-korean-particles-fullwidth",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Sat, 07 Sep 2024 10:48:00 +0900",
     subject=h(f"RE: [{R1}] 시정요구 조치결과 회신 (2차)"),
     reply_to_req=MID[R1],
     body=f"""담당자님 안녕하세요.

요청하신 게시물 중 {N1}은 운영정책 위반으로 삭제했습니다。
{N6}의 경우 작성자가 스스로 게시물을 지워 현재 확인되지 않습니다.
또한 {N8}（포스트）는 검토 결과 법령 및 운영정책 위반으로 보기 어려워 게시를 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.
네이버 정책협력실 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean prose reply with particles (은/의/는) and full-width punctuation glued to the URLs",
     why="one deleted, one already deleted by its author (not_found), one kept because no breach found (rejected)",
     items={N1: "removed", N6: "not_found", N8: "rejected"})

case(name="naver-english-wrapped-angle-urls",
     **{"from": "trust-safety@navercorp.com"},
     name_from="NAVER Trust & Safety",
     date="Tue, 10 Sep 2024 14:10:31 +0900",
     subject=f"Re: Removal request {R1} - Knowledge iN / NAVER Post",
     reply_to_req=MID[R1],
     body=f"""Dear KCSC team,

Regarding {R1}, here is the outcome for the two items outside NAVER Blog
and NAVER Cafe:

- The Knowledge iN question
  <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60203&
  docId=471230588>
  has been deleted.

- The NAVER Post article
  <https://post.naver.com/viewer/postView.naver?volumeNo=38211904&
  memberNo=55102931>
  is now age-restricted: only signed-in users verified as 19 or older can
  open it.

Kind regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust & safety reply with long URLs in angle brackets wrapped across lines (RFC 3986 appendix C style)",
     why="wrapped URLs in <>: Knowledge iN question deleted, Post article age-restricted (restricted)",
     items={N7: "removed", N8: "restricted"})

case(name="naver-echoed-text-table",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Wed, 11 Sep 2024 09:30:12 +0900",
     subject=h(f"RE: [{R1}] 미회신 건 처리 결과"),
     reply_to_req=MID[R1],
     body=f"""안녕하십니까.
지난번 회신에서 빠졌던 4건의 처리 결과를 보내주신 목록에 결과란을 붙여 회신드립니다.

No | URL                                                                        | 처리결과
---+----------------------------------------------------------------------------+--------------
 1 | {N10}                                | 삭제
 2 | {N11} | 삭제
 3 | {N12}            | 게시물 없음
 4 | {N13}                                | 임시조치(30일)

감사합니다.
네이버 정책협력실
""",
     outcome="applied", classification="confirmation",
     imitates="echoed report: the regulator's list pasted back as a text table with a 처리결과 column",
     why="text table rows: two deleted, one 게시물 없음 (not_found), one 임시조치 (restricted)",
     items={N10: "removed", N11: "removed", N12: "not_found", N13: "restricted"})

case(name="naver-kin-and-blog-short-reply",
     **{"from": "dohyun.kim@navercorp.com"},
     name_from=h("김도현"),
     date="Thu, 12 Sep 2024 13:03:48 +0900",
     subject=h(f"RE: RE: [방송통신심의위원회] 시정요구 통보 {R1}"),
     reply_to_req=MID[R1],
     body=f"""안녕하세요, 네이버 김도현입니다.

문의하신 두 건 답변드립니다.
- 지식iN 질문 {N7} : 삭제했습니다.
- 블로그 {N3} : 국내 노출을 제한했습니다(대한민국 IP에서 접근 차단). 해외 접속은 제한하지 않았습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short staff follow-up answering a reminder, bulleted",
     why="Knowledge iN question deleted; blog post blocked from Korean IPs only (restricted)",
     items={N7: "removed", N3: "restricted"})

case(name="naver-promise-sequential-removal",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Wed, 04 Sep 2024 09:12:05 +0900",
     subject=h(f"RE: [{R1}] 시정요구 통보 접수 및 처리 예정 안내"),
     reply_to_req=MID[R1],
     body=f"""안녕하십니까, 네이버 정책협력실입니다.

보내주신 시정요구({R1})를 확인하였습니다.
이 중 아래 블로그 게시물 2건은 내부 검토를 거쳐 금주 중 순차적으로 삭제 조치할 예정입니다.

 - {N1}
 - {N2}

조치가 완료되면 결과를 다시 회신드리겠습니다.
감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="portal's 처리 예정 안내: received, two items will be deleted this week",
     why="'삭제 조치할 예정' is a promise, not a statement; names items, so review not_understood",
     items={N1: "pending", N2: "pending"})

case(name="naver-bulk-all-items-done",
     **{"from": "kcsc-liaison@navercorp.com"},
     name_from=h("네이버 시정요구 대응 담당"),
     date="Fri, 13 Sep 2024 15:55:20 +0900",
     subject=h(f"RE: [{R1}] 시정요구 조치 완료"),
     reply_to_req=MID[R1],
     body=f"""안녕하십니까.

{R1} 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
협조에 감사드립니다.

네이버 주식회사 정책협력실 드림
""",
     outcome="review", review="bulk",
     imitates="one-line 조치 완료 reply covering a whole multi-item request",
     why="'요청하신 게시물 전체' for a 14-item request names no item: bulk review, items pending",
     items={u: "pending" for u in NAVER})

case(name="naver-cafe-manager-gmail",
     **{"from": "nightbet.manager@gmail.com"},
     name_from=h("나이트벳클럽 매니저"),
     date="Sat, 07 Sep 2024 22:17:40 +0900",
     subject=h("카페 게시글 삭제 관련"),
     body=f"""안녕하세요. 네이버 카페 nightbetclub 매니저입니다.
네이버로부터 심의위원회 요청 건이라고 연락을 받아서 메일 드립니다.

{N4}
이 글은 제가 매니저 권한으로 오늘 삭제했습니다.
앞으로 카페 관리 더 철저히 하겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="a cafe manager writing from a personal webmail address after hearing from the portal",
     why="sender is not any platform's domain (gmail.com) yet names a requested URL: unknown_sender",
     items={N4: "pending"})

case(name="naver-policy-notice-no-items",
     **{"from": "noreply-right@navercorp.com"},
     name_from=h("NAVER 권리보호센터"),
     date="Tue, 10 Sep 2024 10:00:00 +0900",
     subject=h("[NAVER] 기관 게시중단 요청 접수 채널 변경 안내"),
     body=f"""안녕하세요. NAVER 권리보호센터입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 채널이 변경됩니다.
앞으로는 기관 전용 접수 페이지(https://right.naver.com/agency)를 통해 요청서를 제출해 주시기 바랍니다.
기존 이메일 접수는 10월 31일까지 병행 운영됩니다.

문의: 기관협력 담당 (agency-support@navercorp.com)

{NAVER_FOOT}
""",
     outcome="review", review="no_claims",
     imitates="NAVER circular to agencies about a change of intake channel",
     why="trusted NAVER email naming no requested item and no request; its own help/intake links are not items",
     items={})

case(name="naver-ooo-korean",
     **{"from": "jiwoo.seo@navercorp.com"},
     name_from="Jiwoo Seo",
     date="Tue, 03 Sep 2024 15:00:41 +0900",
     subject=h(f"자동 응답: [방송통신심의위원회] 시정요구 통보 {R1}"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요, 서지우입니다.
9월 3일(화)부터 9월 5일(목)까지 출장으로 메일 확인이 어렵습니다.
긴급한 시정요구 건은 kcsc-liaison@navercorp.com 으로 보내 주시면 담당자가 처리합니다.

I am travelling from 3 to 5 September with limited access to email.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 자동 응답 (out-of-office) in Korean and English",
     why="out-of-office auto-reply, nothing about the items",
     items={})

# ======================= Daum / Kakao (R2, 4 items) =======================

case(name="daum-kakao-imsijochi-notice",
     **{"from": "right@kakaocorp.com"},
     name_from=h("카카오 권리침해신고센터"),
     date="Mon, 09 Sep 2024 14:22:10 +0900",
     subject=h(f"[카카오] 게시물 처리 결과 안내 - {R2}"),
     reply_to_req=MID[R2],
     body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청({R2})에 따라 Daum 카페 게시물을 아래와 같이 처리하였음을 알려드립니다.

■ 대상: {D1}
■ 조치: 임시조치(30일) - 게시물에 대한 접근이 차단되었으며, 게시자가 30일 이내에
        재게시를 요청하지 않으면 이후 삭제됩니다.

■ 대상: {D2}
■ 조치: 삭제

티스토리·브런치 게시물은 담당 서비스에서 별도로 안내드릴 예정입니다.

{KAKAO_FOOT}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 임시조치/삭제 notice (■ 대상 / ■ 조치 blocks)",
     why="Daum Cafe post under 임시조치 (restricted) and another deleted; the later deletion is conditional and not a statement",
     items={D1: "restricted", D2: "removed"})

case(name="daum-tistory-raw-korean-path",
     **{"from": "tistory-policy@kakaocorp.com"},
     name_from=h("티스토리 운영팀"),
     date="Tue, 10 Sep 2024 11:05:33 +0900",
     subject=h(f"RE: [{R2}] 티스토리/브런치 게시물 처리 결과"),
     reply_to_req=MID[R2],
     body=f"""안녕하세요. 카카오 티스토리·브런치 운영팀입니다.

요청번호 {R2} 중 저희 서비스 게시물 2건의 처리 결과입니다.

1) 티스토리 게시글
   {D3_RAW}
   운영정책 위반으로 게시가 중단되었습니다.

2) 브런치 글
   {D4}
   작가가 이미 삭제하여 조회되지 않는 글입니다. 별도 조치는 하지 않았습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao Tistory/Brunch operations reply with a raw (not percent-encoded) Korean URL path",
     why="Tistory post (raw Korean path = the percent-encoded request URL) suspended; Brunch post already deleted by its author",
     items={D3: "removed", D4: "not_found"})

case(name="daum-outlook-english-original-message",
     **{"from": "trust.safety@kakaocorp.com"},
     name_from="Kakao Trust & Safety",
     date="Wed, 11 Sep 2024 08:47:19 +0900",
     subject=f"RE: [{R2}] Request for removal of illegal content",
     reply_to_req=MID[R2],
     body=f"""Dear KCSC,

We reviewed the two Daum Cafe posts in your request.

{D1} - access from Korea has been blocked.
{D2} - we found no breach of the Daum operating policy or of Korean law, so the post stays up.

The Tistory and Brunch links are handled by a different team; you will hear from them separately.

Regards,
Minseo Park
Kakao Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [{R2}] Request for removal of illegal content

{request_text_en(R2, [D1, D2, D3, D4])}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' and the full request below",
     why="D1 blocked in Korea (restricted), D2 refused with reason (rejected); D3/D4 appear only in the quoted request",
     items={D1: "restricted", D2: "rejected", D3: "pending", D4: "pending"})

case(name="daum-brunch-conditional-removal",
     **{"from": "brunch-help@kakaocorp.com"},
     name_from=h("브런치팀"),
     date="Thu, 12 Sep 2024 16:30:02 +0900",
     subject=h(f"RE: [{R2}] 브런치 글 처리 관련"),
     reply_to_req=MID[R2],
     body=f"""안녕하세요, 브런치팀입니다.

문의하신 {D4} 글에 대해 작가에게 소명 요청을 발송했습니다.
7일 이내에 소명이 없거나 소명 내용이 타당하지 않으면 해당 글은 발행 취소(삭제) 처리될 예정입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao Brunch notice of a 소명 요청 with deletion conditional on the author's answer",
     why="removal is conditional and in the future; nothing has happened to the item yet",
     items={D4: "pending"})

case(name="daum-cs-ticket-receipt",
     **{"from": "noreply@kakaocorp.com"},
     name_from=h("카카오 고객센터"),
     date="Thu, 05 Sep 2024 11:02:15 +0900",
     subject=h("[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-0511-7734)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: 2409-0511-7734
- 문의 제목: [{R2}] Request for removal of illegal content
- 접수 일시: 2024-09-05 11:02

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
답변은 이 메일 주소로 발송됩니다.

카카오 고객센터 https://cs.kakao.com
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt (접수번호, 영업일 기준 3일 이내 답변)",
     why="pure receipt with ticket number, no statement about any item",
     items={})

# ======================= DC Inside (R3, 5 items) =======================

case(name="dc-korean-numbered-list",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Tue, 10 Sep 2024 15:33:08 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R3}"),
     reply_to_req=MID[R3],
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

시정요구하신 게시물의 처리 결과를 안내드립니다.

1. {C1}
   삭제 완료
2. {C2}
   삭제 완료
3. {C3}
   해당 게시물은 이미 작성자에 의해 삭제되어 조치할 게시물이 없습니다.

나머지 2건은 확인 후 회신드리겠습니다.
디시인사이드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operations team reply, numbered URLs with the result under each",
     why="two 삭제 완료 and one already deleted by its author (not_found); the other two are only promised",
     items={C1: "removed", C2: "removed", C3: "not_found"})

case(name="dc-base64-korean-body",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Wed, 11 Sep 2024 10:12:44 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R3} (추가)"),
     reply_to_req=MID[R3],
     raw_mime=single(f"""안녕하세요, 디시인사이드입니다.

지난 회신에서 빠진 2건 처리 결과입니다.

{C4}
→ 삭제 처리 및 작성자 IP 차단

{C5}
→ 삭제 처리

감사합니다.
""", enc="base64"),
     outcome="applied", classification="confirmation",
     imitates="DC Inside follow-up in a base64-encoded UTF-8 body",
     why="both remaining posts deleted (the poster's IP ban is extra)",
     items={C4: "removed", C5: "removed"})

case(name="dc-angle-brackets-kept-post",
     **{"from": "gallery-admin@dcinside.com"},
     name_from=h("디시인사이드 갤러리 관리팀"),
     date="Tue, 10 Sep 2024 19:08:27 +0900",
     subject=h(f"RE: {R3} 주식 갤러리 게시물 관련"),
     reply_to_req=MID[R3],
     body=f"""안녕하세요. 디시인사이드 갤러리 관리팀입니다.

주식 갤러리 게시물 2건에 대한 검토 결과입니다.

1) <{C1}> → 삭제 처리 완료
2) <{C2}> → 게시물에 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 갤러리 규정 및 관련 법령 위반으로 보기 어렵습니다. 게시물은 유지됩니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="gallery admin reply with URLs in angle brackets, one removal and one refusal with its reason",
     why="C1 deleted; C2 kept because it breaks no rule (rejected, reason given)",
     items={C1: "removed", C2: "rejected"})

DC_TXT = f"""안녕하세요, 디시인사이드 운영팀입니다.

마이너·미니 갤러리 게시물 처리 결과를 알려드립니다.

- {C3} : 삭제
- {C4} : 삭제
- {C5} : 존재하지 않는 게시물 (미니 갤러리 매니저가 먼저 삭제함)

감사합니다.
"""
DC_HTML = f"""<div>안녕하세요, 디시인사이드 운영팀입니다.<br><br>
마이너·미니 갤러리 게시물 처리 결과를 알려드립니다.<br><br>
<ul>
<li><a href="{C3.replace('&', '&amp;')}">{C3.replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{C4.replace('&', '&amp;')}">{C4.replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{C5.replace('&', '&amp;')}">{C5.replace('&', '&amp;')}</a> : 존재하지 않는 게시물 (미니 갤러리 매니저가 먼저 삭제함)</li>
</ul>
감사합니다.</div>
"""
case(name="dc-multipart-alternative-list",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Thu, 12 Sep 2024 11:40:05 +0900",
     subject=h(f"Re: {R3} 마이너/미니 갤러리 처리 결과"),
     reply_to_req=MID[R3],
     raw_mime=f"""Content-Type: multipart/alternative; boundary="dc_alt_20240912"

--dc_alt_20240912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DC_TXT)}
--dc_alt_20240912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DC_HTML)}
--dc_alt_20240912--
""",
     outcome="applied", classification="confirmation",
     imitates="multipart/alternative reply (text and HTML lists) from a community site's operations team",
     why="two deleted; one no longer exists because the gallery manager deleted it first (not_found)",
     items={C3: "removed", C4: "removed", C5: "not_found"})

case(name="dc-hedge-appears-deleted",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Mon, 09 Sep 2024 18:25:51 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R3}"),
     reply_to_req=MID[R3],
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{C1}
{C2}

위 주식 갤러리 게시물 2건은 갤러리 관리자가 이미 삭제한 것으로 보입니다.
정확한 처리 여부는 내부 로그를 확인한 후 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="first-line support answer hedging ('삭제한 것으로 보입니다') pending a log check",
     why="'것으로 보입니다' is a hedge and a confirmation is promised: no statement, items named, review",
     items={C1: "pending", C2: "pending"})

case(name="dc-asks-official-document",
     **{"from": "legal@dcinside.com"},
     name_from=h("디시인사이드 법무팀"),
     date="Mon, 09 Sep 2024 14:02:30 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R3} - 공문 요청"),
     reply_to_req=MID[R3],
     body=f"""안녕하세요. 디시인사이드 법무팀입니다.

{R3} 건 처리를 위해 아래 자료를 회신해 주시기 바랍니다.
 1. 시정요구 공문(의결서) 사본
 2. 해당 게시물에 노출된 개인정보의 정보주체가 누구인지 확인할 수 있는 자료
 3. 담당자 성명 및 연락처

자료가 확인되는 대로 {C3} 등 요청 게시물 5건에 대한 검토를 진행하겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="legal team asking for the official 공문 and supporting documents before acting",
     why="the platform asks for documents; nothing done yet, items stay pending",
     items={C3: "pending"})

case(name="dc-forwarded-gallery-manager",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Wed, 11 Sep 2024 21:14:09 +0900",
     subject=h(f"Fwd: 미니 갤러리 게시물 삭제했습니다 ({R3})"),
     reply_to_req=MID[R3],
     body=f"""심의위원회 담당자님, 미니 갤러리 매니저에게서 받은 메일을 그대로 전달드립니다.
운영팀 확인은 아직입니다.

---------- Forwarded message ---------
보낸사람: 조용한방 매니저 <quietroom.mgr@gmail.com>
Date: 2024년 9월 11일 (수) 오후 8:51
Subject: 미니 갤러리 게시물 삭제했습니다
To: <report@dcinside.com>

운영팀에서 말씀하신 글
{C5}
제가 매니저 권한으로 삭제했습니다. 확인 부탁드려요.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform staff forwarding a gallery manager's message without confirming it themselves",
     why="the only statement is the forwarded manager's (gmail), and the staff say they have not checked: review forwarded",
     items={C5: "pending"})

case(name="dc-read-receipt-mdn",
     **{"from": "report@dcinside.com"},
     name_from=h("디시인사이드 운영팀"),
     date="Mon, 09 Sep 2024 11:15:02 +0900",
     subject=h(f"읽음: [방송통신심의위원회] 시정요구 통보 {R3}"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0909"

--mdn_dc_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: report@dcinside.com
  제목: [방송통신심의위원회] 시정요구 통보 {R3}
  보낸 날짜: 2024-09-09 (월) 오전 10:30

2024-09-09 (월) 오전 11:15에 읽었습니다.

--mdn_dc_0909
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_0909--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) as multipart/report disposition-notification",
     why="read receipt (MDN): says the request was opened, nothing more",
     items={})

# ======================= SOOP (R4, 3 items) =======================

case(name="soop-english-trust-safety",
     **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety",
     date="Thu, 12 Sep 2024 10:03:27 +0900",
     subject=f"[SOOP] Outcome of your report {R4}",
     reply_to_req=MID[R4],
     body=f"""Hello,

Thank you for contacting SOOP. We have completed our review of the three
items in your request {R4}.

* VOD {S1}
  Deleted for violating the SOOP service policy (obscene content).

* VOD {S2}
  Age-restricted. The replay can now be watched only by adult-verified
  members; it no longer appears to minors or logged-out viewers.

* Channel post {S3}
  Removed.

The streamer has been notified and may appeal through the SOOP Help Center
(https://help.sooplive.co.kr/appeal).

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (ex-AfreecaTV) English outcome notice, bulleted items with a help-centre appeal link",
     why="one VOD deleted, one age-restricted (restricted), the channel post removed; the appeal link is not an item",
     items={S1: "removed", S2: "restricted", S3: "removed"})

SOOP_HTML = f"""<html><body>
<div style="max-width:640px;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif">
<h3 style="color:#0544f0">SOOP 신고 처리 결과 안내</h3>
<p>안녕하세요. SOOP 운영정책팀입니다.<br>
요청번호 <b>{R4}</b> 에 대한 처리 결과를 안내드립니다.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th>구분</th><th>대상</th><th>처리 결과</th></tr>
<tr><td>VOD</td><td>{S1}</td><td>삭제</td></tr>
<tr><td>VOD</td><td>{S2}</td><td>비공개 처리</td></tr>
<tr><td>방송국 게시글</td><td>{S3}</td><td>존재하지 않는 게시글입니다</td></tr>
</table>
<p>SOOP 운영정책: <a href="https://www.sooplive.co.kr/policy">https://www.sooplive.co.kr/policy</a></p>
</div></body></html>
"""
case(name="soop-korean-html-notice",
     **{"from": "noreply@sooplive.co.kr"},
     name_from=h("SOOP 운영정책팀"),
     date="Wed, 11 Sep 2024 17:46:00 +0900",
     subject=h(f"[SOOP] 신고 처리 결과 안내 ({R4})"),
     reply_to_req=MID[R4],
     raw_mime=single(SOOP_HTML, enc="base64", ctype="html"),
     outcome="applied", classification="confirmation",
     imitates="SOOP 신고 처리 결과 안내 HTML notice with a 구분/대상/처리 결과 table (base64)",
     why="VOD 삭제 and 비공개 처리 are removals; the channel post does not exist (not_found); policy link not an item",
     items={S1: "removed", S2: "removed", S3: "not_found"})

case(name="soop-top-posted-outlook-korean",
     **{"from": "yuna.choi@sooplive.co.kr"},
     name_from=h("최유나"),
     date="Thu, 12 Sep 2024 19:20:55 +0900",
     subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 {R4}"),
     reply_to_req=MID[R4],
     body=f"""담당자님 안녕하세요, SOOP 최유나입니다.

방송국 게시글({S3})은 오늘 삭제했습니다.
VOD 두 건({S1}, {S2})은 저희가 조치하기 전에 BJ가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
최유나 드림 | SOOP 운영정책팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <safety@sooplive.co.kr>
Sent: 2024-09-10 (화) 16:00:00 (GMT+09:00)
Subject: [방송통신심의위원회] 시정요구 통보 {R4}

{request_text_ko(R4, [S1, S2, S3])}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook top-posted staff reply over the original 시정요구 통보",
     why="channel post deleted; both VODs already deleted by the streamer (not_found), each URL named",
     items={S3: "removed", S1: "not_found", S2: "not_found"})

case(name="soop-under-review",
     **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety",
     date="Wed, 11 Sep 2024 09:31:12 +0900",
     subject=f"Re: [{R4}] removal request - status",
     reply_to_req=MID[R4],
     body=f"""Hello,

The following replays are under review by our policy team:

{S1}
{S2}

Reviews of this kind usually take 3-5 business days. We will let you know
once a decision has been made.

SOOP Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="'under review' status update from a streaming platform's trust & safety desk",
     why="'under review' is not a statement; items named, so review not_understood with items pending",
     items={S1: "pending", S2: "pending"})

case(name="soop-streamer-lawyer-unknown",
     **{"from": "kim.lawyer@dasom-law.example"},
     name_from=h("법무법인 다솜 김태윤 변호사"),
     date="Fri, 13 Sep 2024 10:40:18 +0900",
     subject=h(f"[{R4}] 시정요구 대상 VOD 관련 의견서"),
     body=f"""방송통신심의위원회 귀중

본 법무법인은 SOOP BJ 'lunarbj0321'의 대리인입니다.
귀 위원회가 시정요구한 {S1} 영상은 성인 인증 시청자만 볼 수 있도록 설정된 합법적인 콘텐츠로,
음란물에 해당하지 않으므로 삭제 대상이 아님을 알려드립니다.

의견서 원본은 우편으로 송부하였습니다.

법무법인 다솜 변호사 김태윤
""",
     outcome="review", review="unknown_sender",
     imitates="a streamer's law firm writing to the regulator about a requested VOD",
     why="not the platform: a third party's view on a requested URL goes to review unknown_sender",
     items={S1: "pending"})

case(name="soop-english-ooo",
     **{"from": "global.partners@sooplive.co.kr"},
     name_from="SOOP Global Partnerships",
     date="Tue, 10 Sep 2024 16:00:37 +0900",
     subject=f"Automatic reply: [{R4}] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email.

I am out of the office until Monday 23 September and will not be checking
email. For urgent trust & safety matters, please contact
safety@sooplive.co.kr.

Best,
Daniel Han
""",
     outcome="ignored", classification="auto_reply",
     imitates="English Outlook 'Automatic reply' out-of-office notice",
     why="out-of-office auto-reply",
     items={})

case(name="soop-afreecatv-dsn-user-unknown",
     **{"from": "MAILER-DAEMON@mail.afreecatv.com"},
     name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 16:00:09 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.afreeca.1725951609"

--DSN.afreeca.1725951609
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.afreecatv.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@afreecatv.com>: host mail.afreecatv.com[203.0.113.45] said: 550 5.1.1
    <report@afreecatv.com>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--DSN.afreeca.1725951609
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.afreecatv.com
Arrival-Date: Tue, 10 Sep 2024 16:00:05 +0900

Final-Recipient: rfc822; report@afreecatv.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@afreecatv.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--DSN.afreeca.1725951609
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@afreecatv.com
Subject: [KCSC] {R4}
Date: Tue, 10 Sep 2024 16:00:00 +0900
Message-ID: <{MID[R4]}-cc@kcsc.example>

--DSN.afreeca.1725951609--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN: old AfreecaTV address no longer exists (550 5.1.1 user unknown)",
     why="delivery failure report from the platform's old domain; a bounce is ignored whoever sends it",
     items={})

# ======================= Nate (R5, 1 item) =======================

case(name="nate-single-item-no-url",
     **{"from": "pann-help@skcomms.co.kr"},
     name_from=h("네이트 판 고객센터"),
     date="Fri, 13 Sep 2024 11:18:40 +0900",
     subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 {R5}"),
     reply_to_req=MID[R5],
     body=f"""안녕하세요, 네이트 판 고객센터입니다.

요청번호 {R5}로 요청하신 판 게시글은 명예훼손 정보로 확인되어 오늘 오전 삭제 처리되었습니다.

더 나은 서비스를 위해 노력하겠습니다.
SK커뮤니케이션즈 네이트 판 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann customer-centre reply confirming deletion without repeating the URL",
     why="statement about 'the post you requested' for a one-item request: applies to its only item",
     items={T1: "removed"})

case(name="nate-kept-url-below-statement",
     **{"from": "pann-help@skcomms.co.kr"},
     name_from=h("네이트 판 고객센터"),
     date="Thu, 12 Sep 2024 17:02:11 +0900",
     subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 {R5}"),
     reply_to_req=MID[R5],
     body=f"""안녕하세요, 네이트 판 고객센터입니다.

검토 결과 아래 게시글은 특정인을 지칭하거나 허위 사실을 적시한 내용이 확인되지 않아
판 운영정책 위반에 해당하지 않으므로 게시를 유지합니다:

{T1}

법원 판결문 등 추가 자료를 보내주시면 재검토하겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann refusal with its reason, the URL on the line after the statement",
     why="kept because it breaks no rule, reason given (rejected); the statement precedes the URL",
     items={T1: "rejected"})

REQ_NATE = request_text_ko(R5, [T1])
case(name="nate-dsn-quoting-request",
     **{"from": "MAILER-DAEMON@mx2.nate.com"},
     name_from="Mail Delivery Subsystem",
     date="Thu, 12 Sep 2024 09:00:31 +0900",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nate-dsn-240912"

--nate-dsn-240912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

** 메일 전송이 지연되고 있습니다 **

수신 서버의 응답이 없어 아래 수신자에게 메일을 아직 전달하지 못했습니다.
시스템이 48시간 동안 재전송을 시도합니다. 따로 조치하실 필요는 없습니다.

    pann-help@skcomms.co.kr

--nate-dsn-240912
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.nate.com

Final-Recipient: rfc822; pann-help@skcomms.co.kr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 14 Sep 2024 09:00:00 +0900

--nate-dsn-240912
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: pann-help@skcomms.co.kr
Subject: [KCSC] {R5}
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <{MID[R5]}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{REQ_NATE}

--nate-dsn-240912--
""",
     outcome="ignored", classification="bounce",
     imitates="delay DSN (Action: delayed, 4.4.1) returning the original request as message/rfc822",
     why="delivery delay report; the URL is only in our own returned request",
     items={T1: "pending"})

# ======================= Inven (R6, 2 items) =======================

case(name="inven-two-items-mixed",
     **{"from": "report@inven.co.kr"},
     name_from=h("인벤 운영팀"),
     date="Mon, 16 Sep 2024 14:55:30 +0900",
     subject=h(f"[인벤] {R6} 게시물 처리 결과"),
     reply_to_req=MID[R6],
     body=f"""안녕하세요. 인벤 운영팀입니다.

요청하신 게시물 처리 결과를 안내드립니다.

■ 로스트아크 자유게시판 {I1}
  - 불법 도박 사이트 홍보로 확인되어 삭제하였고, 작성자 계정은 영구 이용 정지했습니다.

■ 메이플스토리 게시판 {I2}
  - 게임 내 확률형 아이템 정보를 정리한 글로, 도박 홍보나 운영정책 위반 소지가 없어 삭제하지 않았습니다.

문의 사항은 인벤 고객센터(https://www.inven.co.kr/member/help/)로 연락 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="Inven operations reply per board (■ blocks), removal and refusal with reason",
     why="I1 deleted (account ban extra); I2 not deleted because it breaks no rule (rejected); help link not an item",
     items={I1: "removed", I2: "rejected"})

case(name="inven-ack-plus-results",
     **{"from": "report@inven.co.kr"},
     name_from=h("인벤 운영팀"),
     date="Fri, 13 Sep 2024 18:30:02 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R6}"),
     reply_to_req=MID[R6],
     body=f"""안녕하세요, 인벤입니다. 요청 잘 접수되었습니다.

바로 확인해 보았는데,
{I1} 글은 방금 삭제했고
{I2} 글은 작성자가 먼저 지워서 이미 없는 글입니다.

좋은 하루 보내세요.
""",
     outcome="applied", classification="confirmation",
     imitates="informal staff reply opening with 접수되었습니다 then giving the results",
     why="acknowledgement phrase plus unhedged statements: I1 deleted, I2 already deleted by its author (not_found)",
     items={I1: "removed", I2: "not_found"})

case(name="inven-report-receipt",
     **{"from": "noreply@inven.co.kr"},
     name_from=h("인벤 고객센터"),
     date="Fri, 13 Sep 2024 13:00:24 +0900",
     subject=h("[인벤] 신고가 접수되었습니다 (신고번호 R-2409130451)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""인벤 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
 - 신고번호: R-2409130451
 - 제목: [방송통신심의위원회] 시정요구 통보 {R6}

담당자가 확인한 후 순차적으로 처리됩니다. 처리 결과는 별도 메일로 안내드립니다.
※ 이 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="community site's automatic 신고 접수 receipt with a report number",
     why="pure receipt: report number, no statement about an item",
     items={})

case(name="inven-about-fmkorea-link",
     **{"from": "report@inven.co.kr"},
     name_from=h("인벤 운영팀"),
     date="Wed, 18 Sep 2024 10:27:45 +0900",
     subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 {R7}"),
     reply_to_req=MID[R7],
     body=f"""안녕하세요. 인벤 운영팀입니다.

보내주신 {F2} 주소는 에펨코리아 게시물로, 인벤에서 관리하는 게시물이 아닙니다.
참고로 저희가 열어 보았을 때 해당 주소는 이미 삭제된 게시물로 표시되었습니다.

수신처를 확인해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="a community site answering a request sent to it by mistake, about another site's post",
     why="Inven states a status (deleted) for an FM Korea item: wrong_platform, item unchanged",
     items={F2: "pending"})

# ======================= FM Korea (R7, 3 items) =======================

case(name="fmkorea-english-mixed",
     **{"from": "admin@fmkorea.com"},
     name_from="FMKorea Admin",
     date="Wed, 18 Sep 2024 16:42:09 +0900",
     subject=f"Re: [{R7}] Request for removal of illegal content",
     reply_to_req=MID[R7],
     body=f"""Hello KCSC,

Results for your request {R7}:

1. {F1} -- deleted, the member has been banned.
2. {F2} -- deleted.
3. {F3} -- this post is a news article about drug enforcement and does not
   advertise anything, so we are keeping it online.

FMKorea administration team
""",
     outcome="applied", classification="confirmation",
     imitates="English numbered reply from a community site admin team",
     why="two deleted, one kept with its reason (rejected)",
     items={F1: "removed", F2: "removed", F3: "rejected"})

case(name="fmkorea-fullwidth-comma-both-deleted",
     **{"from": "report@fmkorea.com"},
     name_from=h("에펨코리아 운영진"),
     date="Thu, 19 Sep 2024 09:14:33 +0900",
     subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 {R7}"),
     reply_to_req=MID[R7],
     body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F1}，{F2} 두 건 모두 삭제했습니다.
포텐 게시판 글({F3})은 아직 검토 중이며 결과가 나오면 다시 말씀드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean staff reply listing two URLs separated by a full-width comma",
     why="each of the two URLs is named and stated deleted; the third is only under review (pending)",
     items={F1: "removed", F2: "removed", F3: "pending"})

case(name="fmkorea-spoofed-auth-fail",
     **{"from": "admin@fmkorea.com"},
     name_from="FMKorea Admin",
     auth="fail",
     date="Tue, 17 Sep 2024 23:58:12 +0900",
     subject=f"Re: [{R7}] removal done",
     reply_to_req=MID[R7],
     body=f"""Hello,

{F1} has been removed.
{F3} has been removed.

No further action is needed from your side.
""",
     outcome="review", review="untrusted",
     imitates="a reply claiming to be the FM Korea admin that fails DKIM/SPF/DMARC",
     why="sender domain is FM Korea's but authentication fails: untrusted, items pending",
     items={F1: "pending", F3: "pending"})


# ---------------------------------------------------------------- write
HEADER = f"""# Blind set 705 (tests/corpus/blind705/): Korean portals and community sites.
# Written by tests/corpus/blind705/make.py. Expected results were written from
# each email's meaning alone, before the reader was run on these emails.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
