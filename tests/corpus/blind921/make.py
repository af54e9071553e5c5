#!/usr/bin/env python3
"""Blind set 921: Korean portals and community sites (NAVER, Daum/Kakao and
Tistory, DC Inside, SOOP, FM Korea, Clien, Inven, Nate), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind921/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader. All names, URLs and ids are fictional.
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


def h(s):
    """RFC 2047 encoded header text (Korean subjects and display names)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
T1 = "원본-영상-공유"
T2 = "후기-모음"
TISTORY1 = "https://bluepine88.tistory.com/entry/" + quote(T1)
TISTORY2 = "https://daily-ripple.tistory.com/entry/" + quote(T2)
TISTORY1_RAW = "https://bluepine88.tistory.com/entry/" + T1
TISTORY2_RAW = "https://daily-ripple.tistory.com/entry/" + T2

N = [
    "https://blog.naver.com/moonlit_shop77/223561010001",
    "https://blog.naver.com/moonlit_shop77/223561010002",
    "https://blog.naver.com/gray_rabbit_03/223558874410",
    "https://blog.naver.com/gray_rabbit_03/223558874522",
    "https://blog.naver.com/sora_diary_k/223560123987",
    "https://m.blog.naver.com/sora_diary_k/223560124001",
    "https://cafe.naver.com/cheongsan2020/58812",
    "https://cafe.naver.com/cheongsan2020/58840",
    "https://cafe.naver.com/nightowlgamers/120334",
    "https://cafe.naver.com/nightowlgamers/120391",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472210334",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120045&memberNo=51230098",
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12 = N
D = [
    "https://cafe.daum.net/hwasanpark/Lk7d/2381",
    "https://cafe.daum.net/hwasanpark/Lk7d/2395",
    TISTORY1,
    TISTORY2,
]
D1, D2, D3, D4 = D
C = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812077",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightsky_fan&no=154402",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightsky_fan&no=154419",
    "https://gall.dcinside.com/mini/board/view/?id=lumi_cafe&no=30771",
]
C1, C2, C3, C4, C5 = C
S = [
    "https://vod.sooplive.co.kr/player/131880452",
    "https://vod.sooplive.co.kr/player/131880997",
    "https://ch.sooplive.co.kr/hanbyeol_tv/post/88120347",
]
S1, S2, S3 = S
F = ["https://www.fmkorea.com/7421188035", "https://www.fmkorea.com/7421190412"]
F1, F2 = F
L1 = "https://www.clien.net/service/board/park/18820455"
I = [
    "https://www.inven.co.kr/board/lostark/5355/1288410",
    "https://www.inven.co.kr/board/maple/5974/3340128",
]
I1, I2 = I

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "illegal_gambling", "NAVER blog, cafe, kin and post"),
    ("KCSC-240904-02", "daum", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", D,
     "obscenity", "Daum cafe and Tistory; Tistory paths are Korean, stored percent-encoded"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", C,
     "defamation", "DC Inside gallery, minor gallery, mini gallery"),
    ("KCSC-240906-04", "soop", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", S,
     "obscenity", "SOOP VODs and a channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", F,
     "illegal_drugs", ""),
    ("KCSC-240910-06", "clien", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", [L1],
     "personal_information", ""),
    ("KCSC-240911-07", "inven", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", I,
     "illegal_gambling", ""),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        "following content (request %s):" % ref,
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


R_NAVER, R_DAUM, R_DC, R_SOOP, R_FM, R_CLIEN, R_INVEN = (msgid(r[0]) for r in REQUESTS)

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================= APPLIED (26)

