#!/usr/bin/env python3
"""Blind set 285: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien, with Inven and Ppomppu writing in),
in Korean and English, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind285/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was run; see NOTES.md.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind285"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0, month=9):
    t = datetime.datetime(2024, month, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def h(s):
    """RFC 2047 encoded-word for a header holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode().rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://haru-jackpot.tistory.com/entry/슬롯-무료-쿠폰"
TISTORY = "https://haru-jackpot.tistory.com/entry/" + quote("슬롯-무료-쿠폰")

N = [
    "https://blog.naver.com/luckyseven_kr/223560011201",
    "https://blog.naver.com/luckyseven_kr/223560011388",
    "https://blog.naver.com/paran_toto/223561204417",
    "https://cafe.naver.com/bettingzone77/10452",
    "https://cafe.naver.com/bettingzone77/10453",
    "https://cafe.naver.com/bettingzone77/10461",
    "https://cafe.naver.com/sportspick24/88213",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230555",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=5520117",
    "https://blog.naver.com/moa_slotlab/223562998010",
    "https://blog.naver.com/moa_slotlab/223563000122",
    "https://cafe.naver.com/sportspick24/88240",
    "https://in.naver.com/jackpotline/contents/internal/712300445566",
    "https://blog.naver.com/dal_bit_casino/223564110873",
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14 = N
D = [
    "https://cafe.daum.net/moneyclub88/Xq2f/3312",
    "https://cafe.daum.net/moneyclub88/Xq2f/3318",
    TISTORY,
    "https://cafe.daum.net/toto-info/Ja9b/771",
]
D1, D2, D3, D4 = D
C = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551203",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551290",
    "https://gall.dcinside.com/mini/board/view/?id=yeouido_night&no=20411",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912077",
]
C1, C2, C3, C4, C5 = C
S = [
    "https://vod.sooplive.co.kr/player/131552087",
    "https://vod.sooplive.co.kr/player/131553410",
    "https://ch.sooplive.co.kr/nightbj0707/post/88123045",
]
S1, S2, S3 = S
F1, F2 = "https://www.fmkorea.com/7301552298", "https://www.fmkorea.com/7301560417"
L1 = "https://www.clien.net/service/board/park/18765432"
T1, T2 = "https://pann.nate.com/talk/372901456", "https://pann.nate.com/talk/372905118"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:12:00+09:00", "2024-09-09", N,
     "illegal gambling promotion", "blogs, cafes, 지식iN, post, in.naver"),
    ("KCSC-240905-02", "daum", "2024-09-05T14:30:00+09:00", "2024-09-12", D,
     "illegal gambling promotion", "Daum cafe and Tistory"),
    ("KCSC-240906-03", "dcinside", "2024-09-06T09:40:00+09:00", "2024-09-13", C,
     "personal information exposure", "gallery posts"),
    ("KCSC-240909-04", "soop", "2024-09-09T11:05:00+09:00", "2024-09-16", S,
     "obscene broadcast", "two VODs and a station post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T16:20:00+09:00", "2024-09-17", [F1, F2],
     "defamation", "two posts"),
    ("KCSC-240911-06", "clien", "2024-09-11T10:00:00+09:00", "2024-09-18", [L1],
     "personal information exposure", "one post"),
    ("KCSC-240912-07", "nate", "2024-09-12T15:45:00+09:00", "2024-09-19", [T1, T2],
     "obscene content", "Nate Pann posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, ref + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, when, lang="ko"):
    """Our request as a Gmail-style quote ('> ' lines)."""
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    lines.append("> 안녕하십니까. 방송통신심의위원회입니다.")
    lines.append(f"> 아래 게시물에 대하여 시정요구({ref})를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.")
    lines.append(">")
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines.append(">")
    lines.append("> 방송통신심의위원회 통신심의국")
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== NAVER
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy-reply@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(13, 17, 2),
    subject=h("[NAVER] 시정요구(KCSC-240902-01) 조치결과 회신 (1차)"),
    reply_to_req="KCSC-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>네이버 정책지원팀입니다.</p>
<p>9월 2일 요청하신 시정요구(KCSC-240902-01) 가운데 아래 7건의 조치결과를 먼저 회신드립니다.
나머지 건은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>블로그</td><td>삭제</td><td>9/11 조치</td></tr>
<tr><td>2</td><td>{N2}</td><td>블로그</td><td>삭제</td><td>9/11 조치</td></tr>
<tr><td>3</td><td>{N3}</td><td>블로그</td><td>임시조치(30일 접근 차단)</td><td>게시자 이의신청 기간 중</td></tr>
<tr><td>4</td><td>{N4}</td><td>카페</td><td>게시물 없음</td><td>작성자가 9/1 자진 삭제</td></tr>
<tr><td>5</td><td>{N5}</td><td>카페</td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>6</td><td>{N6}</td><td>카페</td><td>조치 불가(게시 유지)</td><td>경기 결과 토론 글로 도박 사이트 홍보 내용이 확인되지 않음</td></tr>
<tr><td>7</td><td>{N8.replace("&", "&amp;")}</td><td>지식iN</td><td>비공개 처리</td><td>답변 작성자 이용 제한 병행</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply to a KCSC 시정요구 with a 조치결과 HTML table (삭제/임시조치/게시물 없음/유지)",
    why="trusted NAVER table, one status per URL; the policy link is not an item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "rejected", N8: "removed"},
)

