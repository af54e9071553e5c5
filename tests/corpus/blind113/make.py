#!/usr/bin/env python3
"""Blind set 113 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside
and BAND replies written in Korean to the regulator's removal requests.

    python3 tests/corpus/blind113/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences; the expected result of
each case was written from the email's meaning alone, before any run of the
reader.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})

KST = dt.timezone(dt.timedelta(hours=9))


def d(s):
    """'2024-09-04 15:12' (KST) -> RFC 5322 date."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    return email.utils.format_datetime(t)


# ---------------------------------------------------------------- requests
N = {  # NAVER, KCSC-240902-01 (the largest request, 12 items)
    1: "https://blog.naver.com/moonlit_brook77/223561204411",
    2: "https://blog.naver.com/moonlit_brook77/223561209876",
    3: "https://blog.naver.com/haneul_dal_05/223558810032",
    4: "https://cafe.naver.com/jjangbet2024/1187",
    5: "https://cafe.naver.com/jjangbet2024/1192",
    6: "https://cafe.naver.com/jjangbet2024/1203",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471920385",
    8: "https://blog.naver.com/pado_sori/223560074519",
    9: "https://cafe.naver.com/lotto0ne/58813",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38810462&memberNo=51230987",
    11: "https://blog.naver.com/sunny_gil_88/223559931207",
    12: "https://cafe.naver.com/lotto0ne/58820",
}
TISTORY_RAW = "https://moonbyeol-note.tistory.com/entry/비밀-정보-공유"
TISTORY_ENC = "https://moonbyeol-note.tistory.com/entry/%EB%B9%84%EB%B0%80-%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0"
K = {  # Kakao, KCSC-240903-02 (Daum cafe + Tistory)
    1: "https://cafe.daum.net/starfishclub/Ab3Q/4412",
    2: TISTORY_ENC,
    3: "https://gureum-pyeonji.tistory.com/118",
    4: "https://cafe.daum.net/starfishclub/Ab3Q/4419",
}
Y = {  # YouTube, KCSC-240905-03
    1: "https://www.youtube.com/watch?v=kR7tPq2LmZ0",
    2: "https://www.youtube.com/watch?v=Hy3sWvB9nQe",
    3: "https://www.youtube.com/shorts/Xa8dLp1FuJc",
    4: "https://www.youtube.com/watch?v=Zm4nTq8RaYw",
    5: "https://www.youtube.com/@haneul_tv_kr",
}
D = {  # DC Inside, KCSC-240910-04
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551208",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551377",
}
B = {  # BAND, KCSC-240911-05
    1: "https://band.us/band/81234567/post/302",
    2: "https://band.us/band/81234567/post/318",
}
N1 = "https://blog.naver.com/greenleaf_mom/223571108845"  # NAVER, KCSC-240912-06
K1 = "https://cafe.daum.net/bluepine/Ktx9/77"  # Kakao, KCSC-240913-07

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     list(N.values()), "illegal-gambling-ads", "req-240902-01@kcsc.example", "불법 도박 광고 12건"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     list(K.values()), "personal-data-exposure", "req-240903-02@kcsc.example", "개인정보 노출 (다음 카페, 티스토리)"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     list(Y.values()), "drug-trade", "req-240905-03@kcsc.example", "마약류 판매 광고 영상"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(D.values()), "stock-manipulation", "req-240910-04@kcsc.example", "주식 리딩방 사기 홍보"),
    ("KCSC-240911-05", "band", "2024-09-11T10:15:00+09:00", "2024-09-18T23:59:59+09:00",
     list(B.values()), "illegal-gambling-ads", "req-240911-05@kcsc.example", "밴드 도박 홍보글"),
    ("KCSC-240912-06", "naver", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [N1], "defamation", "req-240912-06@kcsc.example", "명예훼손 블로그 글"),
    ("KCSC-240913-07", "kakao", "2024-09-13T09:05:00+09:00", "2024-09-20T23:59:59+09:00",
     [K1], "obscene-content", "req-240913-07@kcsc.example", "음란물 게시 카페글"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def gmail_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ1_TEXT = """방송통신심의위원회 통신심의국입니다.

아래 게시물은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에
따른 불법정보(불법 도박 광고)로 심의·의결되어 시정요구(삭제)하오니
2024. 9. 9.까지 조치하고 그 결과를 회신하여 주시기 바랍니다.

요청번호: KCSC-240902-01
""" + "\n".join(f"{i}. {u}" for i, u in N.items()) + """

방송통신심의위원회 통신심의국 드림"""

REQ3_TEXT = """YouTube 법무팀 담당자님께,

아래 동영상 및 채널은 마약류 판매 광고로 시정요구(삭제) 대상이오니
2024. 9. 12.까지 조치 결과를 회신해 주시기 바랍니다.

요청번호: KCSC-240905-03
""" + "\n".join(Y.values()) + """

방송통신심의위원회 통신심의국"""

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============ NAVER, KCSC-240902-01 (12 items) ============

_gm = ["삭제", "삭제", "임시조치(30일)", "삭제", "삭제", "게시물 없음(작성자 삭제)", "삭제",
       "조치 불가(위반 소지 없음)", "삭제", "존재하지 않는 URL", "삭제", "국내 접속 차단"]
_w = max(len(u) for u in N.values())
GONGMUN_TABLE = "\n".join(
    [f" 연번 | {'게시물 URL'.ljust(_w - 4)} | 조치결과", "------+-" + "-" * _w + "-+----------------------"]
    + [f" {i:>3}  | {N[i].ljust(_w)} | {_gm[i - 1]}" for i in range(1, 13)]
)

case(
    name="naver-gongmun-result-table-12",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-06 17:20"),
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req="req-240902-01",
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 대응 담당자
제목: 시정요구에 대한 조치결과 통보 (요청번호 KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 2. 시정요구하신 불법 도박 광고 게시물 12건에
   대하여 당사 운영정책 및 관련 법령에 따라 검토하고 아래와 같이
   조치하였음을 알려드립니다.

{GONGMUN_TABLE}

3. 연번 8은 게시물 전문을 확인한 결과 도박 사이트 홍보로 볼 만한 내용이
   확인되지 않아 게시를 유지하였습니다. 해당 건에 대하여 추가 자료가 있으시면
   알려 주시기 바랍니다.

4. 관련 운영정책은 https://policy.naver.com/policy/service_group.html 에서
   확인하실 수 있습니다.  끝.

네이버 주식회사 대표이사 (직인 생략)

담당 정책지원팀 박서연 | 시행 정책지원-2024-0913 (2024. 9. 6.)
경기도 성남시 분당구 정자일로 95 / 전화 1588-0000""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 공문 (official letter) reply to a KCSC 시정요구: 수신/참조/제목 block, numbered paragraphs, 조치결과 text table, 끝.",
    why="Full 12-row text table from NAVER's authenticated domain: each row names a URL and a definite result.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "not_found",
           N[11]: "removed", N[12]: "restricted"},
)

html_rows = [
    (N[1], "삭제"),
    (N[2], "블라인드"),
    (N[3], "비공개 처리"),
    (N[4], "임시조치"),
    (N[5], "검토 중 (9/10 이후 처리 예정)"),
]
html_body = """<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 신뢰·안전팀입니다.</p>
<p>방송통신심의위원회 요청번호 <b>KCSC-240902-01</b> 중 블로그·카페 게시물 5건의 처리 현황을 아래 표로 정리하여 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>URL</th><th>처리 상태</th></tr>
""" + "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(html_rows, 1)
) + """
</table>
<p>임시조치 건은 게시자 이의신청 기간(30일) 동안 게시물이 노출되지 않습니다.<br>
나머지 7건은 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 신뢰·안전팀 드림<br>
<a href="https://help.naver.com/service/5626/category/bookmark">네이버 고객센터</a></p>
</body></html>"""
case(
    name="naver-html-table-first-five",
    **{"from": "trust-safety@navercorp.com"},
    name_from="네이버 신뢰·안전팀",
    date=d("2024-09-04 11:05"),
    subject="KCSC-240902-01 처리 현황 (1차)",
    type="html",
    body=html_body,
    outcome="applied",
    classification="confirmation",
    imitates="NAVER trust-and-safety HTML mail with a green header table of URLs and 처리 상태.",
    why="HTML table: 삭제/블라인드/비공개 처리 are removals, 임시조치 a restriction; the fifth row is still 검토 중 and stays pending.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "pending"},
)

