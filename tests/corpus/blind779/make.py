#!/usr/bin/env python3
"""Blind set 779 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean (and a few in English).

    python3 tests/corpus/blind779/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no
clock, no randomness. Expected results were written from each email's
meaning alone, before the reader was ever run on this set.
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

SET = "blind779"


def enc(s):
    """RFC 2047 encoded word(s), as real Korean mailers send them."""
    return Header(s, "utf-8").encode()


def pct(url):
    return quote(url, safe=":/?&=%-@_.~")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N = {
    1: "https://blog.naver.com/lucky_sunset77/223570011201",
    2: "https://blog.naver.com/lucky_sunset77/223570011388",
    3: "https://blog.naver.com/moonbet_kr/223568840012",
    4: "https://cafe.naver.com/totoparty77/4412",
    5: "https://cafe.naver.com/totoparty77/4419",
    6: "https://cafe.naver.com/totoparty77/4520",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60215&docId=471188203",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38811420&memberNo=51733022",
    9: "https://blog.naver.com/hanbit_casino/223571230045",
    10: "https://cafe.naver.com/totoparty77/4603",
    11: "https://in.naver.com/jackpot_min/contents/internal/702215544101",
    12: "https://blog.naver.com/hanbit_casino/223571230311",
}
K3_RAW = "https://goldmoon.tistory.com/entry/판매-안내-공지"
S1_RAW = "https://yeowoo-notes.tistory.com/entry/실명-공개-그-이후"
K = {
    1: "https://cafe.daum.net/greenleaf420/Xb2f/118",
    2: "https://cafe.daum.net/greenleaf420/Xb2f/131",
    3: pct(K3_RAW),
    4: "https://pf.kakao.com/_xbKqxj/105330211",
    5: "https://open.kakao.com/o/sR4tYw9c",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7Lk2Rt0aZ",
    2: "https://www.youtube.com/watch?v=hX3bN8cPe1W",
    3: "https://www.youtube.com/@toto_tv_kr",
    4: "https://www.youtube.com/shorts/Zr5Yc0Lm9qE",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr7&no=55120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr7&no=55197",
    4: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=3012288",
}
B = {
    1: "https://band.us/band/81234567/post/1042",
    2: "https://band.us/band/81234567/post/1057",
    3: "https://band.us/band/90512233/post/7",
}
M = {
    1: "https://blog.naver.com/jinju_diary/223580014477",
    2: "https://cafe.naver.com/momsdiary88/120551",
}
S1 = pct(S1_RAW)

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09", [N[i] for i in range(1, 13)], "gambling",
     "온라인 도박 광고 게시물 일괄 시정요구"),
    (R2, "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10", [K[i] for i in range(1, 6)], "drugs",
     "마약류 판매 광고"),
    (R3, "youtube", "2024-09-05T09:20:00+09:00", "2024-09-12", [Y[i] for i in range(1, 5)], "gambling",
     "불법 도박 홍보 영상 및 채널"),
    (R4, "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13", [D[i] for i in range(1, 5)], "privacy",
     "개인정보 노출 게시글"),
    (R5, "band", "2024-09-09T10:10:00+09:00", "2024-09-16", [B[i] for i in range(1, 4)], "fraud",
     "투자사기 리딩방 모집글"),
    (R6, "naver", "2024-09-10T15:00:00+09:00", "2024-09-17", [M[1], M[2]], "defamation",
     "명예훼손 게시물"),
    (R7, "kakao", "2024-09-11T16:40:00+09:00", "2024-09-18", [S1], "privacy",
     "실명 및 연락처 공개"),
]


def mid(ref):
    return f"b779.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# The regulator's own request text, as platforms quote it back.
def request_text(ref, urls, date_ko):
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 「방송통신위원회의 설치 및 운영에 관한 법률」 제21조에 따라 시정을 요구합니다 ({ref}, {date_ko}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 기한 내에 회신하여 주시기 바랍니다.", "방송통신심의위원회 불법정보 삭제요청 담당"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


NAVER_SIG = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소)
※ 본 메일은 발신 전용이 아닙니다. 회신 시 접수번호를 유지해 주세요."""

cases = []


def case(**kw):
    cases.append(kw)


# =================================================================== APPLIED

rows = [
    (1, "블로그", N[1], "삭제", "2024.09.04"),
    (2, "블로그", N[2], "삭제", "2024.09.04"),
    (3, "블로그", N[3], "임시조치(30일)", "2024.09.04"),
    (4, "카페", N[4], "게시중단", "2024.09.04"),
    (5, "카페", N[5], "블라인드", "2024.09.04"),
    (6, "카페", N[6], "게시물 없음(작성자 삭제)", "-"),
    (7, "지식iN", N[7], "게시중단", "2024.09.05"),
    (8, "포스트", N[8], "미조치(법령·약관 위반 확인되지 않음)", "-"),
    (9, "블로그", N[9], "삭제", "2024.09.05"),
    (10, "카페", N[10], "접근 제한(성인 인증 필요)", "2024.09.05"),
    (11, "인플루언서", N[11], "존재하지 않는 URL", "-"),
    (12, "블로그", N[12], "비공개 처리", "2024.09.05"),
]
table = "\n".join(f"{a} | {b} | {c} | {d} | {e}" for a, b, c, d, e in rows)
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
    reply_to_req=mid(R1),
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2.자로 요청하신 시정요구(접수번호 {R1})와 관련하여 당사의 조치결과를 아래와 같이 통보합니다.