case(
    name="naver-numbered-arrow-korean",
    **{"from": "rights_cs@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d(12, 11, 48),
    subject=h("Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req="KCSC-240902-01",
    body=f"""안녕하세요, 네이버 고객센터 권리보호 담당자입니다.

보내주신 시정요구 건 가운데 카페·포스트·블로그 게시물 4건의 처리 현황을 안내드립니다.

1. {N7}
   → 카페 운영원칙 위반으로 블라인드 처리 완료
2. {N9}
   → 존재하지 않는 포스트입니다 (해당 번호로 발행된 이력이 없습니다)
3. {N10}
   → 게시중단 조치 완료
4. {N12}
   → 국내 접속 차단 (해외에서 등록된 게시물로 국내 IP에서는 열람할 수 없도록 제한)

기타 문의는 네이버 고객센터(https://help.naver.com/)를 이용해 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 권리보호 reply listing each post with its 처리 결과 on an arrow line below",
    why="statuses on the line under each numbered URL: 블라인드 and 게시중단 removed, 존재하지 않는 not_found, 국내 접속 차단 restricted",
    items={N7: "removed", N9: "not_found", N10: "removed", N12: "restricted"},
)

case(
    name="naver-en-top-posted-over-quote",
    **{"from": "jiwon.park@navercorp.com"},
    name_from="Jiwon Park",
    date=d(13, 9, 31),
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="KCSC-240902-01",
    body=f"""Dear KCSC team,

Following up on the moa_slotlab post and the in.naver creator page from your list:

{N11} was deleted on 12 September for violating our gambling policy.

The creator page {N13} has been
age-restricted: it now requires a 19+ verified login. The channel itself
remains under review and I will write again if we take further action on it.

Best regards,
Jiwon Park
Trust & Safety Operations, NAVER Corp.

{quoted_request("KCSC-240902-01", N, "Mon, 2 Sep 2024 at 10:12")}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a portal employee, top-posted over the Gmail-quoted request",
    why="two item statements above the quote (deleted; age-restricted); the quoted list of all 14 URLs says nothing; 'channel under review' is about the channel",
    items={N11: "removed", N13: "restricted"},
)

_csv_rows = [
    ("1", N1, "블로그", "삭제", "2024-09-11", ""),
    ("2", N2, "블로그", "삭제", "2024-09-11", ""),
    ("3", N3, "블로그", "임시조치", "2024-09-11", "30일 접근 차단"),
    ("4", N4, "카페", "게시물 없음", "", "작성자 자진 삭제"),
    ("5", N5, "카페", "삭제", "2024-09-12", ""),
    ("6", N6, "카페", "유지", "", "위반 사항 없음(경기 결과 토론)"),
    ("7", N7, "카페", "블라인드", "2024-09-12", ""),
    ("8", N8, "지식iN", "비공개 처리", "2024-09-12", ""),
    ("9", N9, "포스트", "게시물 없음", "", "발행 이력 없음"),
    ("10", N10, "블로그", "게시중단", "2024-09-12", ""),
    ("11", N11, "블로그", "삭제", "2024-09-12", ""),
    ("12", N12, "카페", "국내 접속차단", "2024-09-12", "해외 등록 게시물"),
    ("13", N13, "인플루언서", "연령제한(19세)", "2024-09-13", ""),
    ("14", N14, "블로그", "삭제", "2024-09-12", ""),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "서비스", "조치결과", "조치일", "비고"])
for r in _csv_rows:
    _w.writerow(r)
case(
    name="naver-csv-attachment-all-items",
    **{"from": "policy-reply@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(14, 10, 5),
    subject=h("[NAVER] 시정요구(KCSC-240902-01) 최종 조치결과 회신"),
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_Part_2409140"

------=_NV_Part_2409140
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 14건에 대한 최종 조치결과를 첨부 파일(CSV)로 회신드립니다.
조치결과 열의 "유지"는 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지한 건입니다.

감사합니다.
''')}
------=_NV_Part_2409140
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
------=_NV_Part_2409140--
""",
    outcome="applied", classification="confirmation",
    imitates="portal 조치결과 spreadsheet sent as a CSV attachment with a short cover note",
    why="one row per requested URL with a Korean result word; 유지 explained as no violation (rejected)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "rejected", N7: "removed", N8: "removed", N9: "not_found", N10: "removed",
           N11: "removed", N12: "restricted", N13: "restricted", N14: "removed"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "cafe_support@navercorp.com"},
    name_from=h("네이버 카페·블로그 운영지원"),
    date=d(13, 15, 20),
    subject=h("RE: KCSC-240902-01 시정요구 추가 회신"),
    reply_to_req="KCSC-240902-01",
    body=f"""안녕하세요. 네이버 카페·블로그 운영지원 담당입니다.

앞선 회신에서 빠진 2건을 추가로 안내드립니다.

아래 블로그 게시물은 9월 12일 운영정책(불법 도박) 위반으로 삭제하였습니다.
{N14}

아래 카페 게시물은 확인 결과 작성자가 이미 삭제하여 현재 존재하지 않습니다.
{N4}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short follow-up from a portal operations desk: statement sentence, URL on the line below",
    why="each statement is followed by its URL on the next line: deleted (removed); already deleted by its author (not_found)",
    items={N14: "removed", N4: "not_found"},
)

case(
    name="naver-qp-bare-url-status-below",
    **{"from": "rights_cs@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d(11, 18, 44),
    subject=h("[네이버] 게시중단 요청 처리결과 안내 (KCSC-240902-01)"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 네이버 고객센터입니다.
요청하신 게시물 중 검토가 끝난 2건의 처리결과를 안내드립니다.

{N2}
처리결과: 삭제 (불법 도박 사이트 홍보 게시물로 확인되어 운영정책에 따라 삭제하였습니다)

{N6}
처리결과: 유지 - 스포츠 경기 결과에 대한 토론 글로, 도박 사이트 홍보나 링크가 포함되어 있지 않아 운영정책 위반에 해당하지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리결과 안내 mail, quoted-printable, bare URL with 처리결과 on the line below",
    why="삭제 (removed) and 유지 with its reason (rejected); the closing promise names no item",
    items={N2: "removed", N6: "rejected"},
)

case(
    name="naver-receipt-phrase-plus-result",
    **{"from": "kin_help@naver.com"},
    name_from=h("네이버 지식iN 운영팀"),
    date=d(10, 16, 12),
    subject=h("[지식iN] 신고 접수 및 처리 결과 안내"),
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 보내주신 요청(KCSC-240902-01)은 접수번호 KIN-240910-0077로 접수되었습니다.

확인 결과, 아래 답변은 불법 도박 사이트 홍보에 해당하여 비공개 처리하였으며 작성자에게는 이용 제한 조치를 안내하였습니다.
- {N8}

지식iN 운영정책: https://kin.naver.com/policy/operation.naver

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 mail that opens like a receipt (접수번호) but reports the 처리 결과",
    why="the receipt phrase comes with an unhedged 비공개 처리 for the named answer: a confirmation, not an acknowledgement",
    items={N8: "removed"},
)

case(
    name="naver-bilingual-bullets",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Global Policy",
    date=d(12, 20, 3),
    subject="[KCSC-240902-01] Action taken / 조치 내역",
    body=f"""Hello KCSC,

Please find below the action taken on part of your request.
요청하신 게시물 일부의 조치 내역입니다.

* {N1} : Deleted / 삭제
* {N5} : Deleted / 삭제
* {N12} : Blocked in Korea / 국내 접속 차단

Regards,
NAVER Global Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual bullet list from a portal's global policy team",
    why="one status per bulleted URL, English and Korean agreeing",
    items={N1: "removed", N5: "removed", N12: "restricted"},
)

# --- NAVER review / ignored
case(
    name="naver-promise-to-remove",
    **{"from": "rights_cs@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d(4, 14, 2),
    subject=h("Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req="KCSC-240902-01",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 가운데 아래 블로그 게시물은 내부 검토 후 순차적으로 삭제 조치할 예정입니다.

- {N10}
- {N11}

조치가 완료되면 별도로 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising removal after internal review (삭제 조치할 예정)",
    why="삭제할 예정 is a promise, not a statement; the email names requested items",
    items={N10: "pending", N11: "pending"},
)

case(
    name="naver-all-14-removed-bulk",
    **{"from": "policy-reply@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(16, 11, 0),
    subject=h("[NAVER] KCSC-240902-01 조치 완료 안내"),
    reply_to_req="KCSC-240902-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건으로 요청하신 게시물 14건은 모두 삭제 조치를 완료하였습니다.
협조 요청에 감사드립니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 notice covering a whole request",
    why="'all 14 posts deleted' for a 14-item request without naming any: bulk, items stay pending",
    items={u: "pending" for u in N},
)

case(
    name="naver-under-review-en",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(11, 10, 17),
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="KCSC-240902-01",
    body=f"""Hello,

Thank you for your request. The following content is currently under review
by our policy team:

  {N13}
  {N14}

We expect to reach a decision within five business days and will inform you
of the outcome.

NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="English 'currently under review' holding reply from a portal",
    why="'under review' is not a status statement; two requested items named",
    items={N13: "pending", N14: "pending"},
)

case(
    name="naver-forwarded-internal-result",
    **{"from": "minseo.kang@navercorp.com"},
    name_from=h("강민서"),
    date=d(12, 9, 12),
    subject=h("Fwd: [카페운영] KCSC-240902-01 처리 결과"),
    body=f"""위원회 담당자님,

카페운영 파트에서 공유받은 처리 결과를 참고로 전달드립니다.

강민서 드림

---------- Forwarded message ---------
From: 카페운영파트 <cafe-ops@navercorp.com>
Date: 2024년 9월 11일 (수) 오후 6:40
Subject: [카페운영] KCSC-240902-01 처리 결과
To: 강민서 <minseo.kang@navercorp.com>

민서님, 요청하신 카페 게시물 처리 결과입니다.

{N7} - 블라인드 처리 완료
{N12} - 국내 접속 차단
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="portal employee forwarding an internal team's result ('---------- Forwarded message ---------')",
    why="the statements are inside a forwarded internal message, not the sender's own: a clerk looks before applying",
    items={N7: "pending", N12: "pending"},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwon.park@navercorp.com"},
    name_from="Jiwon Park",
    date=d(16, 8, 0),
    subject=h("[자동응답] 부재중입니다 / Out of office: Re: [KCSC-240902-01] 리마인더"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박지원입니다.
추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중이며, 19일부터 순차적으로 회신드리겠습니다.
급한 용무는 trust-safety@navercorp.com 으로 보내 주십시오.

I am out of the office for the Chuseok holidays (16-18 September) and will reply from 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Chuseok out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="out-of-office reply to our reminder; says nothing about items",
    items={},
)

# =================================================================== Daum / Kakao
case(
    name="daum-tistory-raw-korean-url",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(10, 13, 27),
    subject=h("[카카오] 시정요구(KCSC-240905-02) 처리 결과 안내"),
    reply_to_req="KCSC-240905-02",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 중 2건의 처리 결과를 안내드립니다.

티스토리 게시물 {TISTORY_RAW} 은(는) 9월 9일 자로 삭제 처리되었습니다.

다음 카페 게시물 {D1}는 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)되었습니다.

나머지 게시물은 검토 후 안내드리겠습니다.
카카오 고객센터: https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 with a raw Korean Tistory URL and a Korean particle after a Daum URL",
    why="Tistory post deleted (removed; raw Korean path = percent-encoded request URL); Daum cafe post 임시조치 (restricted)",
    items={D3: "removed", D1: "restricted"},
)

_daum_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px">
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-02)에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr></thead>
<tbody>
<tr><td><a href="{D1}">{D1}</a></td><td>임시조치 (30일 게시중단, 이의신청 없으면 삭제)</td><td>2024.09.09</td></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td><a href="{D3}">{TISTORY_RAW}</a></td><td>삭제</td><td>2024.09.09</td></tr>
<tr><td><a href="{D4}">{D4}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
</tbody></table>
<p>카카오는 안전한 서비스 환경을 위해 노력하겠습니다.<br>감사합니다.</p>
</div></body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "noreply-right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(11, 9, 3),
    subject=h("[카카오] 시정요구 처리 결과 (KCSC-240905-02)"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kakao-alt-20240911090300"

--kakao-alt-20240911090300
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.")}
--kakao-alt-20240911090300
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_html)}
--kakao-alt-20240911090300--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 notice as a base64 HTML table (임시조치/삭제/존재하지 않는 게시물)",
    why="four rows, one per requested URL; the plain part is only a 'view as HTML' stub",
    items={D1: "restricted", D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="daum-en-angle-brackets",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(11, 17, 52),
    subject="Re: KCSC-240905-02 - Daum Cafe posts",
    reply_to_req="KCSC-240905-02",
    body="""Hello,

We looked into the Daum Cafe items in your notice.

- <""" + D2 + """>: the post was removed on 10 September
  after the cafe operator deleted it at our request.
- <""" + D4 + """>: we could not locate this post. The board
  Ja9b does not exist in the toto-info cafe, so the link appears to be
  mistyped.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Kakao trust-and-safety reply with URLs in angle brackets and wrapped sentences",
    why="removed, and 'could not locate' (not_found); 'appears to be mistyped' qualifies the cause, not the status",
    items={D2: "removed", D4: "not_found"},
)

case(
    name="daum-cs-ticket-answer",
    **{"from": "cs-noreply@kakao.com"},
    name_from=h("카카오 고객센터"),
    date=d(12, 14, 9),
    subject=h("[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 #8812045)"),
    body=f"""안녕하세요. 카카오 고객센터입니다.
문의번호 #8812045 에 대한 답변을 드립니다.

[문의 내용]
KCSC-240905-02 시정요구 관련 다음 카페 게시물 처리 여부 확인 요청

[답변]
문의하신 게시물({D2})은 카페 운영정책 위반(불법 도박 홍보)으로 2024년 9월 10일 삭제되었습니다.

답변이 도움이 되셨다면 만족도 평가에 참여해 주세요.
https://cs.kakao.com/survey?ticket=8812045
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 ticket answer (문의번호, [문의 내용]/[답변], survey link)",
    why="the answer states the named post was deleted; the survey link is not an item",
    items={D2: "removed"},
)

case(
    name="daum-appears-taken-down-hedge",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(9, 18, 30),
    subject="Re: KCSC-240905-02 - Daum Cafe posts",
    reply_to_req="KCSC-240905-02",
    body=f"""Hi,

A quick note before our full reply: it appears that the post at
{D2} may already have been taken down by the cafe operator.
We will confirm this with the operations team and get back to you with the
outcome for all four items.

Thanks,
Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="preliminary English reply with a hedge ('appears ... may already have been taken down')",
    why="hedged and to be confirmed: not a statement; a requested item is named",
    items={D2: "pending"},
)

case(
    name="daum-dsn-old-address",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date=d(5, 14, 31),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C2A81E09.1725514291/mx3.daum.net"

--5C2A81E09.1725514291/mx3.daum.net
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe_report@daum.net>: host mailstore2.daum.net[192.0.2.61] said: 550 5.1.1
    <cafe_report@daum.net>: Recipient address rejected: User unknown

--5C2A81E09.1725514291/mx3.daum.net
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net
Arrival-Date: Thu,  5 Sep 2024 14:31:30 +0900 (KST)

Final-Recipient: rfc822; cafe_report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--5C2A81E09.1725514291/mx3.daum.net
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe_report@daum.net
Subject: [KCSC-240905-02] =?UTF-8?B?{base64.b64encode("불법 도박 홍보 게시물 시정요구".encode()).decode()}?=
Message-ID: <KCSC-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 14:30:00 +0900

--5C2A81E09.1725514291/mx3.daum.net--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report, 550 5.1.1 user unknown)",
    why="a bounce of our request to a closed address; never a status",
    items={},
)

# =================================================================== DC Inside
case(
    name="dcinside-korean-particles",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(10, 11, 15),
    subject=h("[디시인사이드] 시정요구 KCSC-240906-03 처리 결과"),
    reply_to_req="KCSC-240906-03",
    body=f"""안녕하십니까, 디시인사이드 운영팀입니다.

요청하신 게시물에 대해 다음과 같이 조치하였음을 알려드립니다.

주식 갤러리 게시물({C1})은 개인정보 노출로 삭제하고, 작성자 IP를 7일간 차단하였습니다.
코인 마이너 갤러리 {C2}을 삭제하였습니다.
{C3}의 경우 이미 작성자가 삭제하여 존재하지 않는 글입니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply in Korean prose, URLs followed by particles (을, 의) and parentheses",
    why="two deletions and one post already deleted by its author (not_found)",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dcinside-qp-wrapped-list",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(11, 16, 40),
    subject=h("[디시인사이드] KCSC-240906-03 추가 처리 결과"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하십니까, 디시인사이드 운영팀입니다. 남은 게시물 2건의 처리 결과입니다.

  - 대상 게시물(미니 갤러리): {C4}
    처리 결과: 게시 유지. 글에 실명이나 연락처 등 특정인을 식별할 수 있는 정보가 없어 개인정보 노출에 해당하지 않습니다.
  - 대상 게시물(주식 갤러리): {C5}
    처리 결과: 삭제 완료 (2024-09-11)

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="DC Inside result mail in quoted-printable, long lines soft-wrapped through the URLs",
    why="게시 유지 with its reason (rejected) and 삭제 완료 (removed); soft line breaks rejoin the URLs",
    items={C4: "rejected", C5: "removed"},
)

case(
    name="dcinside-echoed-report-form",
    **{"from": "report-noreply@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date=d(9, 20, 11),
    subject=h("[디시인사이드 신고센터] 신고 처리 결과 안내"),
    body=f"""디시인사이드 신고센터입니다. 접수하신 신고의 처리 결과를 안내드립니다.

[신고 내역]
신고자: 방송통신심의위원회 (KCSC-240906-03)
신고 URL: {C2}
신고 사유: 개인정보 노출
[처리 결과] 삭제

[신고 내역]
신고자: 방송통신심의위원회 (KCSC-240906-03)
신고 URL: {C3}
신고 사유: 개인정보 노출
[처리 결과] 게시물 없음 (작성자 삭제)

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing each report form block with its [처리 결과]",
    why="each echoed block carries a result: 삭제 (removed); 게시물 없음, deleted by its author (not_found)",
    items={C2: "removed", C3: "not_found"},
)

case(
    name="dcinside-all-deleted-bulk-en",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global Support",
    date=d(12, 10, 2),
    subject="RE: KCSC-240906-03 personal information posts",
    reply_to_req="KCSC-240906-03",
    body="""Dear Sir or Madam,

All of the posts listed in your notice KCSC-240906-03 have been deleted by our
moderation team.

Sincerely,
DCinside Global Support
""",
    outcome="review", review="bulk",
    imitates="short English 'all posts listed have been deleted' reply",
    why="a blanket statement for a five-item request, naming no post: bulk",
    items={u: "pending" for u in C},
)

case(
    name="dcinside-gallery-manager-gmail",
    **{"from": "cointalk.manager@gmail.com"},
    name_from=h("코인갤 매니저"),
    date=d(8, 23, 5),
    subject=h("디시 코인갤 신고 건 (KCSC-240906-03) 처리했습니다"),
    body=f"""안녕하세요. 디시인사이드 코인 마이너 갤러리 매니저입니다.
위원회에서 운영팀에 보낸 요청 건을 전달받아서 제가 직접 처리했습니다.

{C2} 삭제했습니다
{C3} 삭제했습니다

추가로 문제 되는 글 있으면 이 메일로 알려주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="not a platform domain: a clerk verifies before recording anything",
    items={C2: "pending", C3: "pending"},
)

case(
    name="dcinside-read-receipt",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(6, 10, 2),
    subject=h("읽음: [KCSC-240906-03] 개인정보 노출 게시물 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_240906100200"

------=_MDN_240906100200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보낸 메일을 수신자가 읽었습니다.

받는 사람: cs@dcinside.com
제목: [KCSC-240906-03] 개인정보 노출 게시물 시정요구
읽은 시간: 2024-09-06 (금) 10:02
''')}
------=_MDN_240906100200
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Outlook 16.0
Final-Recipient: rfc822;cs@dcinside.com
Original-Message-ID: <KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_240906100200--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification) with a Korean 읽음 subject",
    why="an MDN only says our request was displayed",
    items={},
)

