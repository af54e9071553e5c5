#!/usr/bin/env python3
"""Blind set 599 (Korean portals and communities): writes requests.csv,
cases/*.eml and expected.toml.

    python3 tests/corpus/blind599/make.py

Every email is fictional and written in our own sentences, in the manner of
what NAVER, Kakao (Daum, Tistory), YouTube Korea, DC Inside and BAND send
back to a regulator: 공문-style 조치결과 replies, 임시조치 notices,
시정요구 result tables, informal operator replies, receipts, bounces, read
receipts and out-of-office replies. The expected results were written from
each email's meaning alone, before the reader was ever run on this set.
Deterministic: running it twice gives the same bytes.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def pct(url):
    """Percent-encode the non-ASCII part of a URL (as stored in requests.csv)."""
    return quote(url, safe="/:?=&-_.~%#")


# ---------------------------------------------------------------- requests
# ref, platform, sent_at, due_at, category, note, [urls]
N = {
    1: "https://blog.naver.com/goldstep_lab/223571104881",
    2: "https://blog.naver.com/goldstep_lab/223571109932",
    3: "https://blog.naver.com/sunny_invest9/223569812004",
    4: "https://cafe.naver.com/stockleaders88/51207",
    5: "https://cafe.naver.com/stockleaders88/51233",
    6: "https://cafe.naver.com/stockleaders88/51298",
    7: "https://cafe.naver.com/coinbay2024/8812",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=61200873",
    9: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=471882301",
    10: "https://blog.naver.com/dohyun_money/223575550126",
    11: "https://cafe.naver.com/coinbay2024/8840",
    12: "https://m.blog.naver.com/sunny_invest9/223570001187",
}
K3_RAW = "https://lucky-bet-guide.tistory.com/entry/토토-가입코드-안내"
K = {
    1: "https://cafe.daum.net/toto_gwangjang/Pz3a/1187",
    2: "https://cafe.daum.net/toto_gwangjang/Pz3a/1190",
    3: pct(K3_RAW),
    4: "https://lucky-bet-guide.tistory.com/42",
}
Y = {
    1: "https://www.youtube.com/watch?v=qT7mZk2LwXs",
    2: "https://www.youtube.com/watch?v=Hb3nR0pVd8e",
    3: "https://www.youtube.com/shorts/J5kVw9aQ1tU",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120334",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=hanriver_fishing&no=77215",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=hanriver_fishing&no=77240",
    5: "https://m.dcinside.com/board/hanriver_fishing/77302",
}
B = {
    1: "https://band.us/band/81234567/post/1042",
    2: "https://band.us/band/81234567/post/1057",
}
P = {1: "https://cafe.daum.net/cheap_pills_kr/Hq7d/503"}
M = {
    1: "https://blog.naver.com/nightview_22/223580014552",
    2: "https://cafe.naver.com/photo_sharing77/3321",
    3: "https://blog.naver.com/nightview_22/223580019981",
}

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
REQUESTS = [
    (R1, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "불법 금융투자 리딩방 홍보", "NAVER 블로그·카페·포스트·지식iN, 유사투자자문 \"VIP 리딩방\" 홍보", N),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "불법 도박", "Daum 카페 \"토토광장\", 티스토리 가입코드 안내 글", K),
    (R3, "youtube", "2024-09-04T14:10:00+09:00", "2024-09-11T23:59:59+09:00",
     "불법 의약품 판매", "동영상 2건, 쇼츠 1건", Y),
    (R4, "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "개인정보 노출", "주식 갤러리, 한강낚시 마이너 갤러리", D),
    (R5, "band", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "불법 대부 광고", "BAND 81234567, 게시글 2건", B),
    (R6, "kakao", "2024-09-09T10:05:00+09:00", "2024-09-16T23:59:59+09:00",
     "불법 의약품 판매", "Daum 카페 게시글 1건", P),
    (R7, "naver", "2024-09-10T15:45:00+09:00", "2024-09-17T23:59:59+09:00",
     "음란물", "블로그 2건, 카페 1건", M),
]


def req_mid(ref):
    return "req." + ref.lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def h(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.strip("\n").encode("utf-8") + b"\n"
    return base64.encodebytes(data).decode("ascii")


def single(text, ctype="plain", cte="quoted-printable"):
    enc = qp(text) if cte == "quoted-printable" else b64(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc}")


def alternative(plain, html, boundary, cte="quoted-printable"):
    enc = qp if cte == "quoted-printable" else b64
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(plain)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(html)}\n"
            f"--{boundary}--\n")


def request_text(ref, urls, raw=None):
    """Our own request as platforms quote it back."""
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (요청번호 {ref})",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {(raw or {}).get(k, urls[k])}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


OOO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= NAVER, R1 (12 items)
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(5, 17, 42), subject=h(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=req_mid(R1),
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 통신심의국장
참조  불법정보 삭제요청 담당자
제목  시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구({R1})와 관련하여, 당사
   서비스 내 게시물에 대한 조치결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL                                                        | 조치결과    | 비고
-----+------------------------------------------------------------+-------------+------------------------------
 1   | {N[1]}           | 삭제        |
 2   | {N[2]}           | 삭제        |
 3   | {N[3]}           | 게시물 없음 | 작성자 자진 삭제(9. 1.)
 4   | {N[4]}                | 게시중단    |
 5   | {N[5]}                | 삭제        |
 6   | {N[6]}                | 임시조치    | 30일, 게시자 이의제기 시 재검토
 7   | {N[7]}                    | 삭제        |
 8   | {N[8]} | 조치 불가   | 위반 사항 확인되지 않음(일반 경제 칼럼)
 9   | {N[9]} | 삭제 |
10   | {N[10]}           | 삭제        |
11   | {N[11]}                    | 게시물 없음 | 존재하지 않는 게시물 번호
12   | {N[12]}         | 삭제        |

3. 조치결과와 관련하여 문의사항이 있으시면 정책지원팀(policy@navercorp.com)으로
   연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 (수신/참조/제목, 1. 2. 아래) with a 시정요구 조치결과 table",
    why="A 공문 reply tabulating each requested URL with 삭제/게시중단/임시조치/게시물 없음/조치 불가.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed",
           N[5]: "removed", N[6]: "restricted", N[7]: "removed", N[8]: "rejected",
           N[9]: "removed", N[10]: "removed", N[11]: "not_found", N[12]: "removed"},
)

_html_rows = [
    (N[1], "블라인드", "운영정책 위반(불법 투자 권유)"),
    (N[2], "삭제", "운영정책 위반(불법 투자 권유)"),
    (N[3], "게시물 없음", "요청 시점에 존재하지 않는 글"),
    (N[4], "임시조치(30일)", "정보통신망법 제44조의2"),
    (N[5], "조치하지 않음", "투자 일반 후기로 위반 사항 없음"),
]
_html = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{s}</td><td>{r}</td></tr>"
    for i, (u, s, r) in enumerate(_html_rows, 1))
_plain = "\n".join(f"{i}. {u}\n   조치: {s} / 사유: {r}" for i, (u, s, r) in enumerate(_html_rows, 1))
case(
    name="naver-html-table-qp",
    **{"from": "noreply-safety@navercorp.com"}, name_from=h("NAVER 신고센터"),
    date=date(4, 11, 5), subject=h(f"[NAVER] 게시물 조치 결과 안내 ({R1} 1~5번)"),
    raw_mime=alternative(
        f"""안녕하세요. NAVER 신고센터입니다.