- 아    래 -

연번 | 서비스 | URL | 조치결과 | 조치일
{table}

3. 위 8번 게시물은 내용 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 사항이 확인되지 않아 게시를 유지하였습니다.
4. 조치결과에 관하여 문의 사항이 있으시면 담당자(policy@navercorp.com)에게 연락 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a pipe text table",
    why="trusted NAVER reply, one row per URL of the 12-item request with an explicit result each",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed"},
)

html_rows = [
    (N[1], "게시중단"), (N[2], "게시중단"), (N[3], "블라인드"),
    (N[9], "이미 삭제된 게시물"), (N[12], "임시조치 (30일간 접근 차단)"),
]
html_tr = "\n".join(
    f'<tr><td style="border:1px solid #ccc">{i}</td><td style="border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="border:1px solid #ccc">{s}</td></tr>'
    for i, (u, s) in enumerate(html_rows, 1)
)
case(
    name="naver-html-table-first-batch",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date="Wed, 04 Sep 2024 11:05:44 +0900",
    subject=enc(f"[네이버] 게시중단 요청 처리결과 안내 (1차) - {R1}"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 건({R1}) 중 1차로 처리가 끝난 게시물의 결과를 안내드립니다.</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #ccc">번호</th><th style="border:1px solid #ccc">게시물 주소</th><th style="border:1px solid #ccc">처리결과</th></tr>
{html_tr}
</table>
<p>나머지 게시물은 검토가 끝나는 대로 2차로 안내드리겠습니다.</p>
<p>게시중단 절차에 대한 안내는 <a href="https://right.naver.example/guide/process">권리보호 센터 도움말</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신전용입니다. 문의는 고객센터를 이용해 주세요.</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리결과 안내 mail, HTML table, first batch",
    why="HTML table gives a result for five of the twelve URLs; the rest is only a promise",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[9]: "not_found", N[12]: "restricted"},
)

csv_rows = [
    ("번호", "게시물 URL", "처리상태", "비고"),
    ("1", N[4], "삭제", ""),
    ("2", N[5], "삭제", ""),
    ("3", N[6], "해당 게시물 없음", "작성자 탈퇴로 게시물 삭제됨"),
    ("4", N[7], "블라인드", "답변 포함"),
    ("5", N[8], "임시조치", "30일"),
    ("6", N[10], "반려", "위반사항 없음"),
    ("7", N[11], "삭제", ""),
]
cbuf = io.StringIO()
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = base64.encodebytes(("\ufeff" + cbuf.getvalue()).encode("utf-8")).decode("ascii").rstrip("\n")
case(
    name="naver-csv-attachment-results",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀 김하늘"),
    date="Fri, 06 Sep 2024 10:14:03 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 - 처리결과 첨부 송부"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv779csv"

--=_nv779csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 김하늘입니다.

요청하신 {R1} 건 가운데 카페·지식iN·포스트·인플루언서 게시물 7건의
처리결과를 첨부 CSV 파일로 송부드립니다.
블로그 게시물 5건은 별도 메일로 안내드렸습니다.

감사합니다.
김하늘 드림

--=_nv779csv
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename*=utf-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Transfer-Encoding: base64

{csv_b64}
--=_nv779csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team reply with the result sheet as a UTF-8 (BOM) CSV attachment",
    why="CSV rows state a result per URL: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 반려(위반사항 없음) rejected",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[7]: "removed", N[8]: "restricted",
           N[10]: "rejected", N[11]: "removed"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "cafe_ops@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    date="Wed, 04 Sep 2024 15:31:27 +0900",
    subject=enc("totoparty77 카페 게시글 관련 회신드립니다"),
    body=f"""안녕하세요, 네이버 카페 운영팀 박준호입니다.

위원회에서 요청 주신 totoparty77 카페 글 확인했습니다.

<{N[4]}>
<{N[5]}>
위 두 글은 오늘 오전에 운영정책(불법 사행성 홍보) 위반으로 삭제했습니다.

<{N[10]}> 은 저희가 확인하러 들어갔을 때 이미 작성자가 직접 지운 상태였습니다.

카페 자체에 대한 이용제한 여부는 내부 기준에 따라 별도로 검토하고 있습니다.
추가로 필요하신 내용 있으면 편하게 연락 주세요.

박준호 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal reply from a portal's cafe operations staff, URLs in angle brackets",
    why="two URLs stated deleted, one already deleted by its author; the cafe-level review names no item",
    items={N[4]: "removed", N[5]: "removed", N[10]: "not_found"},
)

r6_q = request_text(R6, [M[1], M[2]], "2024. 9. 10.")
case(
    name="naver-r6-gmail-topposted",
    **{"from": "right_help@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 09:48:51 +0900",
    subject=enc(f"Re: [{R6}] 명예훼손 게시물 시정요구"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 2건에 대한 처리 결과입니다.

- 블로그 게시물({M[1]}) : 블라인드 처리
- 카페 게시물({M[2]}) : 임시조치(30일) — 게시자에게 재게시 요청 절차를 안내했습니다.

감사합니다.

2024년 9월 10일 (화) 오후 3:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(r6_q)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 reply top-posted over the Korean Gmail quote (…님이 작성:)",
    why="each of the two URLs has its own result in parentheses; the quoted request below is not a statement",
    items={M[1]: "removed", M[2]: "restricted"},
)

case(
    name="naver-r6-one-done-one-reviewing",
    **{"from": "right_help@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 18:20:00 +0900",
    subject=enc(f"RE: [{R6}] 시정요구 처리 현황"),
    reply_to_req=mid(R6),
    body=f"""방송통신심의위원회 담당자님께,

{R6} 건 처리 현황을 먼저 공유드립니다.

1) {M[1]}
   → 2024.09.11 삭제 처리 완료