csv_att = "\ufeffURL,조치결과,조치일,비고\n" + "\n".join([
    f"{N[6]},게시물 없음,2024-09-05,작성자가 이미 삭제",
    f"\"{N[7]}\",삭제,2024-09-05,",
    f"{N[8]},삭제,2024-09-05,",
    f"{N[9]},임시조치,2024-09-05,30일간 게시중단 후 재심사",
    f"\"{N[10]}\",삭제,2024-09-06,",
    f"{N[11]},위반 아님(게시 유지),2024-09-06,도박 관련 내용 확인 안 됨",
    f"{N[12]},삭제,2024-09-06,",
]) + "\n"
case(
    name="naver-csv-attachment-remaining-seven",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-06 18:40"),
    subject="RE: [KCSC-240902-01] 시정요구 조치결과 (2차, 첨부)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b113_att"

--=_nv_b113_att
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 1차 회신에 포함되지 않은 7건의 조치결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

정책지원팀 드림

--=_nv_b113_att
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_b113_att--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Portal policy team reply with the 조치결과 as a CSV attachment exported from a ticket tool (UTF-8 with BOM).",
    why="CSV rows each name a URL and a result: 게시물 없음 = not_found, 삭제 = removed, 임시조치 = restricted, 위반 아님(게시 유지) = rejected.",
    items={N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "removed",
           N[11]: "rejected", N[12]: "removed"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-05 10:12"),
    subject="[네이버 고객센터] KCSC-240902-01 지식iN·카페 게시물 처리 결과",
    body=f"""안녕하세요, 네이버 고객센터 권리보호 담당자입니다.

KCSC-240902-01 요청 건 중 지식iN 및 카페 게시물의 처리 결과를 안내드립니다.

{N[7]}
→ 운영정책 위반(불법 도박 홍보)으로 삭제 완료

{N[9]}
→ 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다

{N[12]}
→ 국내 접근 제한 조치

그 밖의 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.
더 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 answer: bare URL on one line, arrow and result on the line below.",
    why="Each URL is followed by its result on the next line: removed, not_found (deleted by its author), restricted (국내 접근 제한).",
    items={N[7]: "removed", N[9]: "not_found", N[12]: "restricted"},
)

case(
    name="naver-statement-then-urls-below",
    **{"from": "blog-ops@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=d("2024-09-04 16:48"),
    subject="Re: KCSC-240902-01 블로그 게시물 관련 회신",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물 중 일부에 대하여 회신드립니다.

아래 게시물 2건은 블라인드 처리하였습니다.
{N[1]}
{N[2]}

아래 게시물은 확인 결과 블로그 운영정책 위반 사항이 확인되지 않아
별도 조치를 하지 않았습니다.
{N[11]}

블로그 운영정책: https://blog.naver.com/blogpeople/policy

네이버 블로그 운영팀 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog operations reply: a statement sentence, then the URLs it covers on the lines below.",
    why="Two named posts 블라인드 (removed); the third named below a refusal with its reason (rejected). The policy link is not an item.",
    items={N[1]: "removed", N[2]: "removed", N[11]: "rejected"},
)

case(
    name="naver-informal-urls-with-particles",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date=d("2024-09-03 21:07"),
    subject="Re: 불법 도박 광고 게시물 삭제 요청 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요 한지우입니다. 늦은 시간에 메일 드려 죄송합니다.

급하다고 하셔서 일단 제가 확인한 것만 먼저 말씀드릴게요.
{N[3]}는 내용 확인해 보니 도박 사이트 홍보가 맞아서 삭제했고요,
{N[8]} 역시 삭제 처리했습니다.
다만 {N[10]}（포스트）은 들어가 보면 존재하지 않는 게시물이라고 나옵니다. 주소를 한 번 더 확인해 주시겠어요?

나머지는 내일 오전 중에 팀에서 정리해서 보내드릴게요.

한지우 드림
NAVER 신뢰안전센터""",
    outcome="applied",
    classification="confirmation",
    imitates="Informal late-evening reply from a NAVER staff member, URLs run straight into Korean particles (는, 역시) and a full-width bracket.",
    why="Two posts stated deleted, the third stated to not exist; the closing promise concerns items it does not name.",
    items={N[3]: "removed", N[8]: "removed", N[10]: "not_found"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 운영지원",
    date=d("2024-09-03 14:31"),
    subject="카페 게시글 처리했습니다 (KCSC-240902-01)",
    body=f"""안녕하세요~ 네이버 카페 운영지원 담당자입니다.

요청주신 jjangbet2024 카페 글들 확인했어요.

- {N[4]} : 삭제했습니다
- {N[5]} : 삭제했습니다
- {N[6]} : 들어가 보니 "삭제되었거나 존재하지 않는 게시글입니다"라고 떠서 따로 조치할 게 없었어요.

해당 카페는 불법 도박 홍보가 반복되어 카페 자체도 검토 중이에요.
결과 나오면 또 알려드릴게요!""",
    outcome="applied",
    classification="confirmation",
    imitates="Casual answer from a NAVER cafe support operator with a dash list.",
    why="Two posts deleted, the third already gone (not_found); the review of the cafe as a whole names no item.",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀 김도윤",
    date=d("2024-09-09 09:15"),
    subject="Re: [시정요구] 불법 도박 광고 게시물 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 정책지원팀 김도윤입니다.
추가 확인된 2건 회신드립니다.

{N[9]} : 삭제
{N[12]} : 삭제

나머지 건은 앞서 보내드린 공문을 참고해 주시기 바랍니다.

김도윤 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{gmail_quote(REQ1_TEXT)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted 시정요구 (Korean '님이 작성:' attribution, '>' quoting).",
    why="Only the two URLs above the quote get statuses; the twelve quoted request lines are the regulator's own text and change nothing.",
    items={N[9]: "removed", N[12]: "removed", N[1]: "pending", N[2]: "pending", N[3]: "pending",
           N[4]: "pending", N[5]: "pending", N[6]: "pending", N[7]: "pending", N[8]: "pending",
           N[10]: "pending", N[11]: "pending"},
)

qp_text = f"""방송통신심의위원회 담당자님께

네이버 지식iN·포스트 운영 담당입니다.
KCSC-240902-01 요청 건 가운데 아래 2건의 처리 결과를 알려드립니다.

1) 지식iN 질문글
   {N[7]}
   처리 결과: 불법 도박 광고로 확인되어 질문과 답변 전체를 삭제하였습니다.

2) 네이버 포스트
   {N[10]}
   처리 결과: 해당 포스트는 존재하지 않습니다(작성자가 발행 취소 후 삭제).

감사합니다.
"""
case(
    name="naver-quoted-printable-kin-post",
    **{"from": "kin-ops@navercorp.com"},
    name_from="네이버 지식iN 운영",
    date=d("2024-09-05 13:44"),
    subject="=?UTF-8?B?" + base64.b64encode("[처리결과] KCSC-240902-01 지식iN/포스트".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Quoted-printable Korean body with an RFC 2047 encoded subject, as sent by older portal mail systems.",
    why="Two numbered items, each with a definite 처리 결과: removed and not_found.",
    items={N[7]: "removed", N[10]: "not_found"},
)

b64_html = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240902-01 관련하여 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{N[3]}">{N[3]}</a> &ndash; 임시조치(30일간 게시 중단, 게시자 이의신청 가능)</li>
<li><a href="{N[11]}">{N[11]}</a> &ndash; 운영정책 위반으로 삭제</li>
</ul>
<p>임시조치 및 재게시 절차 안내: <a href="https://right.naver.com/guide/temporary">right.naver.com 안내</a></p>
<p>네이버 권리보호센터</p>
</div></body></html>"""
case(
    name="naver-base64-html-list",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date=d("2024-09-05 15:02"),
    subject="[네이버 권리보호센터] 조치 안내 - KCSC-240902-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_html)}""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 base64-encoded HTML notice with a bullet list of 임시조치/삭제.",
    why="임시조치 is a restriction (restricted), 삭제 a removal; the guide link is not an item.",
    items={N[3]: "restricted", N[11]: "removed"},
)

case(
    name="naver-echoed-report-result",
    **{"from": "noreply-report@naver.com"},
    name_from="네이버 신고센터",
    date=d("2024-09-04 09:30"),
    subject="[네이버 신고센터] 신고 처리 결과 안내 (접수번호 R-2409-558120)",
    body=f"""[네이버 신고센터] 신고하신 내용의 처리 결과를 안내드립니다.

■ 신고 내용 (접수 시 입력하신 내용)
 - 신고 기관: 방송통신심의위원회
 - 요청번호: KCSC-240902-01
 - 신고 사유: 불법 도박 사이트 홍보
 - 신고 URL:
   {N[4]}
   {N[5]}
   {N[6]}
 - 요청 사항: 위 게시물의 삭제를 요청합니다.

■ 처리 결과
 - {N[4]} : 게시물 삭제
 - {N[5]} : 게시물 삭제
 - {N[6]} : 성인 인증 후 열람 가능하도록 접근 제한

■ 처리 일시: 2024-09-04 09:12

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.""",
    outcome="applied",
    classification="confirmation",
    imitates="Report-centre result mail that echoes the submitted report (신고 내용) before the 처리 결과 block.",
    why="The echoed report asks for removal and states nothing; the 처리 결과 block states removed, removed and an age restriction (restricted).",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted"},
)

case(
    name="naver-receipt-plus-immediate-removal",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-02 15:26"),
    subject="[네이버 고객센터] 문의 접수 안내 (KCSC-240902-01)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 시정요구가 접수번호 2409-0231-7715로
접수되었습니다.

접수된 게시물 가운데 아래 게시물은 긴급 처리 대상으로 분류되어
접수 즉시 삭제 조치되었습니다.

  {N[11]}

나머지 게시물은 담당 부서의 검토를 거쳐 처리 결과를 안내드리겠습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Help-desk receipt that also reports one urgent item already deleted.",
    why="Not a pure acknowledgement: one named post is stated deleted; the rest is a promise naming nothing.",
    items={N[11]: "removed"},
)

# ============ NAVER, KCSC-240912-06 (1 item) ============

case(
    name="naver-single-item-no-url",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date=d("2024-09-13 10:40"),
    subject="Re: [KCSC-240912-06] 명예훼손 게시물 시정요구",
    reply_to_req="req-240912-06",
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청하신 블로그 게시물은 검토 결과 운영정책 위반으로 확인되어
게시중단 조치하였으며, 게시자에게 조치 사실을 통지하였습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Short NAVER 게시중단 confirmation that names no URL, answering a one-item request in its thread.",
    why="One-item request, reference in subject and thread: the sole statement 게시중단 applies to that item (removed).",
    items={N1: "removed"},
)

# ============ Kakao, KCSC-240903-02 (4 items) and KCSC-240913-07 (1 item) ============

case(
    name="kakao-imsi-jochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d("2024-09-04 13:15"),
    subject="[카카오] 게시물 임시조치 안내 (KCSC-240903-02)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 다음 카페 게시물에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
30일간 임시조치(게시물 접근 차단)를 하였음을 안내드립니다.

[임시조치 대상]
 · {K[1]}
 · {K[4]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다.
임시조치 제도 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 30-day 임시조치 notice citing article 44-2 of the Network Act.",
    why="임시조치 (access blocked for 30 days) is a restriction under the project's statuses; the later deletion is only conditional.",
    items={K[1]: "restricted", K[4]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=d("2024-09-05 11:22"),
    subject="Re: KCSC-240903-02 티스토리 게시글 관련",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글 2건에 대한 처리 결과입니다.

1. {TISTORY_RAW}
   - 개인정보 노출이 확인되어 해당 글을 비공개 처리하였습니다.

2. {K[3]}
   - 블로그 운영자가 블로그를 직접 삭제하여 해당 주소의 글은 존재하지 않습니다.

감사합니다.
티스토리 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) operations reply with a raw Hangul entry slug in the URL.",
    why="The raw Korean slug is the percent-encoded requested URL; 비공개 처리 = removed; a blog deleted by its owner = not_found.",
    items={K[2]: "removed", K[3]: "not_found"},
)

kcsv = "게시물 URL,처리결과,처리일시\n" + "\n".join([
    f"{K[1]},삭제,2024-09-06 10:02",
    f"{TISTORY_RAW},삭제,2024-09-06 10:05",
    f"{K[3]},조치 안 함(위반 사항 없음),2024-09-06 10:09",
    f"{K[4]},임시조치,2024-09-06 10:11",
]) + "\n"
case(
    name="kakao-csv-all-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d("2024-09-06 10:30"),
    subject="[카카오] KCSC-240903-02 처리 결과 송부",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-b113-0906"

--kakao-b113-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.
요청번호 KCSC-240903-02 4건의 처리 결과를 첨부와 같이 송부드립니다.

--kakao-b113-0906
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="result_KCSC-240903-02.csv"
Content-Transfer-Encoding: base64

{b64(kcsv)}
--kakao-b113-0906--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao rights centre reply with a CSV of 처리결과 (one row with a raw Hangul Tistory URL).",
    why="Four rows, each a URL and a definite result: removed, removed, rejected (no violation), restricted (임시조치).",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected", K[4]: "restricted"},
)

case(
    name="kakao-single-angle-brackets",
    **{"from": "cafe-ops@daum.net"},
    name_from="다음 카페 운영팀",
    date=d("2024-09-13 17:55"),
    subject="다음 카페 게시글 삭제 요청 건 회신 (KCSC-240913-07)",
    body=f"""안녕하세요. 다음 카페 운영팀입니다.

요청하신 <{K1}> 게시글은 카페 운영원칙(음란물 게시 금지) 위반이
확인되어 삭제 조치하였습니다.

해당 카페 운영자에게도 경고 조치를 안내하였습니다.
다음 카페 운영원칙: <https://cs.daum.net/redbell/harm/policyId.html>

다음 카페 운영팀 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe operations reply with URLs in angle brackets.",
    why="The one requested post, named in angle brackets, stated deleted; the policy link is not an item.",
    items={K1: "removed"},
)

case(
    name="kakao-single-blind-no-url",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 이용자보호팀",
    date=d("2024-09-16 09:10"),
    subject="RE: [시정요구] KCSC-240913-07",
    reply_to_req="req-240913-07",
    body="""안녕하세요, 카카오 이용자보호팀입니다.

요청번호 KCSC-240913-07 관련하여 해당 카페 게시글을 블라인드 처리 완료하였습니다.
추가 문의사항이 있으시면 회신 부탁드립니다.

카카오 이용자보호팀""",
    outcome="applied",
    classification="confirmation",
    imitates="Terse Kakao safety-team confirmation with no URL for a one-item request.",
    why="Reference to a one-item request and a definite 블라인드 처리 완료: the item is removed.",
    items={K1: "removed"},
)

# ============ YouTube, KCSC-240905-03 (5 items) ============

case(
    name="yt-kr-legal-geo-and-removal",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-07 02:18"),
    subject="[YouTube] 법적 삭제 요청 검토 결과 - KCSC-240905-03",
    body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

관련 현지 법률에 따라 아래 동영상은 대한민국에서의 액세스를 제한했습니다.
- {Y[1]}
- {Y[2]}

아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[3]}

{Y[4]} 에 대해서는 추가 검토가 진행 중이며, 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
YouTube 법무팀

이 메일은 발신 전용입니다. 신고 관련 안내: https://support.google.com/youtube/answer/6154218""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local-law geo-restriction for some videos, Community Guidelines removal for another.",
    why="Two videos restricted in Korea, one Short removed; the fourth is still under review (pending). Help link is not an item.",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "pending"},
)

case(
    name="yt-kr-age-restricted-and-channel-kept",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-10 03:41"),
    subject="[YouTube] 추가 검토 결과 안내 - KCSC-240905-03",
    body=f"""안녕하세요.

이전에 안내드린 검토 건의 결과를 알려드립니다.

{Y[4]}
검토 결과 이 동영상에 연령 제한을 적용했습니다. 로그인하여 만 18세 이상으로
확인된 사용자만 시청할 수 있습니다.

{Y[5]}
채널 전체를 검토했으나 YouTube 정책 또는 현지 법률 위반 사항을 확인하지 못하여
이 채널에 대해서는 조치를 취하지 않았습니다. 개별 동영상의 URL을 알려주시면
다시 검토하겠습니다.

감사합니다.
YouTube 법무팀""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube follow-up: age restriction on one video and a refusal for a channel with the reason.",
    why="Age restriction = restricted; the channel was reviewed and no action taken for want of a violation = rejected.",
    items={Y[4]: "restricted", Y[5]: "rejected"},
)

case(
    name="yt-outlook-top-posted-original-message",
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo (서민지)",
    date=d("2024-09-09 18:03"),
    subject="RE: [시정요구] 마약류 판매 광고 영상 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, 구글코리아 서민지입니다.

요청하신 건 중 아래 두 동영상은 YouTube에서 삭제되었음을 확인했습니다.

{Y[2]}
{Y[4]}

나머지 건은 본사 법무팀에서 회신드릴 예정입니다.

서민지 드림
Google Korea | Government Affairs & Public Policy

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: legal-kr@google.com
Subject: [시정요구] 마약류 판매 광고 영상 (KCSC-240905-03)

{REQ3_TEXT}""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply from a Google Korea staff member over '-----Original Message-----' with the request unprefixed.",
    why="Two URLs above the original-message marker are stated deleted; the five URLs in the quoted request change nothing.",
    items={Y[2]: "removed", Y[4]: "removed", Y[1]: "pending", Y[3]: "pending", Y[5]: "pending"},
)

case(
    name="yt-actioned-bilingual",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-11 07:25"),
    subject="Re: KCSC-240905-03 / 법적 요청 결과",
    body=f"""Hello,

Thank you for your patience. Following our review:

- {Y[3]} has been actioned under our policies.
- {Y[5]} : This channel has been terminated for violating YouTube's
  policy on the sale of regulated goods.

안녕하세요. 검토 결과, 위 Shorts 동영상은 정책에 따라 조치되었으며
위 채널은 규제 상품 판매 관련 정책 위반으로 해지되었습니다.

Regards,
The YouTube Team""",
    outcome="applied",
    classification="confirmation",
    imitates="Bilingual YouTube legal-support reply using the 'has been actioned under our policies' formula and a channel termination.",
    why="'Actioned under our policies' (a configured removal phrase) and channel terminated: both removed.",
    items={Y[3]: "removed", Y[5]: "removed"},
)

# ============ DC Inside, KCSC-240910-04 (3 items) ============

case(
    name="dc-operator-informal-numbered",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-10 19:47"),
    subject="Re: 주식 리딩방 홍보글 삭제 요청 (KCSC-240910-04)",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청하신 글 확인해서 처리했습니다.

1. {D[1]}
   삭제 완료
2. {D[2]}
   이미 삭제된 글입니다 (작성자 삭제)
3. {D[3]}
   삭제 완료, 작성자 IP 차단 조치

수고하세요.""",
    outcome="applied",
    classification="confirmation",
    imitates="Brief DC Inside operator reply: numbered URLs with the result on the line below.",
    why="Deleted, already deleted by its author (not_found), deleted: each named.",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
)

case(
    name="dc-gongmun-result-table",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date=d("2024-09-12 14:00"),
    subject="[디시인사이드] 시정요구 조치결과 회신 (KCSC-240910-04)",
    body=f"""수신  방송통신심의위원회
제목  시정요구에 따른 조치결과 회신

1. 귀 기관의 시정요구(요청번호 KCSC-240910-04, 2024. 9. 10.)와 관련입니다.
2. 당사는 요청된 게시물 3건을 검토하여 아래와 같이 조치하였습니다.

   번호  갤러리      URL                                                                  조치 내용
   1     주식        {D[1]}      삭제
   2     코인잡담    {D[2]}  삭제
   3     코인잡담    {D[3]}  조치하지 않음(개인 시세 의견으로 판단)

3. 번호 3은 특정 종목에 대한 개인 의견 게시글로, 유료 리딩방 홍보나 허위 정보가
   포함되어 있지 않아 게시를 유지하였습니다.

(주)디시인사이드 대표이사 (직인 생략)""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 공문 with a whitespace-aligned result table.",
    why="Two rows 삭제 (removed); the third is a refusal with a reason (rejected).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

wrapped3 = D[3].replace("&no=", "&\n   no=")
case(
    name="dc-wrapped-angle-url",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date=d("2024-09-11 11:16"),
    subject="[디시인사이드 고객센터] 문의 답변 - KCSC-240910-04",
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

코인잡담 마이너 갤러리 게시물 2건은 갤러리 운영 규정 위반으로 아래와 같이 삭제되었습니다.

  <{D[2]}>
  <{wrapped3}>

주식 갤러리 게시물은 담당자 확인 후 회신드리겠습니다.

디시인사이드 고객센터""",
    outcome="applied",
    classification="confirmation",
    imitates="Help-desk answer with angle-bracketed URLs, one wrapped inside its brackets by the mail client (RFC 3986 appendix C).",
    why="A statement covering two named URLs (one wrapped inside <>): both removed; the third item is only promised.",
    items={D[2]: "removed", D[3]: "removed", D[1]: "pending"},
)

# ============ BAND, KCSC-240911-05 (2 items) ============

case(
    name="band-report-result-list",
    **{"from": "noreply@band.us"},
    name_from="BAND 고객센터",
    date=d("2024-09-12 10:05"),
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240911-05)",
    body=f"""안녕하세요, BAND 고객센터입니다.

신고하신 게시글 2건에 대한 처리 결과를 안내드립니다.

■ {B[1]}
  운영정책(불법 도박 홍보) 위반으로 게시글을 삭제하였습니다.

■ {B[2]}
  밴드 리더가 이미 게시글을 삭제하여 확인할 수 없습니다.

건강한 BAND를 만들기 위한 협조에 감사드립니다.
BAND 운영정책 https://band.us/policy/operation""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER BAND customer-centre report outcome mail with ■ bullets.",
    why="First post deleted; second already deleted by the band leader, so not_found. The policy link is not an item.",
    items={B[1]: "removed", B[2]: "not_found"},
)

band_html = f"""<html><body>
<p>안녕하세요. BAND 운영팀입니다.</p>
<p>요청번호 KCSC-240911-05 처리 결과입니다.</p>
<table border="1" cellpadding="5">
<thead><tr><th>게시글</th><th>결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{B[1]}</td><td>비공개 처리</td><td>도박 사이트 홍보 확인</td></tr>
<tr><td>{B[2]}</td><td>유지</td><td>밴드 내 공지 글로 도박 관련 내용 없음</td></tr>
</tbody></table>
<p>BAND 운영팀 드림</p>
</body></html>"""
case(
    name="band-html-table-kept",
    **{"from": "ops@band.us"},
    name_from="BAND 운영팀",
    date=d("2024-09-13 15:30"),
    subject="Re: [KCSC-240911-05] 밴드 게시글 시정요구",
    reply_to_req="req-240911-05",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="band-alt-113"

--band-alt-113
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. BAND 운영팀입니다.
요청번호 KCSC-240911-05 처리 결과입니다.

{B[1]}  비공개 처리  (도박 사이트 홍보 확인)
{B[2]}  유지  (밴드 내 공지 글로 도박 관련 내용 없음)

BAND 운영팀 드림

--band-alt-113
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(band_html)}
--band-alt-113--
""",
    outcome="applied",
    classification="confirmation",
    imitates="multipart/alternative BAND reply: plain text and base64 HTML table of 결과 and 사유.",
    why="비공개 처리 = removed; 유지 with a reason (no gambling content) = rejected.",
    items={B[1]: "removed", B[2]: "rejected"},
)