# =================================================================== SOOP
case(
    name="soop-bilingual-fullwidth",
    **{"from": "policy@sooplive.co.kr"},
    name_from=h("SOOP 정책운영팀"),
    date=d(12, 15, 33),
    subject=h("[SOOP] KCSC-240909-04 조치 결과 안내 / Action report"),
    reply_to_req="KCSC-240909-04",
    body=f"""안녕하세요, SOOP 정책운영팀입니다.

요청하신 VOD 및 방송국 게시글에 대해 아래와 같이 조치하였습니다.

1) VOD {S1}，영구 삭제 및 BJ 방송 정지 30일
2) VOD {S2}，19세 이상 시청 제한(연령 제한) 적용
3) 방송국 게시글 {S3}，삭제

[English]
1) The VOD was permanently deleted and the streamer suspended for 30 days.
2) The VOD is now age-restricted (19+).
3) The station post was deleted.

SOOP 정책운영팀 / SOOP Policy Operations
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) bilingual action report with full-width commas after the URLs",
    why="deleted, age-restricted, deleted; the full-width comma ends each URL",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

case(
    name="soop-html-table",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP",
    date=d(13, 11, 20),
    subject=h("[SOOP] 신고 처리 결과 안내 (KCSC-240909-04)"),
    type="html",
    body=f"""<html><body>
<h3>신고 처리 결과 안내</h3>
<p>방송통신심의위원회 KCSC-240909-04 요청 건 중 VOD 2건의 처리 결과입니다.</p>
<table border="1">
<tr><th>대상</th><th>결과</th></tr>
<tr><td><a href="{S1}">VOD 131552087</a><br>{S1}</td><td>삭제</td></tr>
<tr><td><a href="{S2}">VOD 131553410</a><br>{S2}</td><td>연령 제한 (19세 미만 시청 불가)</td></tr>
</table>
<p><a href="https://www.sooplive.co.kr/policy/operation">운영정책 보기</a> | <a href="https://help.sooplive.co.kr/">고객센터</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML 신고 처리 결과 notice with a two-column table and footer policy links",
    why="삭제 (removed) and 연령 제한 (restricted); footer links are not items",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-authfail-claim",
    **{"from": "policy@sooplive.co.kr"},
    name_from=h("SOOP 정책운영팀"),
    auth="fail",
    date=d(10, 3, 14),
    subject=h("[SOOP] KCSC-240909-04 조치 완료"),
    body=f"""안녕하세요, SOOP 정책운영팀입니다.

요청하신 VOD {S1} 는 삭제 완료되었습니다.
방송국 게시글 {S3} 도 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="result notice in SOOP's style whose DKIM/SPF/DMARC fail",
    why="the From domain is SOOP's but authentication fails: nothing applied",
    items={S1: "pending", S3: "pending"},
)

case(
    name="soop-conditional-and-under-review",
    **{"from": "copyright@sooplive.co.kr"},
    name_from=h("SOOP 권리보호센터"),
    date=d(11, 14, 55),
    subject=h("Re: [KCSC-240909-04] 음란 방송 VOD 및 게시글 시정요구"),
    reply_to_req="KCSC-240909-04",
    body=f"""안녕하세요. SOOP 권리보호센터입니다.

방송국 게시글 {S3} 은 게시된 영상의 원저작자가 확인되는 경우 삭제할 수 있습니다.
VOD {S1} 은 현재 내부 심의 중이며, 심의가 끝나는 대로 결과를 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="rights-centre reply with a condition (원저작자 확인 시 삭제 가능) and an 'under review' line",
    why="a condition and 'under review' are not statements; two requested items named",
    items={S3: "pending", S1: "pending"},
)