2) {M[2]}
   → 게시자의 소명이 접수되어 현재 법무 검토 중입니다. 결과가 나오는 대로 별도 회신드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal interim status update: one item done, one under legal review",
    why="first URL deleted (removed); second is only under review, a promise of a later answer (pending)",
    items={M[1]: "removed", M[2]: "pending"},
)

case(
    name="naver-headings-urls-below",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 09:12:40 +0900",
    subject=enc(f"[네이버] {R1} 블로그 게시물 처리 결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.
{R1} 관련 블로그 게시물의 처리 결과를 아래와 같이 알려드립니다.

■ 게시중단 완료 (3건)
  - {N[1]}
  - {N[2]}
  - {N[9]}

■ 게시물 확인 불가 (1건)
  - {N[6]}
  ※ 해당 주소로 접속 시 '존재하지 않는 게시글입니다'로 확인됩니다.

나머지 게시물에 대해서는 확인 후 회신드리겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean notice grouping URLs under ■ result headings",
    why="the heading above each group gives the status of the URLs below it",
    items={N[1]: "removed", N[2]: "removed", N[9]: "removed", N[6]: "not_found"},
)

case(
    name="naver-kin-wrapped-author-deleted",
    **{"from": "kin_help@navercorp.com"},
    name_from=enc("네이버 지식iN 고객센터"),
    date="Thu, 05 Sep 2024 14:02:19 +0900",
    subject=enc("문의하신 지식iN 질문 게시물 확인 결과"),
    body="""안녕하세요, 네이버 지식iN 고객센터입니다.

요청하신 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60215&
 docId=471188203>
을 확인한 결과, 해당 질문은 작성자가 9월 3일 스스로 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도로 조치할 대상이 없음을 알려드립니다.

지식iN 운영정책: https://kin.naver.example/policy

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN help-desk reply, long URL wrapped inside angle brackets",
    why="the one URL (wrapped across two lines in <>) was deleted by its author before action: not_found; policy link is no item",
    items={N[7]: "not_found"},
)

qp_body = f"""안녕하세요. 네이버 포스트·인플루언서 운영 담당입니다.

방송통신심의위원회 시정요구({R1})에 따라 아래 게시물에 대해 게시중단 조치를 완료하였습니다.

· 네이버 포스트: {N[8]}
· 인플루언서 콘텐츠: {N[11]}

게시중단된 콘텐츠는 게시자 및 다른 이용자에게 더 이상 노출되지 않습니다.

감사합니다.
네이버 포스트 운영 담당 드림
"""
case(
    name="naver-qp-post-influencer",
    **{"from": "post_ops@navercorp.com"},
    name_from=enc("네이버 포스트 운영"),
    date="Fri, 06 Sep 2024 16:55:08 +0900",
    subject=enc(f"[{R1}] 포스트/인플루언서 게시중단 완료 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 완료 안내 sent as quoted-printable (long URLs soft-wrapped by the encoding)",
    why="two URLs listed under an unconditional 게시중단 조치를 완료: removed",
    items={N[8]: "removed", N[11]: "removed"},
)

case(
    name="naver-echoed-report-then-results",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date="Wed, 04 Sep 2024 20:10:00 +0900",
    subject=enc("[네이버] 게시중단 요청 처리가 완료되었습니다 (접수번호 NR-20240902-33871)"),
    body=f"""게시중단 요청 처리 결과 안내

[접수 내용]
요청자: 방송통신심의위원회
접수일: 2024-09-02
요청번호: {R1}
요청 게시물:
{N[3]}
{N[5]}
{N[12]}
요청 사유: 불법 도박 광고

[처리 결과]
{N[3]} : 게시중단
{N[5]} : 게시물 없음
{N[12]} : 게시중단

게시자가 재게시를 요청하는 경우 관련 법령에 따라 별도로 안내드립니다.
네이버 게시중단요청서비스
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 completion mail echoing the report before the results",
    why="the echoed report only lists URLs; the [처리 결과] block gives each one's result",
    items={N[3]: "removed", N[5]: "not_found", N[12]: "removed"},
)

case(
    name="kakao-daum-imsi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("다음 권리침해신고센터"),
    date="Thu, 05 Sep 2024 10:30:12 +0900",
    subject=enc(f"[Daum] 게시물 임시조치 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래와 같이 30일간 임시조치(접근 차단)하였음을 알려드립니다.

- 대상 게시물 1: {K[1]}
- 대상 게시물 2: {K[2]}
- 조치 기간: 2024.09.05 ~ 2024.10.04

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 해당 게시물은 삭제될 수 있습니다.
임시조치 제도 안내: https://cs.daum.example/faq/95/7580.html

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum/Kakao 30일 임시조치 notice under 정보통신망법 제44조의2",
    why="임시조치 (30-day access block) is restricted; the later possible deletion is only conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-numbered-mixed",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 서비스보호팀"),
    date="Fri, 06 Sep 2024 13:22:45 +0900",
    subject=enc(f"RE: [{R2}] 시정요구 건 조치결과"),
    reply_to_req=mid(R2),
    body=f"""방송통신심의위원회 귀중

안녕하세요. 카카오 서비스보호팀입니다.
{R2} 요청 건 중 티스토리·카카오톡 채널·오픈채팅 게시물의 조치결과를 회신드립니다.

1. {K3_RAW}
   티스토리 운영정책 위반(불법 상품 판매)으로 게시글을 삭제하였습니다.
2. {K[4]}
   카카오톡 채널 게시글을 비공개 처리하였고 채널에 경고를 부과하였습니다.
3. {K[5]}
   오픈채팅방 대화 내용을 확인하였으나 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
   (공개 정보만으로는 판매 행위로 보기 어렵습니다.)

Daum 카페 게시물 2건은 권리침해신고센터에서 따로 안내드릴 예정입니다.

감사합니다.
카카오 서비스보호팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao trust-and-safety reply, numbered list with the status on the line below each URL",
    why="raw-Korean Tistory URL deleted, channel post made private (removed), open chat refused with its reason (rejected)",
    items={K[3]: "removed", K[4]: "removed", K[5]: "rejected"},
)

kk_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px">
<p><b>[카카오] 시정요구 조치결과 회신</b></p>
<p>요청번호: {R2}<br>회신일: 2024-09-09</p>
<table border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>연번</th><th>URL</th><th>서비스</th><th>조치결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K[1]}</td><td>Daum 카페</td><td>삭제</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>Daum 카페</td><td>삭제</td></tr>
<tr><td>3</td><td>{K[3]}</td><td>티스토리</td><td>게시물 없음 (블로그 폐쇄)</td></tr>
<tr><td>4</td><td>{K[4]}</td><td>카카오톡 채널</td><td>청소년 접근 제한</td></tr>
<tr><td>5</td><td>{K[5]}</td><td>오픈채팅</td><td>채팅방 이용 정지 및 폐쇄</td></tr>
</tbody></table>
<p>문의: safety@kakaocorp.com</p>
</div></body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 서비스보호팀"),
    date="Mon, 09 Sep 2024 09:05:31 +0900",
    subject=enc(f"[카카오] 시정요구 조치결과 회신 ({R2})"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kk779alt"

--kk779alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

HTML 메일을 볼 수 없는 환경입니다. 조치결과 표는 HTML 본문에서 확인해 주세요.

--kk779alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kk_html)}
--kk779alt--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 as a base64 HTML table with a stub plain part",
    why="all five URLs have a result; 블로그 폐쇄로 게시물 없음 is not_found, 청소년 접근 제한 restricted",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "restricted", K[5]: "removed"},
)

case(
    name="kakao-r7-sole-item-no-url",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    date="Thu, 12 Sep 2024 14:40:02 +0900",
    subject=enc(f"RE: [{R7}] 실명 공개 게시물 시정요구"),
    reply_to_req=mid(R7),
    body="""안녕하세요, 티스토리 고객센터입니다.

위원회에서 요청하신 티스토리 게시글은 개인정보 노출 정책 위반으로 확인되어
2024년 9월 12일 오후 2시경 삭제 조치되었음을 알려드립니다.

해당 블로그 운영자에게도 조치 사실과 사유를 안내하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory help-desk reply in the thread, naming the post only as '요청하신 게시글'",
    why="threaded reply to a one-item request with an unconditional deletion: removed",
    items={S1: "removed"},
)

case(
    name="kakao-r7-paren-raw-korean-url",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=enc(f"[티스토리] 게시물 임시조치 안내 - {R7}"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물({S1_RAW})에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치를 완료하였습니다.
임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 임시조치 notice with a raw Hangul-path URL inside parentheses followed by a particle",
    why="raw Korean path equals the percent-encoded request URL; 임시조치 is restricted",
    items={S1: "restricted"},
)

case(
    name="kakao-url-next-line-age-restricted",
    **{"from": "cafe-ops@kakaocorp.com"},
    name_from=enc("Daum 카페 운영팀"),
    date="Fri, 06 Sep 2024 17:03:55 +0900",
    subject=enc(f"{R2} 관련 Daum 카페 게시물 조치 안내"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

아래 게시물은 청소년유해매체물로 판단되어 성인 인증을 거친 이용자만 열람할 수 있도록 연령 제한 조치하였습니다.
{K[2]}

같은 카페의 다른 요청 게시물은 권리침해신고센터에서 처리 중입니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe ops notice with the statement above and the URL on the next line",
    why="age restriction (성인 인증 후 열람) is restricted; the other item is only 'in progress' and not named",
    items={K[2]: "restricted"},
)

case(
    name="yt-legal-kr-korean",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법률 지원팀"),
    date="Mon, 09 Sep 2024 10:44:09 +0900",
    subject=enc(f"[YouTube] 법적 요청에 대한 처리 결과 안내 - {R3}"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

방송통신심의위원회에서 보내주신 요청({R3})을 검토한 결과를 알려드립니다.

다음 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[1]}

다음 동영상은 대한민국 법률에 따라 대한민국 내에서 차단되었습니다. 다른 국가에서는 계속 볼 수 있습니다.
- {Y[2]}

요청하신 나머지 콘텐츠는 계속 검토하고 있습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube/Google legal removal outcome mail in Korean (global removal vs. local block)",
    why="one video removed under guidelines, one blocked only in Korea (restricted); others still under review",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-channel-terminated-age-gated",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:15:00 +0900",
    subject=f"Re: {R3} - outcome of your request",
    reply_to_req=mid(R3),
    body=f"""Hello,

Thank you for your patience. We have completed our review of the content you reported.

* Channel {Y[3]} has been terminated for repeated violations of our spam, deceptive practices and scams policies.
* The Short {Y[4]} has been age-restricted. It is no longer visible to viewers who are signed out or under 18.

(한국어 요약) 채널은 해지되었고, 쇼츠 동영상에는 연령 제한이 적용되었습니다.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal outcome in English with a Korean summary line",
    why="channel terminated (removed), Short age-restricted (restricted)",
    items={Y[3]: "removed", Y[4]: "restricted"},
)

case(
    name="yt-bare-url-outcome-below",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Wed, 11 Sep 2024 02:31:47 +0000",
    subject=f"[{R3}] Your legal request: status update",
    body=f"""Hello,

We've reviewed the items below from your request {R3}.

{Y[2]}
Outcome: Content blocked in South Korea

{Y[4]}
Outcome: No action taken. We did not find this content to violate local law or YouTube's Community Guidelines.

If you believe we've made a mistake, you can reply to this message with additional information.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google legal request status update: bare URL, outcome on the line below",
    why="first URL geo-blocked in Korea (restricted), second refused with its reason (rejected)",
    items={Y[2]: "restricted", Y[4]: "rejected"},
)

r3_lines = request_text(R3, [Y[i] for i in range(1, 5)], "2024. 9. 5.")
case(
    name="yt-outlook-original-below",
    **{"from": "yt-trust-kr@google.com"},
    name_from="Minji Seo (YouTube Trust & Safety)",
    date="Fri, 06 Sep 2024 18:02:33 +0900",
    subject=f"RE: [{R3}] 불법 도박 홍보 영상 및 채널",
    body=f"""Hi KCSC team,

Quick update: we have removed the following video as it violates our policy on online gambling promotion:
{Y[1]}

I'll follow up on the other URLs separately.

Best,
Minji

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:20 AM
To: legal-kr@google.com
Subject: [{R3}] 불법 도박 홍보 영상 및 채널

""" + "\n".join(r3_lines) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from a YouTube T&S employee over the unquoted original request",
    why="only the video named above the Original Message line is removed; the quoted request is not a statement",
    items={Y[1]: "removed"},
)

case(
    name="yt-global-removal-and-kept",
    **{"from": "legal-noreply@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 07:50:12 +0000",
    subject=f"YouTube: legal complaint outcome ({R3})",
    body=f"""Hi there,

Following our review, we've removed the following content globally for violating our Spam, deceptive practices & scams policies:
{Y[2]}

We also reviewed the channel {Y[3]}. We did not find that it violates our Community Guidelines, so it will stay up on YouTube.

Learn more about our policies: https://support.google.example/youtube/answer/2801973

- The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal complaint outcome: global removal plus a refusal on another item",
    why="video removed globally; channel kept with its reason (rejected); the help link is no item",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="dc-operator-informal-particles",
    **{"from": "manager@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 11:26:40 +0900",
    subject=enc(f"Re: [{R4}] 개인정보 노출 게시글 삭제 요청"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 확인해서 처리했습니다.

{D[1]} 삭제했고요,
{D[2]} 이 글이랑 {D[3]}도 같이 지웠습니다.
마지막 글({D[4]})은 저희가 보기 전에 작성자가 이미 삭제한 글이라 따로 처리할 게 없었습니다.

해당 작성자 IP는 갤러리 차단해두었습니다.
수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply, URLs followed by Korean particles",
    why="three URLs deleted (one directly followed by 도), the fourth already deleted by its author: not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="dc-siljeong-result-gongmun",
    **{"from": "legal@dcinside.com"},
    name_from=enc("(주)디시인사이드 법무팀"),
    date="Tue, 10 Sep 2024 16:00:21 +0900",
    subject=enc(f"시정요구 조치결과 회신({R4})"),
    body=f"""문서번호: 디시법무 2024-0917
수    신: 방송통신심의위원회
제    목: 시정요구 조치결과 회신

1. 귀 기관의 시정요구({R4})에 대한 당사 조치결과를 아래와 같이 회신합니다.

연번  URL                                                                조치내용
1     {D[2]}   게시물 삭제
2     {D[3]}   게시물 삭제
3     {D[4]}   미조치

2. 3번 게시물은 작성자가 이미 공개한 본인 정보로 확인되어 제3자의 개인정보 노출에 해당하지 않는다고 판단하였으므로 게시를 유지합니다.
3. {D[1]} 건은 확인 중이며 추후 회신드리겠습니다.  끝.

주식회사 디시인사이드 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 공문 (문서번호/수신/제목) with a space-aligned 조치결과 table",
    why="two deleted, one kept with its reason (rejected); the remaining URL is 확인 중 (pending)",
    items={D[2]: "removed", D[3]: "removed", D[4]: "rejected", D[1]: "pending"},
)

case(
    name="band-deleted-and-band-closed",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Wed, 11 Sep 2024 13:37:08 +0900",
    subject=enc(f"[BAND] 요청하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요. BAND 고객센터입니다.

요청하신 게시글을 확인한 결과를 안내드립니다.

▶ {B[1]}
▶ {B[2]}
: 투자 사기 모집 게시글로 확인되어 운영정책에 따라 삭제하였으며, 작성자의 글쓰기 기능을 제한하였습니다.

▶ {B[3]}
: 해당 밴드는 리더에 의해 이미 삭제되어 게시글이 존재하지 않습니다.

BAND 운영정책: https://band.example/policy/operation

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 고객센터 result notice with ▶ bullets and a ': result' line below",
    why="first two deleted, third gone with its band (not_found); policy link no item",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found"},
)

case(
    name="band-receipt-phrase-plus-result",
    **{"from": "report@band.us"},
    name_from=enc("BAND 신고센터"),
    date="Tue, 10 Sep 2024 09:58:44 +0900",
    subject=enc("[BAND] 신고 접수 및 처리 안내"),
    body=f"""안녕하세요, BAND 신고센터입니다.
방송통신심의위원회에서 보내주신 신고({R5})가 정상적으로 접수되었습니다.

우선 확인이 끝난 게시글 1건의 결과를 안내드립니다.
{B[2]} 게시글은 불법 투자 권유에 해당하여 삭제하였습니다.

나머지 게시글은 확인 후 다시 연락드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND report receipt that already carries one result",
    why="an acknowledgement phrase, but an unhedged deletion of one named URL: applied, not an acknowledgement",
    items={B[2]: "removed"},
)

band_html = f"""<html><body style="font-family:Arial,sans-serif">
<h3 style="color:#1ec800">BAND Trust &amp; Safety</h3>
<p>Hello,</p>
<p>Regarding your request <b>{R5}</b>, we have reviewed the following post:</p>
<p><a href="{B[1]}">{B[1]}</a></p>
<p>Result: <b>Restricted</b> &mdash; the post is now hidden from members under 19 and from search.</p>
<p>Thank you,<br>BAND Trust &amp; Safety Team</p>
<p style="font-size:11px;color:#999">NAVER Corp. &middot; <a href="https://band.example/help">Help Center</a></p>
</body></html>"""
case(
    name="band-english-html-restricted",
    **{"from": "trust@band.us"},
    name_from="BAND Trust & Safety",
    date="Thu, 12 Sep 2024 15:20:00 +0900",
    subject=f"[BAND] Result of your report {R5}",
    type="html",
    body=band_html,
    outcome="applied",
    classification="confirmation",
    imitates="BAND Trust & Safety HTML result mail in English",
    why="post hidden from under-19 members: restricted",
    items={B[1]: "restricted"},
)

case(
    name="naver-fullwidth-punct-list",
    **{"from": "blog_ops@navercorp.com"},
    name_from=enc("네이버 블로그 운영팀"),
    date="Mon, 09 Sep 2024 10:01:30 +0900",
    subject=enc(f"블로그 게시물 조치 결과 ({R1})"),
    body=f"""안녕하세요. 네이버 블로그 운영팀입니다.
{R1} 건 중 블로그 게시물 3건의 조치 내역입니다.

• {N[2]}：비공개 처리
• {N[3]}：임시조치（30일）
• {N[12]}：삭제

이상입니다. 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal reply typed with full-width punctuation (：（）) as some Korean IMEs produce",
    why="each URL is followed directly by a full-width colon and its result: 비공개 removed, 임시조치 restricted, 삭제 removed",
    items={N[2]: "removed", N[3]: "restricted", N[12]: "removed"},
)

# ==================================================================== REVIEW

case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 16:45:00 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 접수 관련"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
두 건은 불법 도박 홍보로 보여 내부 검토 후 순차적으로 게시중단 조치할 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising action after internal review",
    why="'조치할 예정' is a promise and '보여' a hedge: no status, named items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 04 Sep 2024 12:12:12 +0900",
    subject=enc(f"RE: [{R2}] 시정요구"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{K[1]} 게시물은 현재 접속이 되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 운영 부서에 확인 중이며, 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Kakao help-desk hedge ('삭제된 것으로 보입니다') pending internal confirmation",
    why="a guess, not a statement: item stays pending",
    items={K[1]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject=enc(f"[회신] {R1} 조치 완료"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R1}로 요청하신 게시물 12건에 대하여 모두 게시중단 조치를 완료하였습니다.
세부 조치 내역이 필요하시면 말씀해 주세요.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="portal one-line 'all N items done' reply",
    why="a statement about all twelve items without naming any: bulk review, items pending",
    items={},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "manager@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 19:02:11 +0900",
    subject=enc(f"Re: [{R4}] 개인정보 노출 게시글 삭제 요청"),
    reply_to_req=mid(R4),
    body="""안녕하세요 디시인사이드입니다.
요청주신 글들 전부 삭제 처리했습니다. 확인 부탁드립니다.
""",
    outcome="review",
    review="bulk",
    imitates="terse community-site operator reply 'all deleted'",
    why="four-item request, no URL named: bulk review",
    items={},
)

case(
    name="naver-spoofed-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    auth="fail",
    date="Wed, 04 Sep 2024 03:14:55 +0900",
    subject=enc(f"[회신] {R1} 조치결과"),
    body=f"""방송통신심의위원회 귀중

아래 게시물은 삭제되었습니다.
{N[1]}
{N[4]}
{N[9]}

자세한 내용은 첨부 링크에서 확인하십시오: http://naver-notice.example.net/login
""",
    outcome="review",
    review="untrusted",
    imitates="spoofed portal notice failing DMARC",
    why="navercorp.com From but DKIM/SPF/DMARC fail: untrusted, nothing applied",
    items={N[1]: "pending", N[4]: "pending", N[9]: "pending"},
)

case(
    name="kakao-cafe-manager-hanmail",
    **{"from": "greenleaf_mgr@hanmail.net"},
    name_from=enc("초록잎 카페 매니저"),
    date="Thu, 05 Sep 2024 22:18:40 +0900",
    subject=enc(f"카페 글 삭제했습니다 ({R2})"),
    body=f"""안녕하세요 저는 greenleaf420 카페 매니저입니다.
다음에서 연락 받고 말씀하신 글 두 개 제가 직접 지웠습니다.

{K[1]}
{K[2]}

앞으로 이런 글 안 올라오게 관리하겠습니다. 죄송합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="Daum cafe manager writing from a personal Hanmail address",
    why="hanmail.net is not a configured platform domain: unknown sender, nothing applied",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="dc-gallery-manager-naver-mail",
    **{"from": "coin_kr7_mgr@naver.com"},
    name_from=enc("코인 마이너갤 매니저"),
    date="Sat, 07 Sep 2024 01:05:09 +0900",
    subject=enc("마이너 갤러리 글 삭제 관련"),
    body=f"""방심위 담당자님 안녕하세요.
코인 마이너 갤러리 매니저입니다. 디시 운영팀에서 전달받았습니다.

{D[2]}
{D[3]}

위 두 글은 매니저 권한으로 삭제했습니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="DC Inside minor-gallery manager replying from a personal naver.com mailbox",
    why="authenticated naver.com is NAVER's sender domain, but the items are DC Inside's: wrong_platform",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Mon, 09 Sep 2024 14:27:36 +0900",
    subject=f"Re: [{R3}] additional information needed",
    reply_to_req=mid(R3),
    body=f"""Hello,

Thank you for your request {R3}.

Before we can take action on the channel {Y[3]}, we need more information.
Please provide the specific videos on the channel you consider unlawful, the Korean legal provision each one violates, and, if available, a copy of the decision of the Commission.

안내: 채널 전체에 대한 조치를 위해서는 위반 동영상 목록과 근거 법령을 회신해 주시기 바랍니다.

Regards,
Google Legal Korea
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal request for more information before acting on a channel",
    why="asks for supporting information; no status",
    items={Y[3]: "pending"},
)

case(
    name="band-conditional-deletion",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Tue, 10 Sep 2024 18:44:17 +0900",
    subject=enc(f"RE: [{R5}] 투자사기 리딩방 모집글"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요, BAND 고객센터입니다.

{B[1]} 게시글의 작성자에게 소명 요청을 보냈습니다.
7일 이내에 소명이 없거나 소명 내용이 타당하지 않으면 해당 게시글은 삭제될 예정입니다.

결과는 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="BAND notice of a conditional deletion after the author's response period",
    why="deletion is conditional and in the future: item pending",
    items={B[1]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject=enc("[안내] 네이버 시정요구 접수 담당자 변경"),
    body="""방송통신심의위원회 담당자님께

2024년 9월 16일부터 네이버 시정요구 접수 창구가 아래와 같이 변경됩니다.

- 접수 메일: kcsc-request@navercorp.com
- 담당: 정책지원팀 이서윤 매니저
- 긴급 요청: 02-0000-0000 (평일 09:00~18:00)

기존 주소로 보내주신 메일도 당분간 함께 확인하겠습니다.
감사합니다.
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="portal notice of a change of contact address",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

fwd_body = f"""팀장님, 방심위 건 티스토리 쪽 답변 받아서 전달드립니다. 회신 부탁드려요.

---------- Forwarded message ---------
보낸사람: 티스토리 운영 <tistory-ops@kakaocorp.com>
Date: 2024년 9월 12일 (목) 오후 4:10
Subject: 실명 공개 게시글 처리
To: 카카오 서비스보호팀 <safety@kakaocorp.com>

요청하신 글 {S1_RAW} 은 삭제했습니다.
"""
case(
    name="kakao-internal-forward",
    **{"from": "jaeho.k@kakaocorp.com"},
    name_from=enc("김재호"),
    date="Thu, 12 Sep 2024 16:30:45 +0900",
    subject=enc(f"Fwd: 실명 공개 게시글 처리 ({R7})"),
    body=fwd_body,
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Kakao employee forwarding an internal Tistory ops answer to us by mistake",
    why="the statement is inside a forwarded message: review forwarded, item pending",
    items={S1: "pending"},
)

case(
    name="dc-conflicting-same-item",
    **{"from": "manager@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 14:14:14 +0900",
    subject=enc(f"Re: [{R4}] 주식 갤러리 게시글"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[1]} 글은 삭제 처리 완료했습니다.

[처리 내역]
URL: {D[1]}
결과: 미조치 (개인정보 노출 아님)

확인 부탁드립니다.
""",
    outcome="review",
    review="conflicting_statements",
    imitates="operator reply whose prose and pasted result block contradict each other",
    why="the same URL is said deleted and then not actioned: conflicting, item pending",
    items={D[1]: "pending"},
)

# =================================================================== IGNORED

case(
    name="naver-ooo-korean",
    **{"from": "seoyun.lee@navercorp.com"},
    name_from=enc("이서윤"),
    date="Mon, 02 Sep 2024 10:00:31 +0900",
    subject=enc(f"[자동응답] 부재중입니다: [{R1}] 온라인 도박 광고 게시물 일괄 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이서윤입니다.
9월 2일부터 9월 4일까지 휴가로 부재중입니다.
급한 시정요구 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답] 부재중)",
    why="auto-reply, no statement",
    items={},
)

dsn_orig = "\n".join(request_text(R2, [K[1], K[2]], "2024. 9. 3."))
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 11:30:52 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn779kk"

--dsn779kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected: User
    unknown

--dsn779kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:30:50 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected: User unknown

--dsn779kk
Content-Type: message/rfc822

From: takedown@kcsc.example
To: right-old@kakaocorp.com
Subject: [{R2}] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Date: Tue, 03 Sep 2024 11:30:00 +0900
Message-ID: <{mid(R2)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn779kk--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with its URLs",
    why="bounce; the URLs are our own returned request",
    items={},
)

case(
    name="dc-mdn-read",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무팀"),
    date="Fri, 06 Sep 2024 16:21:09 +0900",
    subject=enc(f"읽음 확인: [{R4}] 개인정보 노출 게시글 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn779dc"

--mdn779dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R4}] 개인정보 노출 게시글 삭제 요청"을 수신자가 2024-09-06 오후 4:21에 읽었습니다.

--mdn779dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; legal@dcinside.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn779dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="read receipt only",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Thu, 05 Sep 2024 00:21:07 +0000",
    subject=f"[5-0384000023411] We received your legal request",
    body=f"""Hello,

Thanks for contacting Google. This email confirms that we have received your legal request ({R3}).

Your reference number is 5-0384000023411. Please keep it in the subject line of any reply.
We review all requests carefully and will get back to you when we have an update.

You can check the status of your requests in the Legal Help dashboard: https://support.google.example/legal/dashboard

- The Google Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal request receipt with reference number",
    why="pure receipt, no item statement",
    items={},
)

case(
    name="band-receipt-korean",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Mon, 09 Sep 2024 10:12:40 +0900",
    subject=enc("[BAND 고객센터] 문의가 접수되었습니다 (접수번호 #BND-2409-771203)"),
    body=f"""안녕하세요. BAND 고객센터입니다.

보내주신 문의({R5})가 접수되었습니다.
접수번호: #BND-2409-771203

담당자가 확인 후 순차적으로 답변드리겠습니다. 문의가 많은 경우 답변이 다소 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND help-desk ticket receipt (접수번호)",
    why="pure acknowledgement",
    items={},
)

case(
    name="yt-ooo-english",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date="Thu, 05 Sep 2024 09:20:44 +0900",
    subject=f"Automatic reply: [{R3}] 불법 도박 홍보 영상 및 채널",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 9 September with limited access to email.
For urgent legal requests from Korean authorities, please contact legal-kr@google.com.

안녕하세요, 9월 9일까지 부재중입니다. 급한 요청은 legal-kr@google.com 으로 보내주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, bilingual",
    why="auto-reply",
    items={},
)

HEADER = """# Blind set 779 (Korean portals and communities): written from each
# email's meaning before any run of the reader. Generated by make.py; do not
# edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