# ============ review ============

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-03 10:20"),
    subject="Re: [시정요구] KCSC-240902-01 진행 상황",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 게시물은 담당 부서에서 검토 중이며,
검토가 끝나는 대로 순차적으로 삭제될 예정입니다.

{N[1]}
{N[2]}
{N[3]}

처리 기한(9. 9.) 내에 조치결과를 공문으로 회신드리겠습니다.

정책지원팀 드림""",
    outcome="review",
    review="not_understood",
    imitates="Interim progress note from a portal policy team (검토 중, 삭제될 예정).",
    why="Only a promise ('will be deleted in turn') about named items: nothing stated, items stay pending.",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="yt-hedge-appears-deleted",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-06 08:55"),
    subject="[YouTube] 요청 관련 문의 - KCSC-240905-03",
    body=f"""안녕하세요.

요청하신 콘텐츠 중 {Y[3]} 은 저희 쪽에서 확인했을 때
이미 업로더가 삭제한 것으로 보입니다. 다만 시스템상 최종 확인이 끝나지 않았습니다.

{Y[1]} 에 대해서는 관련 부서에서 확인 중입니다.

확인이 끝나면 다시 안내드리겠습니다.
YouTube 법무팀""",
    outcome="review",
    review="not_understood",
    imitates="YouTube interim reply with a hedge ('보입니다', not finally confirmed) and an 'under review' line.",
    why="'Appears to have been deleted' with no final confirmation is a hedge; the other item is under review: nothing to apply.",
    items={Y[3]: "pending", Y[1]: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=d("2024-09-04 17:35"),
    subject="KCSC-240903-02 관련 진행 안내",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

{K[3]} 게시글에 대해 블로그 운영자에게 소명 기회를 부여하였습니다.
9월 11일까지 소명이 없거나 소명이 타당하지 않을 경우 해당 글은 삭제됩니다.

결과는 기한 이후 다시 알려드리겠습니다.""",
    outcome="review",
    review="not_understood",
    imitates="Tistory notice that the blogger was given a chance to explain, with a conditional deletion.",
    why="Deletion is conditional on the blogger not answering by a date: no statement, item stays pending.",
    items={K[3]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-08 11:00"),
    subject="[회신] KCSC-240902-01 조치 완료",
    reply_to_req="req-240902-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 게시물 12건 전체에 대하여 게시중단 조치를 완료하였음을
알려드립니다.

감사합니다.""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="One-line portal 조치 완료 for a whole 시정요구 without listing the URLs.",
    why="'All 12 taken down' without naming each item, for a 12-item request: bulk review, items pending.",
    items={u: "pending" for u in N.values()},
)