case(
    name="naver-gesijungdan-numbered-kr",
    date="Thu, 05 Sep 2024 15:12:40 +0900",
    **{"from": "right_help@navercorp.com"},
    name_from=h("네이버 게시중단요청서비스"),
    subject=h("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    reply_to_req=R_NAVER,
    body=f"""
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 2024년 9월 3일 요청하신 건(요청번호 KCSC-240903-01) 가운데
블로그 게시물 4건에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {N1}
   - 처리 결과: 삭제
2. {N2}
   - 처리 결과: 삭제
3. {N3}
   - 처리 결과: 임시조치 (30일간 접근 차단, 게시자 재게시 요청 가능)
4. {N4}
   - 처리 결과: 게시물 없음 (요청 접수 전에 작성자가 직접 삭제함)

나머지 게시물은 검토가 끝나는 대로 따로 회신드리겠습니다.
게시중단 관련 정책: https://policy.naver.com/policy/service_right.html

감사합니다.
네이버 게시중단요청서비스 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (numbered list, result on the line below each URL)",
    why="four blog posts each with an unhedged Korean result: 삭제 x2, 임시조치 (restricted), 게시물 없음 (not_found)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-cafe-html-table-en",
    date="Fri, 06 Sep 2024 11:03:09 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request - NAVER Cafe posts",
    reply_to_req=R_NAVER,
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below the outcome for the four NAVER Cafe posts in your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>URL</th><th>Action</th><th>Note</th></tr>
<tr><td>1</td><td><a href="{N7}">{N7}</a></td><td>Deleted</td><td>Removed under the Cafe operating principles</td></tr>
<tr><td>2</td><td><a href="{N8}">{N8}</a></td><td>Deleted</td><td>Removed under the Cafe operating principles</td></tr>
<tr><td>3</td><td><a href="{N9}">{N9}</a></td><td>No action</td><td>Our review found no breach of Korean law or of our policies; the post stays up.</td></tr>
<tr><td>4</td><td><a href="{N10}">{N10}</a></td><td>Not found</td><td>The post had already been deleted by its author.</td></tr>
</table>
<p>Cafe operating principles: <a href="https://help.naver.com/service/5626/contents/19820">https://help.naver.com/service/5626/contents/19820</a></p>
<p>Kind regards,<br>NAVER Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English outcome table (HTML) for cafe posts",
    why="HTML table, one row per cafe post: deleted x2, no action with a reason (rejected), not found",
    items={N7: "removed", N8: "removed", N9: "rejected", N10: "not_found"},
)

csv_rows = [
    ("1", N1, "삭제", ""),
    ("2", N2, "삭제", ""),
    ("3", N3, "임시조치", "30일 접근 차단"),
    ("4", N4, "게시물 없음", "작성자 삭제"),
    ("5", N5, "비공개 처리", "운영정책 위반"),
    ("6", N6, "삭제", ""),
    ("7", N7, "삭제", ""),
    ("8", N8, "유지", "위반 사항 확인되지 않음"),
    ("9", N9, "삭제", ""),
    ("10", N10, "게시물 없음", ""),
    ("11", N11, "블라인드", "지식iN 운영원칙 위반"),
    ("12", N12, "임시조치", "30일 접근 차단"),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "비고"])
for r in csv_rows:
    _w.writerow(r)
NAVER_CSV = "\ufeff" + _buf.getvalue()
case(
    name="naver-csv-attachment-all-12",
    date="Mon, 09 Sep 2024 17:40:22 +0900",
    **{"from": "right_help@navercorp.com"},
    name_from=h("네이버 게시중단요청서비스"),
    subject=h("[NAVER] KCSC-240903-01 최종 조치 결과 (12건)"),
    reply_to_req=R_NAVER,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_20240909_a81"

--=_nv_20240909_a81
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호 KCSC-240903-01 전체 12건의 최종 조치 결과를 첨부한 CSV 파일로 보내드립니다.
파일의 '조치결과' 열을 확인해 주시기 바랍니다.

감사합니다.
''')}

--=_nv_20240909_a81
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename*=UTF-8''KCSC-240903-01_%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}

--=_nv_20240909_a81--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet (CSV export attached to a short cover note)",
    why="CSV attachment with one row per item of the 12-item request; every row states a result",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "removed", N7: "removed", N8: "rejected", N9: "removed", N10: "not_found",
           N11: "removed", N12: "restricted"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Wed, 04 Sep 2024 10:21:55 +0900",
    **{"from": "jiho.bae@navercorp.com"},
    name_from="Jiho Bae",
    subject="Re: [KCSC-240903-01] Removal request",
    reply_to_req=R_NAVER,
    body=f"""
Hi,

Quick update on one of the posts: {N9} was deleted by our Cafe operations
team this morning (KST). We're still going through the others in your list
and will write again.

Best,
Jiho Bae
NAVER Cafe Operations

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply over the quoted request",
    why="one cafe post deleted, stated above the quote; the quoted list and 'still going through the others' change nothing",
    items={N9: "removed"},
)

case(
    name="naver-bare-url-result-below",
    date="Fri, 06 Sep 2024 18:05:31 +0900",
    **{"from": "kin_help@naver.com"},
    name_from=h("네이버 지식iN·포스트 운영"),
    subject=h("RE: [KCSC-240903-01] 게시물 조치 요청"),
    reply_to_req=R_NAVER,
    body=f"""
[지식iN / 포스트 게시물 처리 결과]

{N11}
→ 블라인드 처리 완료 (9/6)

{N12}
→ 존재하지 않는 게시물입니다 (확인 시점에 이미 삭제된 상태)

네이버 지식iN 운영원칙: https://kin.naver.com/help/rule.naver
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service desk terse reply: bare URL, result on the next line with an arrow",
    why="블라인드 처리 완료 = removed; 존재하지 않는 게시물 = not_found",
    items={N11: "removed", N12: "not_found"},
)

case(
    name="naver-qp-private-and-age",
    date="Sat, 07 Sep 2024 09:14:02 +0900",
    **{"from": "blog_help@naver.com"},
    name_from=h("네이버 블로그 고객센터"),
    subject=h("[네이버 블로그] 요청번호 KCSC-240903-01 조치 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 블로그 고객센터입니다.

요청번호 KCSC-240903-01 관련, sora_diary_k 블로그의 게시물 2건은 다음과 같이 조치하였습니다.

- {N5} : 비공개 처리 (외부에서 열람 불가)
- {N6} : 19세 이상 성인 인증 후에만 볼 수 있도록 연령 제한 적용

블로그 운영정책: https://blog.naver.com/BlogUserPolicy.naver
감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog help-desk notice, quoted-printable Korean body",
    why="비공개 처리 (not viewable) = removed; adult-verification age limit = restricted",
    items={N5: "removed", N6: "restricted"},
)

case(
    name="daum-tistory-raw-korean-path",
    date="Fri, 06 Sep 2024 14:47:18 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h("[카카오] 게시중단 처리 결과 안내 - KCSC-240904-02"),
    reply_to_req=R_DAUM,
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청(KCSC-240904-02) 중 티스토리 게시물 2건의 처리 결과를 안내드립니다.

■ 대상: {TISTORY1_RAW}
■ 조치: 게시중단(삭제)

■ 대상: {TISTORY2_RAW}
■ 조치: 임시조치 - 30일간 해당 게시물에 대한 접근을 차단하였습니다.
  게시자가 기간 내 재게시를 요청하지 않으면 이후 삭제됩니다.

다음 카페 게시물 2건은 카페 운영팀에서 별도로 회신드릴 예정입니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 게시중단/임시조치 결과 notice (Tistory, raw Korean paths)",
    why="raw Korean Tistory paths match the percent-encoded request URLs; 게시중단(삭제) = removed, 임시조치 30-day access block = restricted (the later deletion is conditional)",
    items={D3: "removed", D4: "restricted"},
)

case(
    name="daum-cafe-blind-already-gone",
    date="Thu, 05 Sep 2024 16:30:44 +0900",
    **{"from": "cafe_cs@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    subject=h("Re: [KCSC-240904-02] 게시물 삭제 요청"),
    reply_to_req=R_DAUM,
    body=f"""
Daum 카페 운영팀입니다.

요청번호 KCSC-240904-02 중 카페 게시물 2건의 결과입니다.

{D1} - 블라인드 처리되었습니다.
{D2} - 확인 시점에 이미 삭제된 게시물로, 별도 조치 대상이 아닙니다.

티스토리 게시물은 카카오 권리침해신고센터에서 회신드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations team reply (블라인드 / 이미 삭제된 게시물)",
    why="블라인드 = removed; already deleted before review = not_found",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="dc-angle-bracket-particle",
    date="Fri, 06 Sep 2024 13:02:51 +0900",
    **{"from": "admin@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("[디시인사이드] KCSC-240905-03 처리 안내"),
    reply_to_req=R_DC,
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 KCSC-240905-03 건 중 주식 갤러리 게시물에 대해 안내드립니다.

<{C1}>의 게시물은 삭제 처리되었으며, 작성자 IP는 차단되었습니다.
「{C2}」 게시물도 같은 사유로 삭제하였습니다.

마이너·미니 갤러리 게시물은 해당 갤러리 매니저 확인 후 다시 안내드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply in Korean prose",
    why="URL in angle brackets followed by the particle 의, and a URL in full-width corner brackets; both deleted",
    items={C1: "removed", C2: "removed"},
)

case(
    name="dc-gallery-mixed-results",
    date="Tue, 10 Sep 2024 11:45:07 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req=R_DC,
    body=f"""
디시인사이드 신고센터입니다. 나머지 게시물 처리 결과를 알려드립니다.

[처리 결과]
・ 마이너 갤러리 nightsky_fan 154402번 글 ({C3}) : 삭제
・ 같은 갤러리 154419번 글 ({C4}) : 검토 결과 법령 및 이용약관 위반 사항이 확인되지 않아 게시 유지
・ 미니 갤러리 lumi_cafe 30771번 글 ({C5}) : 해당 글은 존재하지 않습니다 (작성자 삭제)

이용약관: https://www.dcinside.com/policy/terms
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result list with URLs in parentheses",
    why="삭제 = removed; kept because no violation = rejected; 존재하지 않습니다 (author deleted) = not_found",
    items={C3: "removed", C4: "rejected", C5: "not_found"},
)

case(
    name="soop-en-outcome-bullets",
    date="Mon, 09 Sep 2024 10:12:33 +0900",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: Removal request KCSC-240906-04",
    reply_to_req=R_SOOP,
    body=f"""
Hello,

Thank you for contacting SOOP. We reviewed the three items in your request
KCSC-240906-04 and took the following actions:

* VOD {S1} - deleted for violating our Community Guidelines.
* VOD {S2} - age-restricted; it can now be viewed only by verified users aged 19 or older.
* Channel post {S3} - removed.

The streamer has been notified and may appeal through https://help.sooplive.co.kr/appeal.

Regards,
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) Trust & Safety English outcome email",
    why="deleted, age-restricted (restricted), removed; the appeal link is not an item",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

SOOP_HTML = f"""<html><body>
<div style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(KCSC-240906-04)과 관련하여 안내드립니다.</p>
<p>요청하신 VOD (<a href="{S2}">{S2}</a>)는 운영정책 위반으로 <b>삭제 처리</b>되었습니다.</p>
<p>나머지 항목은 담당 부서에서 확인 중입니다.</p>
<p>SOOP 고객센터 드림</p>
</div></body></html>"""
case(
    name="soop-kr-base64-html",
    date="Sat, 07 Sep 2024 20:33:10 +0900",
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    subject=h("[SOOP] 요청하신 VOD 처리 안내"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 HTML notice, base64-encoded",
    why="one VOD of the three named and deleted; 'the rest are being checked' changes nothing",
    items={S2: "removed"},
)

case(
    name="fmkorea-bullets-kr",
    date="Wed, 11 Sep 2024 09:55:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=R_FM,
    body=f"""
에펨코리아 운영진입니다. KCSC-240909-05 요청 건 처리 결과입니다.

- {F1} : 삭제 완료 (작성자 30일 이용정지)
- {F2} : 작성자가 먼저 삭제하여 게시물이 존재하지 않습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply, dashed list 'URL : result'",
    why="삭제 완료 = removed; deleted by its author, does not exist = not_found",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="clien-sole-item-no-url",
    date="Wed, 11 Sep 2024 15:20:12 +0900",
    **{"from": "support@clien.net"},
    name_from=h("클리앙 운영진"),
    subject=h("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=R_CLIEN,
    body="""
안녕하세요, 클리앙 운영진입니다.

보내주신 게시물은 검토 결과 이용규칙(개인정보 노출)에 해당하여 삭제 처리하였습니다.

감사합니다.
클리앙 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin one-line reply in the request's thread",
    why="one-item request, in-thread reply with the reference: 'the post you sent was deleted' applies to its only item",
    items={L1: "removed"},
)

case(
    name="inven-url-below-statement",
    date="Thu, 12 Sep 2024 14:08:26 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객센터"),
    subject=h("[인벤] 요청번호 KCSC-240911-07 조치 결과"),
    reply_to_req=R_INVEN,
    body=f"""
안녕하세요, 인벤 고객센터입니다.
요청번호 KCSC-240911-07 관련 조치 결과를 안내드립니다.

다음 게시물은 게시판 운영정책 위반으로 삭제되었습니다.
{I1}

다음 게시물은 검토 결과 위반 사항이 확인되지 않아 삭제하지 않았습니다.
{I2}

추가 문의는 이 메일로 회신해 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-centre result notice, statement line above each URL",
    why="statement on the line above each URL: deleted; not deleted because no violation found (rejected)",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="naver-receipt-plus-statement",
    date="Wed, 04 Sep 2024 09:02:11 +0900",
    **{"from": "right_help@navercorp.com"},
    name_from=h("네이버 게시중단요청서비스"),
    subject=h("[NAVER] 게시중단 요청 접수 안내 (KCSC-240903-01)"),
    reply_to_req=R_NAVER,
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 내용이 정상적으로 접수되었습니다. (접수번호 NV-0903-5521)

참고로 아래 게시물은 접수 전에 이미 운영정책 위반으로 삭제 조치된 상태임을 확인하였습니다.
{N3}

나머지 게시물은 순차적으로 검토한 뒤 결과를 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 안내 receipt that also reports one post already removed",
    why="a receipt plus an unhedged statement that one post was already deleted by NAVER: not a pure acknowledgement",
    items={N3: "removed"},
)

case(
    name="dc-outlook-original-message",
    date="Mon, 09 Sep 2024 16:44:50 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("RE: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req=R_DC,
    body=f"""
담당자님 안녕하세요.

미니 갤러리 게시물({C5}) 삭제 처리 완료했습니다.

디시인사이드 신고센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: report@dcinside.com
Subject: [KCSC-240905-03] 게시물 삭제 요청

{quoted_request("KCSC-240905-03", C, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="only the mini-gallery post is stated deleted above the original message; the request's list below is quoted text",
    items={C5: "removed"},
)

# The ticket tool breaks the long line after a hyphen of the encoded path.
_cut = TISTORY1.index("-", TISTORY1.index("-") + 1) + 1
W1 = TISTORY1[:_cut]
W2 = TISTORY1[_cut:]
case(
    name="daum-wrapped-tistory-url-en",
    date="Tue, 10 Sep 2024 10:31:07 +0900",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="Kakao Tistory Policy",
    subject="Re: [KCSC-240904-02] Removal request - Tistory entries",
    reply_to_req=R_DAUM,
    body=f"""
Dear KCSC,

Regarding request KCSC-240904-02, here are the results for the two Tistory
entries:

1) {W1}
{W2}
   Status: removed. The entry was deleted by Kakao under the Tistory
   operating policy.

2) {TISTORY2}
   Status: not found. The entry no longer exists; the blog was closed by
   its owner before our review.

Kind regards,
Kakao Tistory Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English reply from a ticket tool that hard-wraps long lines",
    why="the first percent-encoded URL is hard-wrapped across two lines; read whole it is the requested entry (removed); the second is not found",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="naver-cafe-adult-only-en",
    date="Wed, 11 Sep 2024 13:15:48 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request - follow-up",
    reply_to_req=R_NAVER,
    body=f"""
Dear KCSC team,

Following our review, the Cafe post {N8}
has been switched to adult-only viewing: it is now visible only to logged-in
members who have verified that they are 19 or older.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety follow-up: age restriction of a cafe post",
    why="age-restricted to verified adults = restricted",
    items={N8: "restricted"},
)

DAUM_TABLE = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b>의 조치 결과를 아래 표로 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>1</td><td>{D1}</td><td>삭제</td><td>청소년유해정보</td></tr>
<tr><td>2</td><td>{D2}</td><td>임시조치(30일)</td><td>접근 차단, 게시자 소명 대기</td></tr>
<tr><td>3</td><td>{TISTORY1_RAW}</td><td>게시 유지</td><td>위법성이 확인되지 않아 조치하지 않음</td></tr>
<tr><td>4</td><td>{TISTORY2_RAW}</td><td>게시물 없음</td><td>블로그 폐쇄</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="daum-html-table-kr",
    date="Thu, 12 Sep 2024 17:26:39 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h("[카카오] KCSC-240904-02 조치 결과 안내"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kakao-b7f1"

--kakao-b7f1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

조치 결과는 HTML 본문의 표를 확인해 주십시오.

--kakao-b7f1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_TABLE)}

--kakao-b7f1--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent by a portal (HTML, base64)",
    why="table rows: 삭제 = removed; 임시조치 = restricted; 게시 유지 with reason = rejected; 게시물 없음 = not_found",
    items={D1: "removed", D2: "restricted", D3: "rejected", D4: "not_found"},
)

case(
    name="fmkorea-echoed-report-form",
    date="Tue, 10 Sep 2024 16:50:03 +0900",
    **{"from": "noreply@fmkorea.com"},
    name_from=h("에펨코리아"),
    subject=h("[에펨코리아] 신고 처리 결과 안내"),
    body=f"""
[신고 처리 결과 안내]

신고 번호 : FM-2024-0910-0077
신고 대상 : {F2}
신고 사유 : 불법정보 (방송통신심의위원회 요청 KCSC-240909-05)
처리 일시 : 2024-09-10 16:42
처리 결과 : 게시물 삭제, 작성자 영구 이용정지

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site report-system outcome mail echoing the report form fields",
    why="the echoed form names one post and its 처리 결과 is 게시물 삭제",
    items={F2: "removed"},
)

case(
    name="naver-mixed-lang-blind-and-keep",
    date="Thu, 12 Sep 2024 19:02:14 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request",
    reply_to_req=R_NAVER,
    body=f"""
Hello KCSC team,

Update on KCSC-240903-01 (네이버 블로그/카페):

- {N4} has been blinded (블라인드) and is no longer publicly visible.
- {N10}: we will not remove this post. Our review found that it quotes a
  news article and does not break Korean law or our Cafe policies (위반 사항 없음).

Thanks,
Minseo Kwon
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English reply with Korean terms in parentheses",
    why="blinded = removed; refusal with its reason = rejected",
    items={N4: "removed", N10: "rejected"},
)

case(
    name="inven-qp-hidden",
    date="Fri, 13 Sep 2024 10:40:55 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객센터"),
    subject=h("[인벤] KCSC-240911-07 추가 안내"),
    reply_to_req=R_INVEN,
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''인벤 고객센터입니다.

앞서 유지 안내드린 메이플스토리 게시판 게시물을 재검토하였습니다.
{I2} 게시물은 숨김 처리되어 현재 누구도 열람할 수 없습니다.

불편을 드려 죄송합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Inven follow-up after re-review, quoted-printable Korean",
    why="hidden so that nobody can view it = removed (made unavailable)",
    items={I2: "removed"},
)