case(
    name="soop-1on1-inquiry-receipt",
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d(9, 11, 6),
    subject=h("[SOOP 고객센터] 1:1 문의가 접수되었습니다 (접수번호 SP-240909-00412)"),
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-240909-00412
  - 문의 제목: [KCSC-240909-04] 음란 방송 VOD 및 게시글 시정요구
  - 접수일시: 2024-09-09 11:06

담당 부서에서 확인 후 순차적으로 답변드리겠습니다. 답변은 문의 내역에서도 확인하실 수 있습니다.
https://help.sooplive.co.kr/inquiry/list

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호, 발신 전용)",
    why="a pure receipt for our request; no item status",
    items={},
)

# =================================================================== FM Korea
case(
    name="fmkorea-admin-reply",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(12, 22, 14),
    subject=h("Re: [KCSC-240910-05] 명예훼손 게시물 시정요구"),
    reply_to_req="KCSC-240910-05",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F1}
해당 글은 특정인에 대한 허위 사실을 담고 있어 삭제하였습니다.

{F2}
해당 글은 공인의 공개 발언을 인용한 비평 글로, 사실 적시나 모욕 표현이 확인되지 않아 커뮤니티 규정 위반이 아닙니다. 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply, URL then its decision paragraph",
    why="one deletion, one refusal with its reason (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-echoed-request-outlook",
    **{"from": "report@fmkorea.com"},
    name_from=h("에펨코리아 신고처리"),
    date=d(11, 13, 1),
    subject=h("RE: [KCSC-240910-05] 명예훼손 게시물 시정요구"),
    reply_to_req="KCSC-240910-05",
    body=f"""첫 번째 글({F1})은 오늘 오전 삭제 처리했습니다.
두 번째 글은 아직 검토 중입니다.

에펨코리아 신고처리 담당

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:20 PM
To: report@fmkorea.com
Subject: [KCSC-240910-05] 명예훼손 게시물 시정요구

아래 게시물에 대한 시정요구를 드립니다.
1. {F1}
2. {F2}
방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply over an Outlook '-----Original Message-----' quote",
    why="F1 deleted; 'still under review' for the second post leaves F2 pending; the quoted request says nothing",
    items={F1: "removed", F2: "pending"},
)

case(
    name="fmkorea-asks-for-documents",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(11, 9, 48),
    subject=h("Re: [KCSC-240910-05] 명예훼손 게시물 시정요구"),
    reply_to_req="KCSC-240910-05",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

요청하신 아래 게시물의 처리를 위해 다음 자료를 회신해 주시기 바랍니다.

  {F1}
  {F2}

1. 시정요구 공문 원본(PDF)
2. 위반 판단의 근거가 된 법령 조항
3. 피해자 측 신고 여부

자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="site admin asking the regulator for the official letter and legal basis before acting",
    why="a request for documents; nothing decided about the two named posts",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmkorea-ooo-english",
    **{"from": "daniel.yoon@fmkorea.com"},
    name_from="Daniel Yoon",
    date=d(10, 16, 21),
    subject="Automatic reply: [KCSC-240910-05] =?UTF-8?B?" + base64.b64encode("명예훼손 게시물 시정요구".encode()).decode() + "?=",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: daniel.yoon@fmkorea.com"],
    body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For moderation requests please write to
admin@fmkorea.com.

Daniel Yoon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply:' out-of-office",
    why="auto-reply; no statement",
    items={},
)

case(
    name="inven-misrouted-fmkorea-items",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 운영팀"),
    date=d(13, 10, 40),
    subject=h("Re: 명예훼손 게시물 시정요구 (KCSC-240910-05)"),
    body=f"""안녕하세요, 인벤 운영팀입니다.