case(
    name="kakao-bulk-four-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d("2024-09-05 16:10"),
    subject="RE: KCSC-240903-02 개인정보 노출 게시물",
    reply_to_req="req-240903-02",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

신고해 주신 다음 카페 및 티스토리 게시물 4건은 모두 삭제 처리되었습니다.
협조해 주셔서 감사합니다.""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="Kakao one-sentence bulk confirmation ('4건 모두 삭제').",
    why="A statement about all four items of a 4-item request without naming each: bulk review.",
    items={u: "pending" for u in K.values()},
)

case(
    name="naver-auth-fail-lookalike",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date=d("2024-09-03 08:02"),
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""방송통신심의위원회 담당자님께

아래 게시물은 삭제 조치되었습니다.

{N[1]}
{N[2]}

네이버 정책지원팀""",
    outcome="review",
    review="untrusted",
    imitates="Apparently NAVER mail whose DKIM/SPF/DMARC fail at our border.",
    why="From a NAVER domain but failing authentication: statements are held for review, items pending.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="unknown-sender-blog-owner",
    **{"from": "greenleaf.mom@mail.haneulnet.example"},
    name_from="김초록",
    auth="none",
    date=d("2024-09-13 22:48"),
    subject="Re: [KCSC-240912-06] 명예훼손 게시물 시정요구",
    reply_to_req="req-240912-06",
    body=f"""안녕하세요. 네이버에서 안내 받고 연락드립니다.
제 블로그 글 {N1} 은 제가 오늘 직접 삭제했습니다.
더 이상 문제 삼지 말아 주셨으면 합니다.

김초록 드림""",
    outcome="review",
    review="unknown_sender",
    imitates="A blogger writing back from a personal mailbox after being notified by the portal.",
    why="Not a platform domain: the blogger's own claim of deletion needs a person; item pending.",
    items={N1: "pending"},
)

case(
    name="navercorp-states-band-posts",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-12 13:25"),
    subject="KCSC-240911-05 밴드 게시글 조치 결과",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 건도 함께 확인하여 회신드립니다.

{B[1]} - 삭제
{B[2]} - 삭제

참고 부탁드립니다.""",
    outcome="review",
    review="wrong_platform",
    imitates="Group policy team answering for a sister service (BAND) from the parent company's domain.",
    why="The items belong to the 'band' platform (band.us) and the statement comes from the 'naver' domain: wrong_platform, pending.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-asks-official-letter",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date=d("2024-09-11 10:05"),
    subject="Re: KCSC-240910-04 관련 확인 요청",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

요청하신 아래 게시물에 대한 조치를 위해 시정요구 의결서 사본과
각 게시물별 위반 근거 조항을 보내주시기 바랍니다.

- {D[1]}
- {D[2]}
- {D[3]}

자료를 받는 대로 검토를 진행하겠습니다.""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Platform legal team asking for the decision copy and legal grounds before acting.",
    why="Asks for documents before acting; nothing is stated about the items.",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-10 09:00"),
    subject="[안내] 시정요구 회신 담당 부서 변경 안내",
    body="""방송통신심의위원회 담당자님께

10월 1일부터 시정요구 및 삭제 요청에 대한 회신 업무가 정책지원팀에서
신뢰·안전센터로 이관됩니다.

변경 후 회신 메일 주소: trust-center@navercorp.com
기존 주소로 보내주신 요청도 당분간 자동으로 전달됩니다.

감사합니다.
네이버 정책지원팀""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="Portal notice about a change of the contact team, sent to cooperating agencies.",
    why="Trusted NAVER mail naming no item and no request: no_claims.",
    items={},
)

case(
    name="yt-forwarded-internal-note",
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo (서민지)",
    date=d("2024-09-08 12:12"),
    subject="Fwd: KCSC-240905-03 처리 현황",
    body=f"""참고하시라고 본사 담당팀 메일 전달드립니다.

---------- Forwarded message ---------
보낸사람: YouTube Trust & Safety <yt-ts-escalations@google.com>
Date: 2024년 9월 7일 (토) 오후 11:02
Subject: KCSC-240905-03 처리 현황
To: Minji Seo <minji.seo@google.com>

Minji,

{Y[1]} - geo-restricted in KR
{Y[2]} - removed (CG violation)

Thanks,
YT T&S""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Google Korea staff forwarding an internal Trust & Safety note ('---------- Forwarded message ---------').",
    why="The statuses are in a forwarded internal note, not stated by the sender in her own words: review forwarded.",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-typo-url-unmatched",
    **{"from": "blog-ops@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=d("2024-09-05 18:20"),
    subject="Re: KCSC-240902-01 블로그 게시물",
    reply_to_req="req-240902-01",
    body="""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물 중 아래 게시물을 삭제하였습니다.

https://blog.naver.com/moonlit_brook77/223561204499

감사합니다.""",
    outcome="review",
    review="unmatched_claims",
    imitates="Blog-operations reply whose only URL differs from the requested ones (last digits mistyped).",
    why="The deleted post is not one of the requested URLs (…204499 vs …204411): nothing to apply, a person must check.",
    items={},
)

# ============ ignored ============

case(
    name="naver-out-of-office",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    date=d("2024-09-02 10:01"),
    subject="[자동회신] 부재 중입니다: [시정요구] 불법 도박 광고 게시물 (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박서연입니다.
9월 2일(월)부터 9월 4일(수)까지 휴가로 부재 중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신] 부재 중입니다).",
    why="Auto-reply to the request: ignored.",
    items={},
)