case(
    name="soop-kr-age-and-delete",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    **{"from": "trust@sooplive.co.kr"},
    name_from=h("SOOP 운영팀"),
    subject=h("Re: [KCSC-240906-04] 게시물 조치 요청"),
    reply_to_req=R_SOOP,
    body=f"""
안녕하세요, SOOP 운영팀입니다.

요청번호 KCSC-240906-04 관련 처리 결과입니다.

1) VOD {S1}
   → 19세 이상 시청 가능으로 등급 변경 (연령 제한)
2) 방송국 게시글 {S3}
   → 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영팀 Korean result list",
    why="age rating raised to 19+ = restricted; 삭제 = removed",
    items={S1: "restricted", S3: "removed"},
)

case(
    name="naver-kin-taken-down-en",
    date="Mon, 09 Sep 2024 08:47:30 +0900",
    **{"from": "kin_help@naver.com"},
    name_from="NAVER KnowledgeiN",
    subject="Re: [KCSC-240903-01] Removal request",
    reply_to_req=R_NAVER,
    body=f"""
Hello,

The KnowledgeiN Q&A post below has been taken down for breaching our
operating rules:

  {N11}

Regards,
NAVER KnowledgeiN Operations
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KnowledgeiN English one-item outcome, indented URL below its statement",
    why="taken down = removed; the URL stands on the line below the statement",
    items={N11: "removed"},
)