보내주신 목록의 게시물 2건은 확인 결과 삭제 처리되었습니다.
 - {F1}
 - {F2}

참고로 위 주소는 인벤이 아닌 타 커뮤니티 주소이며, 인벤에 복제 게시된 동일 글도 함께 정리하였습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="another Korean community's operations team answering a request meant for FM Korea",
    why="Inven is trusted for its own domain only; it states statuses for FM Korea items",
    items={F1: "pending", F2: "pending"},
)


case(
    name="soop-corner-brackets-author-deleted",
    **{"from": "policy@sooplive.co.kr"},
    name_from=h("SOOP 정책운영팀"),
    date=d(10, 19, 25),
    subject=h("[SOOP] KCSC-240909-04 방송국 게시글 확인 결과"),
    reply_to_req="KCSC-240909-04",
    body=f"""안녕하세요, SOOP 정책운영팀입니다.

요청하신 방송국 게시글 「{S3}」은 요청 접수 전인 9월 8일 BJ 본인이 삭제하여 현재 존재하지 않는 게시글입니다.
VOD 2건은 검토를 마치는 대로 따로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP short reply quoting the URL in Korean corner brackets 「」 followed by a particle",
    why="deleted by its own author before our request: not_found; the VODs get only a promise",
    items={S3: "not_found", S1: "pending", S2: "pending"},
)

case(
    name="fmkorea-text-table",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(13, 11, 2),
    subject=h("[에펨코리아] KCSC-240910-05 처리 결과"),
    reply_to_req="KCSC-240910-05",
    body=f"""위원회 담당자님께,

요청 건 처리 결과를 아래 표로 정리했습니다.

| 번호 | 게시물                              | 조치                                   |
|------|-------------------------------------|----------------------------------------|
| 1    | {F1} | 삭제 (허위사실 적시)                   |
| 2    | {F2} | 유지 (공인 발언에 대한 비평, 위반 없음) |

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table pasted into a reply by a site admin",
    why="one row per URL: 삭제 (removed), 유지 with its reason (rejected)",
    items={F1: "removed", F2: "rejected"},
)