dsn_req = f"""From: =?UTF-8?B?{base64.b64encode('방송통신심의위원회'.encode()).decode()}?= <takedown@kcsc.example>
To: right@kakaocorp.com
Subject: [KCSC-240903-02] personal data exposure
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 3 Sep 2024 11:30:00 +0900"""
case(
    name="dsn-bounce-kakao-old-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date=d("2024-09-03 11:31"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b113-kakao"

--dsn-b113-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-b113-kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 11:30:01 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b113-kakao
Content-Type: text/rfc822-headers

{dsn_req}

--dsn-b113-kakao--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for a request sent to a stale Kakao address.",
    why="Delivery failure report: ignored.",
    items={},
)

case(
    name="daum-read-receipt",
    **{"from": "minseo.lee@kakaocorp.com"},
    name_from="이민서",
    date=d("2024-09-03 13:02"),
    subject="읽음: [KCSC-240903-02] 개인정보 노출 게시물 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b113"

--mdn-b113
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 이민서
제목: [KCSC-240903-02] 개인정보 노출 게시물 시정요구
보낸 날짜: 2024-09-03 오전 11:30

2024-09-03 오후 1:02에 읽었습니다.

--mdn-b113
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; minseo.lee@kakaocorp.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b113--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음: …, message/disposition-notification).",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "noreply-help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-12 16:02"),
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다.",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-1216-0042
 - 문의 제목: [KCSC-240912-06] 명예훼손 게시물 시정요구
 - 접수 일시: 2024-09-12 16:02