case(
    name="clien-corner-bracket-rejected",
    date="Thu, 12 Sep 2024 12:26:08 +0900",
    **{"from": "support@clien.net"},
    name_from=h("클리앙 운영진"),
    subject=h("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=R_CLIEN,
    body=f"""
안녕하세요, 클리앙 운영진입니다.

「{L1}」 게시물은 검토 결과 이용규칙 및 관련 법령 위반으로 보기 어려워
삭제하지 않고 유지하기로 하였습니다. 게시물에 노출된 정보는 당사자가 직접 공개한
업체 대표 연락처로 확인되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin refusal with its reason, URL in full-width corner brackets",
    why="kept online because it breaks no rule, with a reason = rejected",
    items={L1: "rejected"},
)

# ======================================================= REVIEW (11)

case(
    name="naver-promise-after-objection-period",
    date="Thu, 05 Sep 2024 10:10:10 +0900",
    **{"from": "right_help@navercorp.com"},
    name_from=h("네이버 게시중단요청서비스"),
    subject=h("[NAVER] KCSC-240903-01 진행 상황 안내"),
    reply_to_req=R_NAVER,
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

아래 게시물 2건은 게시자에게 소명 기회를 부여하였으며, 소명 기간(7일)이 끝나는
9월 12일 이후 소명이 없으면 삭제될 예정입니다.

{N1}
{N2}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER progress notice: deletion promised after the author's objection period",
    why="'will be deleted if no objection' is a promise and a condition, not a statement; the items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="daum-hedge-appears-removed-en",
    date="Fri, 06 Sep 2024 09:30:00 +0900",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum Cafe Support",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req=R_DAUM,
    body=f"""
Hello,

The post {D1} appears to have been removed by the cafe's
own manager already, but we have not yet been able to confirm this in our
system. We will check again and get back to you.

Daum Cafe Support
""",
    outcome="review", review="not_understood",
    imitates="Daum Cafe support English reply with a hedged status",
    why="'appears to have been removed ... not yet confirmed' is a hedge, not a statement",
    items={D1: "pending"},
)

case(
    name="dc-bulk-all-five-deleted",
    date="Mon, 09 Sep 2024 14:02:47 +0900",
    **{"from": "admin@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req=R_DC,
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240905-03 건으로 요청하신 게시물 5건은 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="DC Inside one-line 'all deleted' reply",
    why="one statement about all five items without naming them, for a five-item request: bulk",
    items={C1: "pending", C2: "pending", C3: "pending", C4: "pending", C5: "pending"},
)

case(
    name="naver-bulk-all-actioned-en",
    date="Fri, 13 Sep 2024 16:35:20 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request - closed",
    reply_to_req=R_NAVER,
    body="""
Dear KCSC team,

All of the posts listed in your request KCSC-240903-01 have now been
removed from NAVER services. We are closing this case on our side.

Kind regards,
NAVER Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="NAVER English case-closing note covering the whole request",
    why="'all of the posts ... removed' for a 12-item request without naming each: bulk",
    items={u: "pending" for u in N},
)

case(
    name="fmkorea-dkim-fail",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    **{"from": "admin@fmkorea.com"},
    auth="fail",
    name_from=h("에펨코리아 운영진"),
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=R_FM,
    body=f"""
에펨코리아 운영진입니다.

{F1} 게시물 삭제하였습니다.
""",
    outcome="review", review="untrusted",
    imitates="community-site admin reply relayed through a forwarder that broke DKIM",
    why="the sender's domain is FM Korea's but authentication failed; nothing may change",
    items={F1: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    date="Sat, 07 Sep 2024 22:48:19 +0900",
    **{"from": "cheongsan.manager@gmail.com"},
    name_from=h("청산 카페 매니저"),
    subject=h("카페 게시글 삭제했습니다 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버 카페 '청산' 매니저입니다.
네이버에서 연락을 받고 카페 게시판의 58812번 글을 삭제했습니다.

{N7}

다른 글도 문제가 있으면 알려주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer cafe manager writing from a personal Gmail account",
    why="a cafe manager is not NAVER; gmail.com is no platform's domain",
    items={N7: "pending"},
)

case(
    name="dc-gallery-manager-from-naver-mail",
    date="Sun, 08 Sep 2024 13:20:05 +0900",
    **{"from": "nightsky_mgr@naver.com"},
    name_from=h("밤하늘 갤러리 매니저"),
    subject=h("디시 마이너 갤러리 게시글 관련"),
    body=f"""
안녕하세요. 디시인사이드 마이너 갤러리 nightsky_fan 매니저입니다.
갤러리 공지를 보고 연락드립니다.

{C3} 글은 제가 삭제했습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="DC Inside minor-gallery manager writing from a personal NAVER mailbox",
    why="an authenticated naver.com sender states a status for a DC Inside item: wrong platform (a personal mailbox, not DC Inside)",
    items={C3: "pending"},
)

case(
    name="soop-asks-official-letter",
    date="Mon, 09 Sep 2024 15:47:12 +0900",
    **{"from": "trust@sooplive.co.kr"},
    name_from=h("SOOP 운영팀"),
    subject=h("Re: [KCSC-240906-04] 게시물 조치 요청 - 추가 자료 요청"),
    reply_to_req=R_SOOP,
    body=f"""
안녕하세요, SOOP 운영팀입니다.

요청하신 아래 항목을 처리하기 위해서는 근거 법령과 심의 결정 내용이 기재된
공문(PDF)이 필요합니다. 공문을 회신으로 보내주시면 확인 후 처리하겠습니다.

- {S1}
- {S3}

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="SOOP request for the official letter (공문) before acting",
    why="the platform asks for documents before acting; no status stated",
    items={S1: "pending", S3: "pending"},
)

case(
    name="nate-contact-change-no-items",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "help@nate.com"},
    name_from=h("네이트 고객센터"),
    subject=h("[네이트] 기관 신고 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이트 고객센터입니다.

10월 1일부터 관계 기관의 게시물 조치 요청은 기존 이메일 대신 기관 전용
신고 페이지(https://help.nate.com/agency)로만 접수받습니다.
기존에 접수된 건은 그대로 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Nate notice of a changed channel for agency requests",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="naver-lookalike-domain",
    date="Tue, 10 Sep 2024 07:55:31 +0900",
    **{"from": "notice@naver-safety.co"},
    name_from="NAVER Safety Center",
    subject="[NAVER] KCSC-240903-01 처리 완료",
    body=f"""
KCSC-240903-01 관련 아래 게시물을 삭제하였습니다.

{N1}
{N2}
{N3}

처리 확인서는 아래 링크에서 받으실 수 있습니다.
https://naver-safety.co/receipt?id=240903
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as a NAVER safety centre",
    why="naver-safety.co is not a NAVER sender domain",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="clien-hedge-seems-deleted",
    date="Wed, 11 Sep 2024 10:05:44 +0900",
    **{"from": "support@clien.net"},
    name_from=h("클리앙 운영진"),
    subject=h("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=R_CLIEN,
    body=f"""
안녕하세요, 클리앙 운영진입니다.

{L1} 게시물은 작성자가 이미 지운 것으로 보입니다만,
서버 기록을 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Clien admin reply with a hedged 'seems already deleted'",
    why="'보입니다만 ... 확인한 뒤 안내' is a hedge; the item stays pending",
    items={L1: "pending"},
)

# ======================================================= IGNORED (7)

case(
    name="naver-chuseok-out-of-office",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    **{"from": "sumin.lee@navercorp.com"},
    name_from=h("이수민"),
    subject=h("자동 회신: [KCSC-240903-01] 처리 기한 경과 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply (Chuseok holidays), Korean and English",
    why="an auto-reply; says nothing about any item",
)

case(
    name="inven-dsn-user-unknown",
    date="Wed, 11 Sep 2024 10:00:41 +0900",
    **{"from": "MAILER-DAEMON@mx.inven.co.kr"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4WzK2q.mx.inven.co.kr"

--DSN.4WzK2q.mx.inven.co.kr
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.inven.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@inven.co.kr>: host mx.inven.co.kr[203.0.113.41] said: 550 5.1.1
    <abuse@inven.co.kr>: Recipient address rejected: User unknown

--DSN.4WzK2q.mx.inven.co.kr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.inven.co.kr
Arrival-Date: Wed, 11 Sep 2024 10:00:40 +0900

Final-Recipient: rfc822; abuse@inven.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--DSN.4WzK2q.mx.inven.co.kr
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@inven.co.kr
Subject: [KCSC-240911-07] Removal request
Date: Wed, 11 Sep 2024 10:00:00 +0900
Message-ID: <{R_INVEN}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240911-07", I, prefix="")}

--DSN.4WzK2q.mx.inven.co.kr--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="a bounce; the URLs are in our own returned request",
)

case(
    name="daum-mdn-read-receipt",
    date="Thu, 05 Sep 2024 08:41:12 +0900",
    **{"from": "hyejin.choi@kakaocorp.com"},
    name_from=h("최혜진"),
    subject=h("읽음: [KCSC-240904-02] 게시물 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7c21a"

--mdn-7c21a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메시지가 읽혔습니다.
제목: [KCSC-240904-02] 게시물 삭제 요청
읽은 시간: 2024-09-05 오전 8:41

--mdn-7c21a
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; hyejin.choi@kakaocorp.com
Original-Message-ID: <{R_DAUM}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7c21a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, displayed) in Korean",
    why="a read receipt",
)

case(
    name="dc-ticket-receipt",
    date="Thu, 05 Sep 2024 11:00:52 +0900",
    **{"from": "noreply@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    subject=h("[디시인사이드] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: DC-20240905-0412
 - 문의 제목: [KCSC-240905-03] 게시물 삭제 요청

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수 완료, 접수번호)",
    why="pure acknowledgement: ticket created, nothing about any item",
)

case(
    name="soop-helpshift-receipt-en",
    date="Fri, 06 Sep 2024 09:31:30 +0900",
    **{"from": "help@sooplive.com"},
    name_from="SOOP Support",
    subject="[SOOP] We've received your message (#58120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for reaching out. We've received your message about
"[KCSC-240906-04] Removal request" and created ticket #58120.

A member of our support team will get back to you as soon as possible.
You can reply to this email to add more information to your ticket.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpshift-style support ticket receipt",
    why="pure acknowledgement with a ticket number",
)

case(
    name="fmkorea-ooo-en",
    date="Mon, 09 Sep 2024 10:00:20 +0900",
    **{"from": "jun.park@fmkorea.com"},
    name_from="Jun Park",
    subject="Automatic reply: [KCSC-240909-05] Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until 12 September with
limited access to email. For site moderation matters please write to
admin@fmkorea.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="an out-of-office auto-reply",
)

case(
    name="kcsc-mta-delay-clien",
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DLY.9aa1.mx.kcsc.example"

--DLY.9aa1.mx.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 24 hours.
It will be retried until it is 5 days old.

<support@clien.net>: connect to mx.clien.net[192.0.2.77]:25: Connection timed out

--DLY.9aa1.mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 14:00:02 +0900

Final-Recipient: rfc822; support@clien.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.clien.net[192.0.2.77]:25: Connection timed out
Will-Retry-Until: Sun, 15 Sep 2024 14:00:02 +0900

--DLY.9aa1.mx.kcsc.example
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: support@clien.net
Subject: [KCSC-240910-06] Removal request
Date: Tue, 10 Sep 2024 14:00:00 +0900
Message-ID: <{R_CLIEN}@kcsc.example>

--DLY.9aa1.mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN from our own MTA",
    why="a delivery-delay notice; says nothing about any item",
)


HEADER = """# Blind set 921: Korean portals and community sites, Korean and English
# mixed, with the doubtful and ignorable mail of a regulator's mailbox.
# Written by python3 tests/corpus/blind921/make.py from each email's meaning,
# before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind921", HEADER, cases)
    n = len(cases)
    mix = {}
    for c in cases:
        mix[c["outcome"]] = mix.get(c["outcome"], 0) + 1
    print(n, "cases", mix)