# =================================================================== Clien
case(
    name="clien-sole-item-no-url",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영자"),
    date=d(12, 8, 57),
    subject=h("Re: [KCSC-240911-06] 개인정보 노출 게시물 시정요구"),
    reply_to_req="KCSC-240911-06",
    body="""안녕하세요, 클리앙 운영자입니다.

요청하신 모두의공원 게시물은 개인정보 노출로 확인되어 어제 밤 운영자 삭제 처리하였습니다.
작성자에게는 이용 규칙에 따라 경고를 부여했습니다.

클리앙 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin's short reply naming no URL, to a one-item request",
    why="the only statement (운영자 삭제) answers KCSC-240911-06, a request of one item",
    items={L1: "removed"},
)

case(
    name="clien-outlook-top-posted",
    **{"from": "report@clien.net"},
    name_from=h("클리앙 신고처리"),
    date=d(12, 17, 30),
    subject=h("RE: [KCSC-240911-06] 개인정보 노출 게시물 시정요구"),
    reply_to_req="KCSC-240911-06",
    body=f"""위원회 담당자님,

{L1} 글은 블라인드 처리 후 삭제했습니다. 백업 페이지에서도 내렸습니다.

클리앙 신고처리 담당

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 11일 수요일 오전 10:00
받는 사람: report@clien.net
제목: [KCSC-240911-06] 개인정보 노출 게시물 시정요구

아래 게시물에 개인정보가 노출되어 있어 삭제를 요청드립니다.
{L1}
방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (보낸 사람/보낸 날짜 header block) top-posted over the request",
    why="the top says the post was blinded then deleted; the quoted request below repeats the URL without a status",
    items={L1: "removed"},
)