답변은 순차적으로 진행되며, 영업일 기준 1~3일 정도 소요될 수 있습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre automatic ticket receipt (접수번호, 발신 전용).",
    why="Pure receipt: a ticket number and an expected answer time, nothing about the item.",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-05 09:41"),
    subject="[YouTube] 신고가 접수되었습니다 [8-3421000032118]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

YouTube에 법적 요청을 보내주셔서 감사합니다. 요청이 접수되었으며
참조 번호는 8-3421000032118입니다. (귀하의 참조: KCSC-240905-03)

검토를 위해 추가 정보가 필요한 경우 이 주소로 연락드리겠습니다.
이 메일에 회신하지 마세요.

YouTube 법무팀""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-removals automatic receipt with a reference number.",
    why="Pure acknowledgement with a ticket number: ignored.",
    items={},
)

case(
    name="dc-out-of-office-informal",
    **{"from": "jh.choi@dcinside.com"},
    name_from="최정훈",
    date=d("2024-09-10 14:02"),
    subject="자동응답: Re: 주식 리딩방 홍보글 삭제 요청 (KCSC-240910-04)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""지금 외근 중이라 메일 확인이 늦을 수 있습니다.
9/11(수) 오후에 복귀해서 확인하겠습니다.
급한 건은 help@dcinside.com 으로 보내주세요.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Informal Korean 자동응답 from a DC Inside employee.",
    why="Auto-reply: ignored.",
    items={},
)

HEADER = """# Blind set 113 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside and BAND replies. Written by tests/corpus/blind113/make.py from
# each email's meaning, before any run of the reader. See NOTES.md.
"""

def encode_headers(c):
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind113", HEADER, cases)
    n = len(cases)
    from collections import Counter
    print(n, dict(Counter(c["outcome"] for c in cases)))