방송통신심의위원회에서 요청하신 게시물({R1}) 중 1~5번에 대한 처리 결과입니다.

{_plain}

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.
이의가 있으신 경우 https://help.naver.com/service/30001/contents/22188 을 참고해 주세요.
""",
        f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R1}) 중 1~5번에 대한 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>사유</th></tr>
{_html}
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">이의가 있으신 경우 <a href="https://help.naver.com/service/30001/contents/22188">고객센터 도움말</a>을 참고해 주세요.</p>
</body></html>""", "----=_NvBoundary_7731_0904"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 HTML result notice with a per-URL table (quoted-printable)",
    why="Each of items 1-5 has its own row: 블라인드/삭제 removed, 게시물 없음 not_found, 임시조치 restricted, 조치하지 않음 rejected; the help link is not an item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted", N[5]: "rejected"},
)

_csv = "\ufeff번호,URL,조치결과,조치일시,비고\n" + "\n".join([
    f"6,{N[6]},삭제,2024-09-06 10:12,",
    f"7,{N[7]},삭제,2024-09-06 10:14,",
    f"9,{N[9]},조치불가,,\"투자 관련 일반 질문, 위반 아님\"",
    f"10,{N[10]},임시조치,2024-09-06 10:20,30일",
    f"11,{N[11]},게시물 없음,,작성자 삭제",
    f"12,{N[12]},삭제,2024-09-06 10:25,",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(6, 14, 30), subject=h(f"RE: [방송통신심의위원회] 시정요구 {R1} 조치결과 송부"),
    reply_to_req=req_mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_20240906_883"

------=_Part_20240906_883
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 정책지원팀 김도현입니다.

요청하신 {R1} 건 가운데 나머지 게시물의 조치결과를 첨부 파일로 송부드립니다.
(1~5번, 8번은 앞서 회신드린 바와 같습니다.)

감사합니다.
김도현 드림''')}
------=_Part_20240906_883
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv.encode('utf-8'))}
------=_Part_20240906_883--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal policy team reply sending its 조치결과 as an Excel-exported UTF-8 CSV",
    why="The CSV lists each remaining URL with 삭제/임시조치/조치불가/게시물 없음; the body only says the results are attached.",
    items={N[6]: "removed", N[7]: "removed", N[9]: "rejected", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-cafe-informal-particles",
    **{"from": "seoyun.park@navercorp.com"}, name_from=h("박서윤"),
    date=date(4, 16, 8), subject=h("카페 게시글 건 확인 결과"),
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당 박서윤입니다.

오전에 말씀하신 건 확인했습니다.
{N[7]}는 운영자 삭제 처리했고요, {N[11]}은 확인해 보니 작성자가 이미 글을 지운 상태라 따로 조치할 게 없었습니다.

stockleaders88 카페 글들은 다른 담당자가 보고 있어서 그쪽에서 따로 회신 드릴 거예요.

박서윤 드림
네이버 카페 운영지원
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations staff member",
    why="8812 deleted by the operator (removed); 8840 already deleted by its author (not_found); URLs glued to Korean particles.",
    items={N[7]: "removed", N[11]: "not_found"},
)

case(
    name="naver-fullwidth-punct",
    **{"from": "blog_policy@navercorp.com"}, name_from=h("네이버 블로그팀"),
    date=date(5, 10, 21), subject=h(f"회신: {R1} 블로그 게시물 처리 결과"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 블로그팀입니다.

요청하신 블로그 게시물의 처리 결과를 알려드립니다.

① {N[1]}　：삭제 완료
② {N[2]}　：삭제 완료
③ {N[10]}，임시조치（30일）

블로그 운영정책은 https://blog.naver.com/blogpeople/223000000001 에서 확인하실 수 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply with circled numbers and full-width punctuation",
    why="Two blog posts deleted, the third under 임시조치; full-width colon/comma follow the URLs; the policy link is not an item.",
    items={N[1]: "removed", N[2]: "removed", N[10]: "restricted"},
)

case(
    name="naver-imsijochi-notice",
    **{"from": "inoti_noreply@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
    date=date(6, 9, 2), subject=h("[네이버] 게시중단(임시조치) 결과 안내"),
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

신청번호 : 2409-0612-33
요청 참조 : {R1}
신청인 : 방송통신심의위원회

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치하였습니다.

대상 게시물
 - {N[4]}
 - {N[5]}

임시조치 기간 : 2024.09.06 ~ 2024.10.05
게시자가 기간 내 재게시를 요청하지 않으면 게시물은 기간 만료 후 삭제됩니다.

※ 본 메일은 발신 전용입니다. 문의는 https://inoti.naver.com 을 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 (inoti) 임시조치 result notice",
    why="Two cafe posts put under a 30-day 임시조치: restricted (the later deletion is only conditional).",
    items={N[4]: "restricted", N[5]: "restricted"},
)

case(
    name="naver-qp-prose",
    **{"from": "jiyoung.han@navercorp.com"}, name_from=h("한지영"),
    date=date(9, 13, 55), subject=h(f"Re: 시정요구 {R1} 관련 카페·지식iN 게시물"),
    reply_to_req=req_mid(R1),
    raw_mime=single(f"""위원회 담당자님께,

말씀하신 카페 게시글 {N[6]} 과 {N[7]} 는 유사투자자문 미신고 영업 홍보에 해당하여 두 건 모두 삭제하였습니다.

다만 지식iN 질문 {N[9]} 은(는) 특정 종목에 대한 일반적인 질문으로 판단되어 삭제하지 않았습니다. 질문 본문에 리딩방 연락처나 가입 유도 문구가 없다는 점을 고려하였습니다.

한지영
네이버 정책지원팀
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff prose reply, quoted-printable UTF-8",
    why="Two named cafe posts deleted (each named), the 지식iN question refused with a reason.",
    items={N[6]: "removed", N[7]: "removed", N[9]: "rejected"},
)

case(
    name="naver-echoed-report",
    **{"from": "helpdesk@help.naver.com"}, name_from=h("네이버 고객센터"),
    date=date(5, 15, 11), subject=h("[네이버 고객센터] 문의하신 내용에 대한 답변입니다."),
    body=f"""
네이버 고객센터입니다.
문의하신 내용에 대한 답변을 보내드립니다.

접수번호 : 2409-118877

──────────────── 문의 내용 ────────────────
서비스 : 네이버 포스트
게시물 URL : {N[8]}
신고 사유 : 불법 금융투자 리딩방 홍보 (방송통신심의위원회 {R1})
────────────────────────────────────────

[답변]
안녕하세요. 네이버 고객센터입니다.
문의가 접수되어 담당 부서에서 검토하였습니다.
신고해 주신 포스트는 운영정책(불법 금융 정보) 위반이 확인되어 게시중단하였습니다.

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry answer echoing the submitted report form",
    why="The answer says the reported post (the one echoed in the form) was 게시중단; the receipt wording does not make it a mere acknowledgement.",
    items={N[8]: "removed"},
)

# ================================================================= NAVER, R7 (3 items)
case(
    name="naver-r7-blind-bullets",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(11, 18, 3), subject=h(f"Re: [{R7}] 음란 게시물 시정요구"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R7} 건 조치 결과입니다.

• {M[1]} — 블라인드 처리
• {M[2]} — 게시글 비공개 처리 (카페 활동 정지 병행)
• {M[3]} — 블라인드 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team bulleted result list (블라인드, 비공개 처리)",
    why="Each URL has its own bullet: 블라인드 and 비공개 처리 are removals.",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed"},
)

case(
    name="naver-r7-adult-restricted",
    **{"from": "cafe_policy@navercorp.com"}, name_from=h("네이버 카페팀"),
    date=date(12, 11, 40), subject=h(f"카페 게시물 조치 안내 ({R7})"),
    body=f"""
안녕하세요. 네이버 카페팀입니다.

요청번호 {R7} 중 카페·블로그 게시물에 대한 조치 내용입니다.

{M[2]}
  → 성인 인증을 거친 이용자만 볼 수 있도록 연령 제한(청소년 열람 제한)을 적용했습니다.

{M[3]}
  → 해당 게시물은 존재하지 않습니다. 게시자가 비공개 전환 후 삭제한 것으로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team notice with the URL above its result line",
    why="One post age-restricted (restricted), the other no longer exists, deleted by its author (not_found).",
    items={M[2]: "restricted", M[3]: "not_found"},
)

# ================================================================= Kakao, R2 (4 items) and R6 (1 item)
case(
    name="kakao-imsijochi-gongmun",
    **{"from": "policy@kakaocorp.com"}, name_from=h("카카오 정책지원팀"),
    date=date(6, 17, 15), subject=h(f"[카카오] 시정요구({R2}) 조치결과 통보"),
    reply_to_req=req_mid(R2),
    body=f"""
주식회사 카카오

수신 : 방송통신심의위원회
제목 : 시정요구({R2}) 조치결과 통보

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구({R2})와 관련하여 당사는 아래와 같이 조치하였음을 알려드립니다.

  가. Daum 카페 게시물(2건) : 정보통신망법 제44조의2에 따른 임시조치(30일)
     - {K[1]}
     - {K[2]}
  나. 티스토리 게시글(1건) : 삭제
     - {K3_RAW}
  다. 티스토리 게시글(1건) : 조치 불가
     - {K[4]}
     - 사유 : 해당 글은 도박 관련 언론 기사를 인용한 것으로, 도박 사이트 홍보나
       가입 유도 내용이 확인되지 않았습니다.

3. 기타 문의사항은 정책지원팀으로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 조치결과 통보 with 가./나./다. headings and URLs listed below each heading",
    why="Heading-then-URL layout: two 임시조치 (restricted), one 삭제 (removed, raw Korean path), one 조치 불가 with reason (rejected).",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-tistory-url-next-line",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from=h("티스토리 고객센터"),
    date=date(5, 13, 27), subject=h("[티스토리] 신고하신 게시글 처리 결과 안내"),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.
신고해 주신 게시글을 확인하였습니다.

아래 게시글은 티스토리 운영정책(불법 도박 홍보)에 따라 삭제되었습니다.
{K[3]}
{K[4]}

또한 해당 블로그(lucky-bet-guide)는 운영정책 위반 누적으로 이용이 제한되었습니다.
운영정책 : https://www.tistory.com/policy/operation

티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory customer centre result notice, statement line with the URLs on the lines below",
    why="Both Tistory posts named under 'were deleted'; the blog-level restriction and policy link are not items.",
    items={K[3]: "removed", K[4]: "removed"},
)

_k_rows = [
    (K[1], "삭제"), (K[2], "삭제"), (K3_RAW, "존재하지 않는 게시글"), (K[4], "비공개 처리"),
]
_k_html = "\n".join(
    f"<tr><td style=\"padding:6px\"><a href=\"{pct(u)}\">{u}</a></td><td style=\"padding:6px\">{s}</td></tr>"
    for u, s in _k_rows)
case(
    name="kakao-base64-html-table",
    **{"from": "cs_noreply@daum.net"}, name_from=h("Daum 고객센터"),
    date=date(9, 10, 44), subject=h(f"[Daum] 게시물 신고 처리 결과 ({R2})"),
    raw_mime=single(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="width:600px;margin:0 auto;font-size:14px;color:#222">
<h2 style="font-size:18px">게시물 신고 처리 결과</h2>
<p>안녕하세요. Daum 고객센터입니다.<br>방송통신심의위원회에서 요청하신 게시물({R2})의 처리 결과를 안내드립니다.</p>
<table style="border-collapse:collapse;border:1px solid #ddd">
<tr><th style="padding:6px">게시물</th><th style="padding:6px">처리 결과</th></tr>
{_k_html}
</table>
<p style="font-size:12px;color:#999">본 메일은 발신전용입니다. 문의는 <a href="https://cs.daum.net/">Daum 고객센터</a>를 이용해 주세요.</p>
</div></body></html>""", ctype="html", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 HTML result mail (base64 body) with a two-column table",
    why="Table rows: 삭제 x2 removed, 존재하지 않는 게시글 not_found, 비공개 처리 removed.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "removed"},
)

case(
    name="kakao-single-item-no-url",
    **{"from": "cafe_cs@daum.net"}, name_from=h("Daum 카페 고객센터"),
    date=date(10, 15, 2), subject=h(f"Re: [{R6}] 불법 의약품 판매 게시물 삭제 요청"),
    reply_to_req=req_mid(R6),
    body="""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 게시물은 확인 결과 운영정책 위반(의약품 불법 판매)에 해당하여 삭제 조치를 완료하였습니다.
작성자에게는 운영정책에 따라 이용 제한이 함께 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer centre short reply in the request's thread",
    why="A one-item request; the reply in its thread says the requested post was deleted, unhedged.",
    items={P[1]: "removed"},
)

case(
    name="kakao-angle-bracket-rejected",
    **{"from": "policy@kakaocorp.com"}, name_from=h("카카오 정책지원팀"),
    date=date(11, 9, 31), subject=h(f"[카카오] {R6} 검토 결과"),
    body=f"""
안녕하세요, 카카오 정책지원팀입니다.

<{P[1]}>에 대하여 검토한 결과를 알려드립니다.

해당 게시글은 일반의약품 복용 후기를 공유하는 글로, 판매·구매 알선이나 연락처 게시 등
판매 행위가 확인되지 않아 삭제 요청을 수용하지 않기로 하였습니다.
추가 자료가 있으시면 회신 주시면 다시 검토하겠습니다.

감사합니다.
카카오 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team refusal with the URL in angle brackets followed by a Korean particle",
    why="A refusal with its reason: the post stays up (rejected); the offer to look again at new evidence does not hedge the decision.",
    items={P[1]: "rejected"},
)

# ================================================================= YouTube, R3 (3 items)
case(
    name="yt-kr-geo-restriction-bilingual",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=date(6, 8, 12), subject=h(f"Re: [{R3}] 법적 요청 검토 결과 / Outcome of your legal request"),
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for your notice ({R3}). After review, we have restricted the following
content from view in South Korea on the basis of local law:

- {Y[1]}
- {Y[2]}

We did not take action on the following content, because it does not violate our
Community Guidelines and the information provided does not establish that it is
unlawful in Korea:

- {Y[3]}

안녕하세요,

요청({R3})을 검토한 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국에서 볼 수 없도록
제한했습니다.

- {Y[1]}
- {Y[2]}

아래 콘텐츠는 커뮤니티 가이드를 위반하지 않으며 제공된 정보만으로는 대한민국 법률상
위법하다고 판단할 수 없어 조치하지 않았습니다.

- {Y[3]}

Regards,
The YouTube Legal Support Team
https://support.google.com/youtube/answer/6154230
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome (local-law country block), English then Korean",
    why="Two videos restricted in Korea, the short not actioned because it breaks no rule (rejected); both languages agree.",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-korean-removed-and-gone",
    **{"from": "youtube-legal-kr@google.com"}, name_from=h("YouTube 법무지원팀"),
    date=date(9, 11, 18), subject=h(f"[{R3}] YouTube 콘텐츠 검토 결과"),
    body=f"""
안녕하세요.

YouTube에 제출하신 요청을 검토한 결과를 알려드립니다.

검토 결과 아래 콘텐츠는 YouTube 커뮤니티 가이드(판매 규제 상품) 위반으로 삭제되었습니다.
{Y[3]}

아래 동영상은 검토 시점에 이미 업로더가 삭제하여 처리할 콘텐츠가 없었습니다.
{Y[1]}

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome notice",
    why="The short removed for a guidelines violation; the video already deleted by its uploader (not_found).",
    items={Y[3]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal",
    date=date(10, 2, 47), subject=f"[{R3}] Your YouTube legal request",
    body=f"""
Hi there,

Thanks for reaching out to YouTube.

The content at {Y[2]} has been actioned under our policies.

We consider this part of your request closed. You can learn more about how we handle
legal requests at https://support.google.com/legal/answer/3110420.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team 'has been actioned under our policies' template",
    why="The configured YouTube phrase for removal, naming one video.",
    items={Y[2]: "removed"},
)

_yt_req = request_text(R3, Y)
case(
    name="yt-gmail-top-post",
    **{"from": "minji.oh@google.com"}, name_from=h("오민지"),
    date=date(5, 19, 3), subject=h(f"Re: [{R3}] 불법 의약품 판매 동영상 시정요구"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요, 구글코리아 YouTube 정책팀 오민지입니다.

요청하신 동영상 중 {Y[1]} 는 대한민국에서 시청할 수 없도록 국가별 차단 조치하였습니다.
나머지 2건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
오민지 드림

2024년 9월 4일 (수) 오후 2:10, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{quoted(_yt_req)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a Google Korea policy staff member over the quoted request",
    why="One video country-blocked in Korea (restricted); the other two are only promised and appear otherwise only in the quoted request.",
    items={Y[1]: "restricted", Y[2]: "pending", Y[3]: "pending"},
)

# ================================================================= DC Inside, R4 (5 items)
case(
    name="dc-operator-numbered",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=date(6, 12, 5), subject=h(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청 주신 게시물 처리 결과 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 삭제 완료 (작성자 IP 차단 병행)
4. {D[4]} - 이미 삭제된 게시물
5. {D[5]} - 게시물 내 개인정보(성명·연락처)가 확인되지 않아 삭제하지 않음

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team numbered reply",
    why="Each URL has its own line: three deletions, one already deleted (not_found), one refused with a reason (rejected).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

case(
    name="dc-url-status-below",
    **{"from": "gallery_admin@dcinside.com"}, name_from=h("디시인사이드 갤러리 관리"),
    date=date(7, 10, 36), subject=h("한강낚시 갤러리 게시물 처리"),
    body=f"""
위원회 담당자님 안녕하세요.
한강낚시 마이너 갤러리 관련 요청 건 처리했습니다.

{D[3]}
→ 삭제

{D[4]}
→ 삭제

{D[5]}
→ 해당 번호의 글이 존재하지 않습니다

수고하세요.
디시인사이드 갤러리 관리 담당
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside gallery staff informal reply, bare URL with the result on the line below",
    why="Result lines under each bare URL: two deleted, one does not exist (not_found).",
    items={D[3]: "removed", D[4]: "removed", D[5]: "not_found"},
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=date(9, 17, 50), subject=h(f"[디시인사이드] {R4} 주식 갤러리 게시물 검토 결과"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 <https://gall.dcinside.com/board/view/?id=stock_new2&
no=9120334>은 실명과 휴대전화 번호가 포함되어 있어 삭제 처리되었습니다.

<{D[2]}>은 주식 갤러리 이용자 간의
일반적인 토론 글로 개인정보가 포함되어 있지 않아 삭제 대상이 아닙니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply, hard-wrapped plain text with URLs in angle brackets",
    why="The first URL is wrapped inside its angle brackets (deleted: removed); the second post is refused as breaking no rule (rejected).",
    items={D[1]: "removed", D[2]: "rejected"},
)

_dc_req = request_text(R4, D)
case(
    name="dc-outlook-original-message",
    **{"from": "hj.lee@dcinside.com"}, name_from=h("이현준"),
    date=date(5, 18, 22), subject=h(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 디시인사이드 이현준입니다.

9120871번 글({D[2]}) 삭제 완료했습니다.
나머지 글들은 갤러리 매니저 확인 중이라 결과 나오면 다시 연락드리겠습니다.

이현준 / 디시인사이드 운영팀

-----Original Message-----
From: "KCSC 불법정보 삭제요청" <takedown@kcsc.example>
To: <report@dcinside.com>
Sent: 2024-09-05 (목) 09:40:12
Subject: [{R4}] 개인정보 노출 게시물 삭제 요청

{_dc_req}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply over '-----Original Message-----' and the unquoted request",
    why="Only 9120871 is stated deleted; the other four appear only in the request below the Original Message line and are still being checked.",
    items={D[2]: "removed", D[1]: "pending", D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

# ================================================================= BAND, R5 (2 items)
case(
    name="band-list-deleted",
    **{"from": "noreply@band.us"}, name_from=h("BAND 운영정책팀"),
    date=date(9, 14, 8), subject=h("[BAND] 신고하신 게시글 처리 결과"),
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

방송통신심의위원회에서 신고하신 게시글 2건에 대해 운영정책 위반(불법 대부 광고)이
확인되어 아래 게시글을 삭제하였습니다.

- {B[1]}
- {B[2]}

해당 밴드(밴드 번호 81234567)는 추가로 신규 가입과 게시글 작성이 제한되었습니다.

BAND 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team result notice listing the deleted posts",
    why="The deletion statement is followed by the two URLs, each named; the band-level restriction names no item.",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="band-removed-and-gone",
    **{"from": "cs@band.us"}, name_from=h("BAND 고객센터"),
    date=date(10, 11, 26), subject=h(f"Re: [{R5}] 불법 대부 광고 게시글"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, BAND 고객센터입니다.

{B[1]} 게시글은 삭제했습니다.
{B[2]} 게시글은 작성자가 먼저 삭제한 글로 확인되어 별도 조치가 필요하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer centre short reply, one line per URL",
    why="One post deleted (removed); the other had already been deleted by its author (not_found).",
    items={B[1]: "removed", B[2]: "not_found"},
)

# ================================================================= review
case(
    name="naver-promise-will-remove",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(3, 16, 12), subject=h(f"Re: [{R1}] 시정요구 관련 중간 회신"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 가운데 {N[1]} , {N[2]} 에 대해서는
내부 검토를 거쳐 9월 9일까지 삭제 조치할 예정입니다.
나머지 게시물도 순차적으로 검토하여 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Korean portal 중간 회신 (interim reply) promising action by a date",
    why="'삭제 조치할 예정' is a promise, not a statement: items stay pending and the named URLs need a person.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(6, 10, 0), subject=h(f"[네이버] 시정요구({R1}) 조치 완료 회신"),
    reply_to_req=req_mid(R1),
    body=f"""
네이버 주식회사

수신 : 방송통신심의위원회
제목 : 시정요구({R1}) 조치 완료 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구({R1}, 2024. 9. 2.)에 따라 요청하신 게시물 12건 전부에 대하여
   삭제 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER 공문 one-line '조치 완료' reply without a per-item list",
    why="'12건 전부 삭제' speaks for all items of a 12-item request without naming any: bulk, items stay pending.",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-asks-documents",
    **{"from": "legal@navercorp.com"}, name_from=h("네이버 법무실"),
    date=date(4, 14, 20), subject=h(f"[네이버] {R1} 관련 추가 자료 요청"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 법무실입니다.

요청하신 게시물 중 {N[3]} 건은 게시자가 금융위원회에 등록된 투자자문업자라고
소명하고 있어, 위원회의 심의 의결서 사본(또는 위법성 판단 근거)을 보내주시면
검토 후 조치 여부를 결정하겠습니다.

회신은 본 메일로 주시면 됩니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal legal team asking for the 심의 의결서 before deciding",
    why="Asks for documents before deciding; no status stated.",
    items={N[3]: "pending"},
)

case(
    name="navercorp-about-band",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date=date(9, 9, 15), subject=h("밴드 게시글 삭제 결과 공유"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 담당 부서에서 전달받은 내용 공유드립니다.
{B[1]} 게시글은 불법 대부 광고로 확인되어 삭제되었다고 합니다.

BAND 관련 공식 회신은 BAND 운영정책팀에서 별도로 드릴 예정입니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER policy team relaying a result for a BAND post",
    why="A NAVER sender states the status of a BAND item (a separate platform in the config): wrong_platform.",
    items={B[1]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "cafe_cs@daum.net"}, name_from=h("Daum 카페 고객센터"),
    date=date(4, 17, 33), subject=h(f"Re: [{R2}] 도박 게시물 관련"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

{K[1]} 은 현재 접속이 되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 담당 부서에 확인한 뒤 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Daum cafe customer centre hedged first answer",
    why="'삭제된 것으로 보입니다' is a hedge, not a statement: the item stays pending.",
    items={K[1]: "pending"},
)

case(
    name="kakao-under-review",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from=h("티스토리 고객센터"),
    date=date(4, 9, 58), subject=h("[티스토리] 신고 게시글 검토 현황"),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

방송통신심의위원회에서 신고하신 아래 게시글은 현재 관련 부서에서 검토 중입니다.
  {K3_RAW}
  {K[4]}
검토 결과가 나오는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Tistory 'under review' status mail",
    why="'검토 중' is no statement: both named items stay pending.",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="daum-cafe-owner-gmail",
    **{"from": "totogwang.manager@gmail.com"}, name_from=h("토토광장 매니저"),
    date=date(5, 22, 41), subject=h("카페 글 삭제했습니다"),
    body=f"""
안녕하세요 토토광장 카페 매니저입니다.
카카오에서 연락 받고 말씀하신 글 {K[1]}, {K[2]} 두 개 다 지웠습니다.
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="a cafe owner writing from a personal Gmail account",
    why="Not a platform sender: statements about Kakao items from gmail.com are not trusted.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="band-bulk-both",
    **{"from": "cs@band.us"}, name_from=h("BAND 고객센터"),
    date=date(9, 16, 33), subject=h(f"Re: [{R5}] 불법 대부 광고 게시글"),
    reply_to_req=req_mid(R5),
    body="""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글은 모두 삭제되었습니다.
이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="BAND customer centre one-line 'all deleted' reply",
    why="'모두 삭제' for a two-item request without naming either: bulk, items stay pending.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-auth-fail",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"), auth="fail",
    date=date(6, 20, 14), subject=h(f"[디시인사이드] {R4} 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{D[1]} 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="DC Inside result reply whose DKIM/SPF/DMARC fail",
    why="Claims to be dcinside.com but fails authentication: untrusted, nothing applied.",
    items={D[1]: "pending"},
)

case(
    name="dc-conditional-delete",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=date(6, 15, 49), subject=h(f"RE: [{R4}] 개인정보 노출 게시물"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{D[3]}
위 게시물은 작성자에게 소명을 요청해 두었으며, 7일 안에 소명이 없으면 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="DC Inside reply making deletion conditional on the author's response",
    why="A conditional future deletion is no statement: pending, a person should read it.",
    items={D[3]: "pending"},
)

case(
    name="yt-trusted-flagger-update",
    **{"from": "priority-flagger-kr@google.com"}, name_from=h("YouTube 우선 신고자 프로그램"),
    date=date(12, 10, 0), subject=h("[YouTube] 우선 신고자 프로그램 3분기 안내"),
    body="""
안녕하세요, YouTube 우선 신고자 프로그램 담당팀입니다.

3분기 프로그램 운영 안내를 드립니다.
- 10월부터 신고 도구의 일괄 제출 한도가 건당 100개 URL에서 200개 URL로 늘어납니다.
- 한국어 정책 교육 세션이 10월 17일(목) 오후 2시에 온라인으로 열립니다.
  신청: https://support.google.com/youtube/answer/7554338

문의사항은 본 메일에 회신해 주세요.
감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="YouTube priority/trusted flagger programme newsletter",
    why="Trusted YouTube mail that names no item and no request: no_claims.",
    items={},
)

# ================================================================= ignored
case(
    name="naver-ooo-chuseok",
    **{"from": "jiyoung.han@navercorp.com"}, name_from=h("한지영"),
    date=date(16, 9, 1), subject=h(f"[자동응답] Re: [{R7}] 음란 게시물 시정요구"),
    reply_to_req=req_mid(R7), extra_headers=OOO,
    body="""
안녕하세요, 한지영입니다.

9월 14일(토)부터 18일(수)까지 추석 연휴로 부재중입니다.
19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내 주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Chuseok out-of-office auto-reply",
    why="An out-of-office auto-reply (Auto-Submitted: auto-replied) says nothing about items.",
    items={},
)

case(
    name="kakao-outlook-autoreply",
    **{"from": "sumin.kang@kakaocorp.com"}, name_from=h("강수민"),
    date=date(3, 11, 2), subject=h(f"자동 회신: [{R2}] 불법 도박 게시물 시정요구"),
    reply_to_req=req_mid(R2), extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sumin.kang@kakaocorp.com"],
    body="""
안녕하세요, 강수민입니다.
9월 3일부터 9월 6일까지 해외 출장으로 메일 확인이 어렵습니다.
시정요구 관련 업무는 정책지원팀(policy@kakaocorp.com)으로 문의 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange '자동 회신' business-trip auto-reply",
    why="An auto-reply, ignored whatever it says.",
    items={},
)

_dsn_orig = request_text(R2, K, raw={3: K3_RAW})
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date=date(3, 11, 1), subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B2E1C3F9A.1725328861/mx2.kakaocorp.com"
Auto-Submitted: auto-replied

--B2E1C3F9A.1725328861/mx2.kakaocorp.com
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@kakaocorp.com>: host mailstore3.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <abuse-kr@kakaocorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--B2E1C3F9A.1725328861/mx2.kakaocorp.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:00:58 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore3.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@kakaocorp.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--B2E1C3F9A.1725328861/mx2.kakaocorp.com
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@kakaocorp.com
Subject: [{R2}] =?UTF-8?B?{base64.b64encode('불법 도박 게시물 시정요구'.encode()).decode()}?=
Date: Tue, 03 Sep 2024 11:00:00 +0900
Message-ID: <{req_mid(R2)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dsn_orig)}
--B2E1C3F9A.1725328861/mx2.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with its URLs",
    why="A delivery failure; the URLs are only in our own returned request.",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending"},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=date(5, 10, 2), subject=h(f"읽음: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_0905_100211"

------=_MDN_0905_100211
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: report@dcinside.com
제목: [{R4}] 개인정보 노출 게시물 삭제 요청
보낸 날짜: 2024-09-05 (목) 09:40

이 메시지를 2024-09-05 (목) 10:02에 읽었습니다.

------=_MDN_0905_100211
Content-Type: message/disposition-notification

Reporting-UA: dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{req_mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_0905_100211--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt ('읽음:') as an MDN",
    why="A read receipt says nothing about items.",
    items={},
)

case(
    name="yt-ack-ticket",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date=date(4, 14, 16), subject=h(f"[8-1123000041772] 법적 요청 접수 확인 ({R3})"),
    body=f"""
안녕하세요.

YouTube에 법적 요청을 보내 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는
8-1123000041772입니다. 이 건에 관해 문의하실 때는 제목에 참조 번호를 그대로
유지해 주세요.

요청은 접수된 순서대로 검토되며, 검토가 끝나면 결과를 이메일로 알려드립니다.

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal request receipt with a reference number",
    why="A pure receipt: request received, reference number, review to follow.",
    items={},
)

case(
    name="band-ack",
    **{"from": "noreply@band.us"}, name_from=h("BAND 고객센터"),
    date=date(6, 16, 22), subject=h("[BAND] 문의가 접수되었습니다."),
    body=f"""
안녕하세요. BAND 고객센터입니다.

문의가 정상적으로 접수되었습니다.
  - 접수번호 : BD-20240906-004417
  - 접수유형 : 게시글 신고 (불법 광고)
  - 참조 : {R5}

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND customer centre ticket receipt",
    why="A receipt with a ticket number and a promise to answer: acknowledgement.",
    items={},
)

case(
    name="naver-ack-echoes-urls",
    **{"from": "inoti_noreply@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
    date=date(2, 10, 41), subject=h("[네이버] 게시중단 요청이 접수되었습니다."),
    body=f"""
[네이버 게시중단요청서비스] 접수 완료 안내

신청번호 : 2409-0602-17
신청인 : 방송통신심의위원회 ({R1})

아래 게시물에 대한 게시중단 요청이 접수되었습니다.
  - {N[10]}
  - {N[12]}

요청하신 내용은 담당자 검토 후 처리되며, 처리 결과는 메일로 안내됩니다.
진행 상황은 https://inoti.naver.com 에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER inoti receipt echoing the URLs of the request",
    why="Only says the 게시중단 request was received; the URLs are echoed, no status stated.",
    items={N[10]: "pending", N[12]: "pending"},
)


HEADER = """# Blind set 599 (Korean portals and communities): expected results written
# from each email's meaning alone, before the reader was run on this set.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind599", HEADER, CASES)