case(
    name="clien-postfix-bounce",
    **{"from": "MAILER-DAEMON@mail.clien.net"},
    name_from="Mail Delivery System",
    date=d(11, 10, 0, 41),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="A11C2F7.1726016441/mail.clien.net"

--A11C2F7.1726016441/mail.clien.net
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.clien.net.

Your message could not be delivered to one or more recipients.

<policy@clien.net>: mailbox is full (quota exceeded)

--A11C2F7.1726016441/mail.clien.net
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clien.net

Final-Recipient: rfc822; policy@clien.net
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full

--A11C2F7.1726016441/mail.clien.net
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy@clien.net
Subject: [KCSC-240911-06] personal information post
Message-ID: <KCSC-240911-06@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Please remove the following post, which exposes personal information:
{L1}

KCSC
--A11C2F7.1726016441/mail.clien.net--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our request with its body",
    why="a bounce; the URL is in our own returned request",
    items={L1: "pending"},
)

# =================================================================== Nate
case(
    name="nate-pann-result",
    **{"from": "pann_policy@skcomms.co.kr"},
    name_from=h("네이트 판 운영팀"),
    date=d(13, 14, 12),
    subject=h("[네이트] 시정요구(KCSC-240912-07) 처리결과 회신"),
    reply_to_req="KCSC-240912-07",
    body=f"""안녕하세요. SK커뮤니케이션즈 네이트 판 운영팀입니다.

■ 처리결과
 - {T1} : 음란물 게시로 삭제 및 작성자 영구 이용정지
 - {T2} : 청소년 유해 게시물로 분류, 성인인증 후에만 열람 가능하도록 제한

※ 처리 기준은 네이트 이용약관 및 판 운영정책(https://pann.nate.com/info/policy)에 따릅니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate (SK Communications) 판 운영팀 처리결과 회신 with ■ headings",
    why="deleted (removed); adult-verification only (restricted); the policy link is not an item",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="nate-en-short",
    **{"from": "global@nate.com"},
    name_from="Nate Pann Team",
    date=d(14, 9, 5),
    subject="Re: KCSC-240912-07",
    reply_to_req="KCSC-240912-07",
    body=f"""Hi,

{T1} - taken down on 13 Sep (obscene content).

Nate Pann Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse English reply, one URL and 'taken down'",
    why="one item taken down; the other item of the request is not mentioned",
    items={T1: "removed"},
)

case(
    name="nate-report-receipt-echo",
    **{"from": "noreply@nate.com"},
    name_from=h("네이트 고객센터"),
    date=d(12, 15, 46),
    subject=h("[네이트] 신고가 정상적으로 접수되었습니다"),
    body=f"""네이트 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.

[접수 내용]
- 신고번호: NT-20240912-33871
- 신고 게시물:
  {T1}
  {T2}
- 신고 사유: 음란물

처리 결과는 담당자 검토 후 이메일로 안내드립니다. 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt echoing the reported URLs (신고번호, 발신 전용)",
    why="a receipt echoing our URLs; 'result after review' is the usual receipt promise",
    items={T1: "pending", T2: "pending"},
)

# =================================================================== Ppomppu
case(
    name="ppomppu-contact-change-notice",
    **{"from": "report@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영팀"),
    date=d(13, 18, 0),
    subject=h("[뽐뿌] 시정요구·삭제요청 접수 창구 변경 안내"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

10월 1일부터 관계기관의 시정요구 및 게시물 삭제요청 접수 창구가 아래와 같이 변경됩니다.

  - 변경 전: report@ppomppu.co.kr
  - 변경 후: legal-request@ppomppu.co.kr (팩스 02-000-0000 병행)

기존 주소로 보내주신 요청도 9월 말까지는 정상 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="community site's notice that its takedown contact address is changing",
    why="trusted platform mail naming no item and no request: a clerk should read it (new contact address)",
    items={},
)

NOTE_HEADER = f"""# Blind set 285 (Korean portals and community sites), written by
# tests/corpus/blind285/make.py before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, NOTE_HEADER, CASES)


if __name__ == "__main__":
    main()
