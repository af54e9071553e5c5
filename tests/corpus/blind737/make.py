#!/usr/bin/env python3
"""Blind set 737 (Korean focus): NAVER, Kakao/Daum (Tistory, Brunch, Daum
cafe), YouTube Korea, DC Inside and BAND replying in Korean: 공문-style
조치결과 회신, 임시조치 notices, 시정요구 조치결과 tables, informal operator
replies, plus the auto-replies, bounces, read receipts and receipts a
regulator's mailbox gets.

    python3 tests/corpus/blind737/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning alone, before any run.
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

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/greyfox_77/223561204417",
    2: "https://blog.naver.com/greyfox_77/223561298830",
    3: "https://blog.naver.com/sunny_lab2/223548877102",
    4: "https://cafe.naver.com/jugarden/48211",
    5: "https://cafe.naver.com/jugarden/48263",
    6: "https://cafe.naver.com/bluepocket/10937",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60205&docId=471882035",
    8: "https://m.blog.naver.com/dalbit_house/223570011845",
    9: "https://blog.naver.com/dalbit_house/223570019932",
    10: "https://cafe.naver.com/bluepocket/11002",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38554102&memberNo=51234987",
    12: "https://tv.naver.com/v/58812034",
}
K1_TITLE = "중고거래-후기-모음"
K1_RAW = "https://moonlit-pine.tistory.com/entry/" + K1_TITLE
K1 = "https://moonlit-pine.tistory.com/entry/" + quote(K1_TITLE)
K = {
    1: K1,
    2: "https://cafe.daum.net/coldstream77/Kq3P/1842",
    3: "https://brunch.co.kr/@hanul-writes/57",
    4: "https://cafe.daum.net/coldstream77/Kq3P/1851",
}
K5 = "https://cafe.daum.net/silverpine/9Lm2/388"
Y = {
    1: "https://www.youtube.com/watch?v=Qm7vT2xKp9A",
    2: "https://www.youtube.com/watch?v=bR4nW8zLc0E",
    3: "https://www.youtube.com/shorts/Xy3kP0aZ7wQ",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1183425",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1183590",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=20417",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=20455",
    5: "https://gall.dcinside.com/mini/board/view/?id=pinecone&no=3321",
}
B = {
    1: "https://band.us/band/81234567/post/1045",
    2: "https://band.us/band/81234567/post/1052",
}
S1 = "https://cafe.naver.com/moonriver22/7734"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "도박 사이트 홍보 게시물 (블로그·카페·지식iN·포스트·TV)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "privacy", "개인정보 노출 게시물 (티스토리·다음카페·브런치)"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 4)], "drugs", "마약류 판매 광고 영상"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "defamation", "특정인 비방·신상 게시글"),
    ("KCSC-240910-05", "band", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [B[1], B[2]], "fraud", "투자 사기 모집 게시글"),
    ("KCSC-240911-06", "naver", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [S1], "obscenity", "음란물 링크 게시글"),
    ("KCSC-240912-07", "kakao", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [K5], "illegal_gambling", "도박 사이트 홍보 카페글"),
]


def mid(ref):
    return "kcsc-" + ref[5:].lower() + "@kcsc.example"


def irt(ref):
    return "kcsc-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ1_BODY = "\n".join(
    ["수신: 네이버㈜ 게시물 정책 담당", "제목: 불법정보 시정요구 (KCSC-240903-01)", "",
     "아래 게시물에 대하여 삭제 등 필요한 조치를 요구합니다.", ""]
    + ["%d. %s" % (i, N[i]) for i in range(1, 13)]
    + ["", "방송통신심의위원회 통신심의국"]
)

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="naver-kongmun-result-table",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="네이버 게시물정책팀",
    subject="[회신] 시정요구에 대한 조치결과 통보 (KCSC-240903-01)",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
네이버㈜
수신  방송통신심의위원회 (통신심의국장)
제목  시정요구에 대한 조치결과 통보 (귀 KCSC-240903-01 관련)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요구하신 불법정보 시정요구 건에 대한
   당사의 조치결과를 아래와 같이 통보합니다.

                          - 아  래 -

 연번 | 게시물 URL                                                              | 조치결과                 | 조치일
 -----+-------------------------------------------------------------------------+--------------------------+-----------
  1   | {N[1]}          | 삭제                     | 2024.09.04
  2   | {N[2]}          | 블라인드                 | 2024.09.04
  3   | {N[3]}          | 임시조치(30일)           | 2024.09.05
  4   | {N[4]}                   | 게시물 없음(작성자 삭제) | -
  5   | {N[5]}                   | 조치불가(위반 미확인)    | -
  6   | {N[6]}                 | 삭제                     | 2024.09.05
  7   | {N[7]} | 삭제         | 2024.09.05
  8   | {N[8]}       | 국내 접속차단            | 2024.09.06

3. 나머지 4건(연번 9~12)은 서비스 담당 부서에서 확인 중이며, 확인되는 대로
   별도로 회신드리겠습니다.
4. 연번 5의 게시물은 게시 내용이 일반 정보 공유에 해당하여 당사 운영정책 및
   관계 법령 위반 사항을 확인하지 못하였으므로 게시를 유지하고 있습니다.

붙임  조치 화면 캡처 1부.  끝.

네이버주식회사 대표이사 (직인생략)
담당: 게시물정책팀 한지원 / 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a plain-text result table",
    why="table gives each of rows 1-8 its own result; rows 9-12 only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed", N[7]: "removed", N[8]: "restricted"},
)

_html2 = f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 방송통신심의위원회 담당자님.<br>
KCSC-240903-01 시정요구 건 중 남은 게시물 4건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>서비스</th><th>URL</th><th>처리결과</th></tr>
<tr><td>9</td><td>블로그</td><td><a href="{N[9]}">{N[9]}</a></td><td>삭제 완료</td></tr>
<tr><td>10</td><td>카페</td><td><a href="{N[10]}">{N[10]}</a></td><td>존재하지 않는 게시물</td></tr>
<tr><td>11</td><td>포스트</td><td><a href="{N[11]}">{N[11].replace('&', '&amp;')}</a></td><td>비공개 처리</td></tr>
<tr><td>12</td><td>네이버TV</td><td><a href="{N[12]}">{N[12]}</a></td><td>19세 이상 연령제한 적용</td></tr>
</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 고객센터 게시중단 담당</p>
</body></html>"""
_txt2 = f"""안녕하세요, 방송통신심의위원회 담당자님.
KCSC-240903-01 시정요구 건 중 남은 게시물 4건의 처리 결과를 안내드립니다.

9  블로그  {N[9]}  삭제 완료
10 카페    {N[10]}  존재하지 않는 게시물
11 포스트  {N[11]}  비공개 처리
12 네이버TV {N[12]}  19세 이상 연령제한 적용

감사합니다.
네이버 고객센터 게시중단 담당"""
case(
    name="naver-html-table-remaining",
    date="Tue, 10 Sep 2024 11:05:44 +0900",
    **{"from": "noreply-inoti@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청 처리결과 안내 (KCSC-240903-01)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-0910"

--nv-alt-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_txt2)}
--nv-alt-0910
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html2)}
--nv-alt-0910--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML result mail with a green-header table",
    why="four rows, each with its own result: 삭제, 존재하지 않음, 비공개, 연령제한",
    items={N[9]: "removed", N[10]: "not_found", N[11]: "removed", N[12]: "restricted"},
)

case(
    name="naver-bare-url-status-below",
    date="Wed, 04 Sep 2024 15:22:03 +0900",
    **{"from": "takedown@navercorp.com"},
    name_from="NAVER 게시중단 담당",
    subject="RE: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 게시중단 담당자입니다.
KCSC-240903-01 건 중 우선 처리된 게시물 결과를 먼저 공유드립니다.

{N[1]}
→ 블라인드 처리 완료 (2024.09.04 14:10)

{N[4]}
→ 작성자가 이미 직접 삭제한 글로, 현재 존재하지 않습니다.

나머지 게시물은 처리되는 대로 다시 연락드리겠습니다.

감사합니다.
NAVER Trust & Safety / 게시중단 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator reply, bare URL with an arrowed status on the line below",
    why="blind-processed = removed; deleted by its author = not_found",
    items={N[1]: "removed", N[4]: "not_found"},
)

_csv4 = "\ufeff" + "\n".join([
    "번호,URL,서비스,조치결과,조치일시,비고",
    f"5,{N[5]},카페,게시중단,2024-09-05 10:12,운영정책 위반",
    f"6,{N[6]},카페,임시조치,2024-09-05 10:15,30일 후 삭제 예정",
    f'7,"{N[7]}",지식iN,게시물 없음,-,이미 삭제된 질문',
]) + "\n"
case(
    name="naver-csv-attachment",
    date="Thu, 05 Sep 2024 18:31:50 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="네이버 게시물정책팀",
    subject="RE: [KCSC-240903-01] 조치결과 엑셀 회신",
    reply_to_req=irt("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_0905_7731"

------=_NV_0905_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
요청하신 게시물 중 3건의 조치 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 게시물정책팀 드림

------=_NV_0905_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv4)}
------=_NV_0905_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with the result sheet attached as CSV",
    why="CSV rows: 게시중단 = removed, 임시조치 = restricted, 게시물 없음 = not_found",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "not_found"},
)

case(
    name="naver-single-item-sole",
    date="Thu, 12 Sep 2024 10:48:27 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="Re: [KCSC-240911-06] 불법정보 시정요구",
    reply_to_req=irt("KCSC-240911-06"),
    body="""
안녕하세요. 네이버 카페 운영정책 담당입니다.

보내주신 시정요구 건(KCSC-240911-06)과 관련하여, 요청하신 카페 게시글은
음란물 유포 금지 규정 위반으로 확인되어 2024년 9월 12일 오전 게시중단(삭제)
처리하였습니다. 해당 게시글 작성자에게는 카페 활동 정지 조치도 함께
적용하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy short reply for a one-item request, no URL repeated",
    why="one-item request, unhedged 게시중단(삭제) statement about 'the requested post'",
    items={S1: "removed"},
)

_qp6 = f"""
안녕하십니까, 네이버 블로그 운영팀입니다.

KCSC-240903-01 시정요구 건 관련하여 아래 2건에 대한 검토 결과를 알려드립니다.

- {N[3]}
  : 불법 도박 사이트로 연결되는 링크가 확인되어 게시물을 삭제하였습니다.

- {N[2]}
  : 검토 결과 해당 글은 스포츠 경기 결과에 대한 개인 의견으로, 도박 사이트
    홍보나 링크가 포함되어 있지 않아 운영정책 위반이 아닌 것으로 판단하였습니다.
    따라서 별도 조치 없이 게시를 유지합니다.

추가 문의 사항이 있으시면 회신 주시기 바랍니다.
네이버 블로그 운영팀
"""
case(
    name="naver-qp-removed-and-kept",
    date="Fri, 06 Sep 2024 09:12:40 +0900",
    **{"from": "blog-ops@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("RE: 시정요구 검토 결과 (KCSC-240903-01)".encode()).decode() + "?=",
    reply_to_req=irt("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp6)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply, quoted-printable body, one deletion and one refusal with its reason",
    why="N3 deleted; N2 kept because it breaks no rule (refusal with reason)",
    items={N[3]: "removed", N[2]: "rejected"},
)

case(
    name="naver-cafe-top-posted-over-quote",
    date="Mon, 09 Sep 2024 13:57:09 +0900",
    **{"from": "jw.han@navercorp.com"},
    name_from="한지원",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 쪽 담당 한지원입니다.

카페 게시글 두 건 확인했습니다.
{N[6]} 은 오늘 오전에 삭제했습니다.
{N[10]} 은 작성자가 이미 지운 글이라 저희 쪽에서도 조회가 되지 않습니다.

블로그/포스트 건은 다른 팀에서 따로 회신드릴 예정입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(REQ1_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted informal reply from a NAVER staffer over the quoted request",
    why="two own statements (삭제, author already deleted); the twelve quoted URLs say nothing",
    items={N[6]: "removed", N[10]: "not_found", N[1]: "pending", N[2]: "pending", N[11]: "pending"},
)

case(
    name="kakao-imsijochi-notice",
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 게시물 임시조치 안내 (KCSC-240905-02)",
    body=f"""
[카카오] 게시물 임시조치 안내

안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240905-02)에 따라, 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2 제4항에 근거하여 아래 게시물에 대해
임시조치(30일간 접근 제한)를 하였음을 알려드립니다.

■ 게시물 주소 : {K1_RAW}
■ 서비스      : 티스토리
■ 조치 내용   : 임시조치 (2024.09.06 ~ 2024.10.05)
■ 조치 사유   : 사생활 침해 (개인정보 노출)

게시자가 기간 내 재게시를 요청하지 않으면 임시조치 기간 종료 후 게시물은
삭제됩니다. 자세한 내용은 카카오 고객센터 도움말
(https://cs.kakao.com/helps?service=102&category=455)을 참고해 주세요.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 임시조치 안내 notice under 정보통신망법 제44조의2",
    why="임시조치 (30-day access restriction) = restricted; URL written with its raw Korean path; help link is no item",
    items={K1: "restricted"},
)

case(
    name="kakao-daum-cafe-informal",
    date="Mon, 09 Sep 2024 11:03:31 +0900",
    **{"from": "cafe_ops@daum.net"},
    name_from="다음카페 운영지원",
    subject="Re: 개인정보 노출 게시물 시정요구 KCSC-240905-02",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요 다음카페 운영지원팀입니다.

말씀하신 coldstream77 카페 글 두 개 확인해봤는데요,
{K[2]}에 대해서는 주민번호 일부가 그대로 노출돼 있어서 운영자 권한으로 삭제했고요,
{K[4]} 는 이미 작성자가 지워서 지금은 없는 글입니다.

티스토리랑 브런치 건은 각 서비스 담당자가 따로 답드릴 거예요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal Daum cafe operator reply, URL followed directly by a Korean particle",
    why="1842 deleted by the operator; 1851 already deleted by its author = not_found",
    items={K[2]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-brunch-refusal",
    date="Tue, 10 Sep 2024 14:45:18 +0900",
    **{"from": "brunch-policy@kakaocorp.com"},
    name_from="브런치 운영팀",
    subject="RE: [KCSC-240905-02] 브런치 게시글 검토 결과",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 게시글 「{K[3]}」에 대해 검토한 결과를 말씀드립니다.

해당 글은 작성자 본인의 이직 경험을 서술한 에세이로, 글에 등장하는 회사명과
직함만으로는 특정 개인을 식별할 수 없으며 연락처나 주소 등 개인정보도 포함되어
있지 않습니다. 따라서 브런치 운영정책 및 관련 법령 위반으로 보기 어려워
게시 중단 조치는 하지 않았습니다.

추가로 판단에 참고할 자료가 있으시면 알려주세요.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) policy team refusal with its reason, URL in 「」 brackets",
    why="kept up because no rule is broken = rejected",
    items={K[3]: "rejected"},
)

case(
    name="kakao-single-base64",
    date="Fri, 13 Sep 2024 16:02:55 +0900",
    **{"from": "cafe_ops@daum.net"},
    name_from="다음카페 운영지원",
    subject="Re: [KCSC-240912-07] 도박 홍보 게시글 시정요구",
    reply_to_req=irt("KCSC-240912-07"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 다음카페 운영지원팀입니다.

요청하신 다음 카페 게시글({K5})은
카페 운영원칙 제7조(불법 사행성 정보) 위반으로 확인되어 2024.09.13 삭제 조치되었습니다.
해당 카페에는 경고 조치도 함께 하였습니다.

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator reply in a base64 body, URL in parentheses followed by 은",
    why="one item, 삭제 조치되었습니다 = removed",
    items={K5: "removed"},
)

case(
    name="kakao-kongmun-numbered-fullwidth",
    date="Thu, 12 Sep 2024 17:30:00 +0900",
    **{"from": "legal-response@kakaocorp.com"},
    name_from="카카오 법무대응팀",
    subject="시정요구(KCSC-240905-02)에 대한 조치결과 회신",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
주식회사 카카오

수신: 방송통신심의위원회
참조: 통신심의국 권리침해심의팀
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회 시정요구(KCSC-240905-02)와 관련입니다.
2. 당사는 요구 대상 게시물 4건 중 아래 3건에 대하여 다음과 같이 조치하였습니다.

  가. 「{K1_RAW}」
      → 임시조치(접근 제한) 중. 30일 경과 시 삭제 예정
  나. 「{K[2]}」
      → 삭제 완료（2024.09.09）
  다. 「{K[3]}」
      → 조치하지 않음. 사유: 특정인 식별 불가, 개인정보 미포함

3. 기타 문의는 법무대응팀(☎ 02-0000-0000)으로 연락 주시기 바랍니다.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다 items and full-width brackets",
    why="가 under 임시조치 now (deletion only promised) = restricted; 나 deleted; 다 refused with reason",
    items={K1: "restricted", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="youtube-korea-legal-geoblock",
    date="Tue, 10 Sep 2024 08:14:36 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject="[YouTube] 시정요구 처리 결과 안내 - KCSC-240906-03",
    reply_to_req=irt("KCSC-240906-03"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 요청하신 KCSC-240906-03 건에 대하여 YouTube의 검토 결과를
알려드립니다.

1. {Y[1]}
   해당 동영상은 YouTube 커뮤니티 가이드를 위반하지는 않으나, 대한민국 법률에
   따른 요청을 검토한 결과 대한민국 내에서 해당 콘텐츠에 대한 접근을 차단하였습니다.

2. {Y[2]}
   해당 동영상은 규제 상품 판매에 관한 YouTube 정책 위반으로 삭제되었습니다.

세 번째 콘텐츠에 대해서는 검토가 완료되는 대로 별도로 안내드리겠습니다.

YouTube 법무팀 드림
Google LLC | 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local (KR) block vs global removal",
    why="Y1 blocked in Korea only = restricted; Y2 removed for policy violation; third only promised",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="youtube-age-restricted",
    date="Thu, 12 Sep 2024 02:41:10 +0900",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="YouTube 신고 검토 결과 / Review outcome",
    reply_to_req=irt("KCSC-240906-03"),
    body=f"""
안녕하세요,

신고하신 다음 콘텐츠를 검토했습니다.

콘텐츠: {Y[3]}
결과: 연령 제한 적용 (만 18세 미만 및 로그아웃 사용자는 시청할 수 없음)

이 콘텐츠는 삭제 기준에는 해당하지 않지만 일부 시청자에게 부적절할 수 있어
연령 제한을 적용했습니다. 정책에 대한 자세한 내용은
https://support.google.com/youtube/answer/2802167 에서 확인하실 수 있습니다.

---
We reviewed the content you reported. An age restriction has been applied to
{Y[3]}.

© 2024 Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email (Korean/English) announcing an age restriction",
    why="age restriction = restricted; support link is no item",
    items={Y[3]: "restricted"},
)

_yt_html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"></head>
<body style="font-family:Roboto,Arial,sans-serif">
<div style="max-width:600px">
<img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/2x/youtube_logo_light.png" alt="YouTube" width="90">
<h3>신고해 주셔서 감사합니다</h3>
<p>KCSC-240906-03 건에서 신고하신 콘텐츠에 대한 조치 결과입니다.</p>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a><br>
<b>조치:</b> 커뮤니티 가이드 위반으로 동영상이 삭제되었습니다.</li>
<li><a href="{Y[3]}">{Y[3]}</a><br>
<b>조치:</b> 해당 링크로는 동영상을 찾을 수 없습니다. 올바른 주소인지 확인해 주세요.</li>
</ul>
<p style="color:#606060;font-size:12px">이 메일은 YouTube 신고 처리 시스템에서 발송되었습니다.
<a href="https://www.youtube.com/reportingdashboard">신고 기록</a></p>
</div></body></html>"""
case(
    name="youtube-html-only-results",
    date="Mon, 16 Sep 2024 07:30:22 +0900",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="신고하신 콘텐츠의 처리 결과",
    type="html",
    body=_yt_html,
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML-only report outcome with a bulleted list of links",
    why="Y1 removed; Y3 link leads to no video = not_found; dashboard link is no item",
    items={Y[1]: "removed", Y[3]: "not_found"},
)

case(
    name="youtube-outlook-quoted-request",
    date="Wed, 11 Sep 2024 19:05:51 +0900",
    **{"from": "sujin.park@google.com"},
    name_from="Sujin Park",
    subject="RE: 마약류 판매 광고 영상 시정요구 (KCSC-240906-03)",
    reply_to_req=irt("KCSC-240906-03"),
    body=f"""
담당자님 안녕하세요,

{Y[2]} 영상은 오늘 삭제 조치 완료되었습니다.
나머지 2건은 아직 내부 검토 중이라 결과 나오면 바로 공유드리겠습니다.

박수진 드림
YouTube Trust & Safety (Korea)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:30 AM
To: legal-kr@google.com
Subject: 마약류 판매 광고 영상 시정요구 (KCSC-240906-03)

아래 영상 3건에 대하여 삭제 등 필요한 조치를 요구합니다.

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-quoted reply from a YouTube Korea T&S staffer",
    why="Y2 removed; the other two are under review and only appear in the quoted request",
    items={Y[2]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="dc-operator-informal-bullets",
    date="Tue, 10 Sep 2024 20:18:44 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240909-04] 게시물 시정요구",
    reply_to_req=irt("KCSC-240909-04"),
    body=f"""
디시인사이드 운영팀입니다.

요청 주신 건 중 주식 갤러리 글 처리 결과입니다.

- {D[1]} : 삭제 처리
- {D[2]} : 삭제 처리 (작성자 IP 7일 차단 병행)
- {D[3]} : 이미 삭제된 글입니다 (작성자 본인 삭제)

나머지는 마이너/미니 갤러리 매니저 확인 후 말씀드리겠습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply with a bulleted URL : result list",
    why="two deletions, one already deleted by its author = not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

_dc_html = f"""<html><body>
<p>안녕하세요. 디시인사이드 고객센터입니다.<br>
시정요구(KCSC-240909-04) 관련 마이너·미니 갤러리 게시물 처리 결과를 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물</th><th>결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>{D[4].replace('&', '&amp;')}</td><td>삭제</td><td>갤러리 매니저 삭제 후 운영팀 영구 삭제</td></tr>
<tr><td>{D[5].replace('&', '&amp;')}</td><td>미조치</td><td>게시물 내용에 특정인을 지칭하거나 비방하는 표현이 없어 삭제 사유에 해당하지 않음</td></tr>
</tbody></table>
<p>디시인사이드 고객센터</p>
</body></html>"""
case(
    name="dc-html-table-minor-gallery",
    date="Thu, 12 Sep 2024 15:09:02 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240909-04)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc_b1_0912"

--dc_b1_0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dc_html}
--dc_b1_0912--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre HTML table, URLs as text cells",
    why="D4 deleted; D5 not actioned because no defamation found = rejected",
    items={D[4]: "removed", D[5]: "rejected"},
)

case(
    name="dc-numbered-arrows",
    date="Wed, 11 Sep 2024 10:27:36 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="RE: 특정인 비방 게시글 시정요구 KCSC-240909-04",
    reply_to_req=irt("KCSC-240909-04"),
    body=f"""
신고센터입니다. 검토 결과 회신드립니다.

1) {D[3]}
   → 삭제 및 작성자 차단 완료
2) {D[2]}
   → 삭제 불가 (사유: 언론 보도 내용을 인용한 글로, 허위사실이나 비방 목적이
      확인되지 않음)

참고로 갤러리 이용 규칙은 https://gall.dcinside.com/notice 에서 보실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre reply, numbered items with an arrow result under each",
    why="D3 deleted; D2 refused with its reason = rejected; notice page is no item",
    items={D[3]: "removed", D[2]: "rejected"},
)

case(
    name="band-safety-reply",
    date="Thu, 12 Sep 2024 13:40:19 +0900",
    **{"from": "safety@band.us"},
    name_from="BAND 운영팀",
    subject="[BAND] 신고 처리 결과 안내 (KCSC-240910-05)",
    reply_to_req=irt("KCSC-240910-05"),
    body=f"""
안녕하세요, BAND 운영팀입니다.

요청하신 게시글에 대한 처리 결과를 안내드립니다.

▶ {B[1]}
   투자 사기 모집 글로 확인되어 게시글을 삭제하였으며, 작성 멤버는 밴드에서
   이용이 제한되었습니다.

▶ {B[2]}
   해당 게시글은 작성자가 이미 삭제하여 확인할 수 없습니다.

건강한 BAND 이용 환경을 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations team report-result mail with ▶ bullets",
    why="B1 deleted (member restriction is about the account, not the post); B2 already deleted by author",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="naver-receipt-plus-immediate-action",
    date="Tue, 03 Sep 2024 16:12:08 +0900",
    **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단 요청 서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (접수번호 NV-2409-55821)",
    body=f"""
게시중단 요청이 정상적으로 접수되었습니다.

접수번호: NV-2409-55821
요청기관: 방송통신심의위원회 (KCSC-240903-01)
접수일시: 2024-09-03 10:02

긴급 처리 대상으로 분류된 아래 게시물은 접수 즉시 게시중단되었습니다.
  {N[8]}

아래 게시물은 담당자 검토 후 결과를 안내드리겠습니다.
  {N[9]}

진행 상황은 게시중단 요청 서비스(https://inoti.naver.com/inoti/main.nhn)에서
접수번호로 조회하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 receipt that also reports an immediate takedown",
    why="receipt wording, but N8 stated 게시중단되었습니다 = removed; N9 only promised",
    items={N[8]: "removed", N[9]: "pending"},
)

case(
    name="naver-url-next-line-angle",
    date="Fri, 06 Sep 2024 11:36:45 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="RE: 불법정보 시정요구 (KCSC-240903-01) 카페·블로그 일부 회신",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요.

다음 게시물은 정보통신망법에 따른 임시조치(30일)를 적용하였습니다:

    {N[5]}

다음 게시물은 검토 결과 도박 사이트 홍보 내용이 확인되지 않아 조치하지
않았습니다. 해당 글은 경기 일정 안내에 불과합니다.
<{N[3]}>

네이버 카페 운영정책 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with each URL on the line below its statement, one in angle brackets",
    why="N5 임시조치 = restricted; N3 not actioned because no violation = rejected",
    items={N[5]: "restricted", N[3]: "rejected"},
)

_qp21 = f"""
안녕하세요. 네이버 포스트/TV 담당입니다.

요청하신 게시물 2건은 모두 불법 도박 사이트 홍보물로 확인되어 아래와 같이 조치했습니다.

1. 네이버 포스트 {N[11]} - 게시중단(삭제)
2. 네이버TV {N[12]} - 영상 삭제 및 채널 업로드 제한

감사합니다.
"""
case(
    name="naver-qp-soft-wrapped-urls",
    date="Mon, 09 Sep 2024 17:48:13 +0900",
    **{"from": "post-tv@navercorp.com"},
    name_from="네이버 포스트/TV",
    subject="RE: KCSC-240903-01 포스트, TV 조치 결과",
    reply_to_req=irt("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp21)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER post/TV reply in quoted-printable, long URL split by soft line breaks",
    why="both named one by one with their action: 게시중단(삭제), 영상 삭제",
    items={N[11]: "removed", N[12]: "removed"},
)

case(
    name="naver-echoed-report-form",
    date="Wed, 11 Sep 2024 09:55:00 +0900",
    **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단 요청 서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (접수번호 NV-2409-55821)",
    body=f"""
게시중단 요청에 대한 처리 결과를 안내드립니다.

[요청 내용]
 - 접수번호 : NV-2409-55821
 - 요청기관 : 방송통신심의위원회 (KCSC-240903-01)
 - 신고 URL : {N[9]}
 - 신고 사유: 불법 도박 사이트 홍보

[처리 결과]
 - 결과     : 블라인드 처리
 - 처리일시 : 2024-09-11 09:40
 - 안내     : 블라인드 처리된 게시물은 작성자 외에는 볼 수 없으며, 작성자는
              30일 이내에 재게시를 요청할 수 있습니다.

네이버 게시중단 요청 서비스
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER inoti result mail echoing the report form ([요청 내용] / [처리 결과])",
    why="echoed report names N9; its result block says 블라인드 = removed",
    items={N[9]: "removed"},
)

case(
    name="naver-global-english",
    date="Wed, 11 Sep 2024 22:16:37 +0900",
    **{"from": "global-trust@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 - outcome for two items",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

Following up on KCSC-240903-01 (불법정보 시정요구), here is the outcome for two
of the items handled by our global team:

* {N[12]} -- access to this video is now restricted for users in Korea
  (국내 접속 차단).
* {N[7]} -- this question does not exist on 지식iN; it was removed by its
  author before we received your request.

Kind regards,
NAVER Trust & Safety (Global)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER global T&S reply in English with Korean glosses",
    why="N12 restricted in Korea; N7 does not exist / removed by author = not_found",
    items={N[12]: "restricted", N[7]: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 09:20:11 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="네이버 게시물정책팀",
    subject="RE: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 게시물정책팀입니다.

보내주신 시정요구 잘 받았습니다. 그중
{N[1]}
{N[2]}
두 건은 내부 검토를 거쳐 이번 주 중으로 순차적으로 조치될 예정입니다.
조치가 끝나면 결과를 공문으로 정리하여 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER policy team holding reply promising action 'this week'",
    why="only a promise (조치될 예정) about named items: nothing stated",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    **{"from": "cafe_ops@daum.net"},
    name_from="다음카페 운영지원",
    subject="Re: KCSC-240905-02 문의",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요 다음카페 운영지원팀입니다.

{K[2]} 글은 지금 접속해 보면 열리지 않는 걸로 봐서 이미 삭제된 것으로
보입니다. 다만 카페 운영자 쪽에서 비공개로 돌린 것인지, 작성자가 지운 것인지는
저희 쪽에서 아직 정확히 확인이 안 돼서, 확인되면 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="informal Daum cafe reply hedging ('삭제된 것으로 보입니다')",
    why="hedge (appears to be deleted, not yet confirmed) is no statement",
    items={K[2]: "pending"},
)

case(
    name="youtube-under-review",
    date="Mon, 09 Sep 2024 10:31:29 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject="[YouTube] KCSC-240906-03 진행 상황 안내",
    reply_to_req=irt("KCSC-240906-03"),
    body=f"""
안녕하세요,

KCSC-240906-03 건으로 요청하신 아래 콘텐츠는 현재 YouTube 정책 및 현지 법률에
따라 검토가 진행 중입니다.

{Y[2]}

검토에는 영업일 기준 3~5일이 소요될 수 있으며, 결과가 나오는 대로 안내드리겠습니다.

YouTube 법무팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'still under review' status update in Korean",
    why="under review is no status; names a requested item",
    items={Y[2]: "pending"},
)

case(
    name="naver-conditional-on-evidence",
    date="Mon, 09 Sep 2024 16:05:45 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="RE: KCSC-240903-01 카페 게시물 관련",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요.

{N[5]} 게시물의 경우 게시글만으로는 불법 도박 사이트인지
판단하기 어려워, 연결된 사이트가 불법 사행 사이트라는 심의 결정문을 보내주시면
확인 후 게시중단하겠습니다. 자료가 오기 전까지는 게시 상태를 유지합니다.

네이버 카페 운영정책 담당
""",
    outcome="review", review="not_understood",
    imitates="NAVER cafe reply making the takedown conditional on a decision document",
    why="conditional promise; 'kept until the document arrives' is a holding state, not a refusal on the merits",
    items={N[5]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    date="Wed, 11 Sep 2024 18:22:10 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240909-04] 게시물 시정요구",
    reply_to_req=irt("KCSC-240909-04"),
    body="""
디시인사이드 운영팀입니다.

요청하신 게시물 5건 모두 확인 후 삭제 처리했습니다.
이후 같은 내용이 다시 올라오면 바로 삭제될 수 있도록 금칙어도 등록해 두었습니다.

수고하세요.
""",
    outcome="review", review="bulk",
    imitates="short DC Inside operator reply covering the whole request in one sentence",
    why="'all five deleted' without naming them, for a five-item request",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="band-bulk-all-removed",
    date="Wed, 11 Sep 2024 12:00:03 +0900",
    **{"from": "safety@band.us"},
    name_from="BAND 운영팀",
    subject="[BAND] 신고 처리 완료 (KCSC-240910-05)",
    reply_to_req=irt("KCSC-240910-05"),
    body="""
안녕하세요, BAND 운영팀입니다.

KCSC-240910-05 건으로 신고해 주신 게시글은 모두 운영정책 위반으로 확인되어
삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND report-complete notice covering all reported posts at once",
    why="two-item request, 'all reported posts deleted' without naming each",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-dmarc-fail",
    auth="fail",
    date="Sat, 07 Sep 2024 03:14:59 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="네이버 게시물정책팀",
    subject="[회신] 시정요구 조치 완료 (KCSC-240903-01)",
    body=f"""
방송통신심의위원회 귀중

KCSC-240903-01 건 관련 아래 게시물을 삭제하였습니다.

1. {N[1]} - 삭제
2. {N[2]} - 삭제
3. {N[3]} - 삭제

조치 확인서는 아래 링크에서 내려받으실 수 있습니다.
https://naver-policy-docs.example/download?id=55821

네이버 게시물정책팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 조치 완료 mail failing DMARC (spoofed, with an odd download link)",
    why="platform domain but authentication fails",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    date="Tue, 10 Sep 2024 14:02:33 +0900",
    **{"from": "kim.lawyer@hanbit-law.example"},
    name_from="법무법인 한빛 김도윤 변호사",
    subject="KCSC-240903-01 관련 게시물 삭제 사실 통지",
    body=f"""
방송통신심의위원회 담당자님께,

저희 법무법인은 아래 네이버 카페 게시물 작성자의 대리인입니다.
의뢰인은 귀 위원회의 시정요구(KCSC-240903-01) 사실을 알게 되어 2024. 9. 9.
아래 게시물을 자진 삭제하였음을 알려드립니다.

{N[4]}
{N[5]}

향후 의뢰인에 대한 조치 시 이 점을 참작하여 주시기 바랍니다.

법무법인 한빛 변호사 김도윤 드림
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a poster's lawyer saying the posts were deleted",
    why="sender is no platform; statements about NAVER items cannot be applied",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-about-band-posts",
    date="Fri, 13 Sep 2024 11:11:41 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="네이버 게시물정책팀",
    subject="RE: KCSC-240910-05 밴드 게시글",
    body=f"""
안녕하세요, 네이버 게시물정책팀입니다.

BAND 쪽 요청 건(KCSC-240910-05)도 계열사 협조로 저희가 확인해 드립니다.

{B[1]} - 삭제됨
{B[2]} - 작성자 삭제로 존재하지 않음

참고 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER staff answering for a sister service's (BAND) posts",
    why="statuses for BAND items from a NAVER domain, not BAND's own sender",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    **{"from": "legal-response@kakaocorp.com"},
    name_from="카카오 법무대응팀",
    subject="[안내] 유관기관 요청 접수 창구 변경 안내",
    body="""
유관기관 담당자님께,

안녕하세요. 카카오 법무대응팀입니다.

2024년 10월 1일부터 유관기관의 게시물 시정요구 및 자료 요청 접수 창구가
기존 이메일에서 카카오 유관기관 전용 포털로 변경됩니다.

 - 변경 일자: 2024년 10월 1일(화)
 - 신규 접수처: https://agency.kakao.com (기관 계정 발급 필요)
 - 기존 메일 주소는 2024년 12월 31일까지 병행 운영

기관 계정 발급은 공문으로 요청해 주시기 바랍니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice to agencies about a new reporting portal",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-for-documents",
    date="Tue, 10 Sep 2024 11:44:06 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="RE: 특정인 비방 게시글 시정요구 KCSC-240909-04 - 추가 자료 요청",
    reply_to_req=irt("KCSC-240909-04"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 건 중 {D[4]} 및
{D[5]} 는 마이너·미니 갤러리 게시물로,
명예훼손 여부 판단을 위해 피해 당사자가 특정되는 심의 의결서 사본이 필요합니다.

의결서 사본(또는 피해자 특정 자료)을 이 메일로 회신해 주시면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside report centre asking for the decision document before acting",
    why="asks the regulator for documents; nothing stated about the items",
    items={D[4]: "pending", D[5]: "pending"},
)

case(
    name="naver-predates-request",
    date="Mon, 02 Sep 2024 16:20:00 +0900",
    **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단 요청 서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (접수번호 NV-2408-50177)",
    body=f"""
게시중단 요청에 대한 처리 결과를 안내드립니다.

 - 접수번호 : NV-2408-50177
 - 요청자   : 방송통신심의위원회 (8월 30일 사전 협조 요청)
 - 신고 URL : {N[1]}
 - 결과     : 블라인드 처리 (2024-09-02 15:55)

네이버 게시중단 요청 서비스
""",
    outcome="review", review="predates_request",
    imitates="NAVER inoti result mail dated the day before our formal request",
    why="email Date (2 Sep) is before KCSC-240903-01 was sent (3 Sep)",
    items={N[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    **{"from": "jw.han@navercorp.com"},
    name_from="한지원",
    subject="[부재중] Re: 불법정보 시정요구 (KCSC-240903-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "Precedence: auto_reply"],
    body="""
안녕하세요, 한지원입니다.

9월 2일(월)부터 9월 6일(금)까지 하계휴가로 부재중입니다.
긴급한 게시물 조치 요청은 게시물정책팀 공용 메일(policy-kr@navercorp.com)로
보내주시면 담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (하계휴가 부재중)",
    why="auto-reply; says nothing about items",
    items={},
)

_orig_dc = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: 특정인 비방 게시글 시정요구 KCSC-240909-04
Date: Mon, 09 Sep 2024 14:00:00 +0900
Message-ID: <kcsc-240909-04@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대하여 삭제 등 필요한 조치를 요구합니다.
{D[1]}
{D[2]}
{D[3]}
{D[4]}
{D[5]}
"""
case(
    name="dc-dsn-bounce",
    date="Mon, 09 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.0909.mx2"

--DSN.0909.mx2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mx2.dcinside.com[192.0.2.41] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--DSN.0909.mx2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 14:00:05 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address rejected: User unknown

--DSN.0909.mx2
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig_dc}
--DSN.0909.mx2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (user unknown), original attached",
    why="bounce; the URLs are only in our own returned request",
    items={D[1]: "pending", D[3]: "pending"},
)

case(
    name="kakao-mdn-read-receipt",
    date="Thu, 05 Sep 2024 13:27:50 +0900",
    **{"from": "minseo.lee@kakaocorp.com"},
    name_from="이민서",
    subject="읽음: 개인정보 노출 게시물 시정요구 (KCSC-240905-02)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0905-kakao"

--mdn-0905-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일: 개인정보 노출 게시물 시정요구 (KCSC-240905-02)
받는 사람: 이민서 <minseo.lee@kakaocorp.com>
읽은 시간: 2024년 9월 5일 목요일 오후 1:27

이 메일은 수신자가 메일을 열었음을 알리는 확인 메일입니다. 메일 내용을 읽었거나
이해했다는 의미는 아닙니다.

--mdn-0905-kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822;minseo.lee@kakaocorp.com
Original-Message-ID: <kcsc-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0905-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="naver-ticket-receipt",
    date="Wed, 11 Sep 2024 15:01:12 +0900",
    **{"from": "helpdesk@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2024091100731)",
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

 - 접수번호 : 2024091100731
 - 문의 제목: [KCSC-240911-06] 불법정보 시정요구
 - 접수일시 : 2024-09-11 15:00

담당자가 확인 후 순차적으로 답변드릴 예정입니다. 문의량에 따라 답변이 다소
늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="youtube-case-ack",
    date="Fri, 06 Sep 2024 09:31:05 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject="[8-2194000038817] 요청이 접수되었습니다 / We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요,

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었으며 사례 번호는
8-2194000038817 입니다. 이 번호는 추가 문의 시 제목에 포함해 주세요.

Thank you for contacting YouTube. Your request has been received and assigned
case number 8-2194000038817. Please keep this number in the subject line of any
further correspondence.

- YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal case-number auto-acknowledgement (Korean/English)",
    why="pure acknowledgement",
    items={},
)

case(
    name="kakao-out-of-office",
    date="Thu, 12 Sep 2024 09:00:30 +0900",
    **{"from": "minseo.lee@kakaocorp.com"},
    name_from="이민서",
    subject="자동 회신: [KCSC-240912-07] 도박 홍보 게시글 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
추석 연휴(9/13~9/18) 기간 동안 메일 확인이 어렵습니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
급한 건은 legal-response@kakaocorp.com 으로 연락 바랍니다.

I am out of office for the Chuseok holidays (Sep 13-18) and will reply from Sep 19.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao staffer's Chuseok out-of-office auto-reply (Korean/English)",
    why="auto-reply",
    items={},
)

case(
    name="band-ack-echo",
    date="Tue, 10 Sep 2024 10:31:02 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND 고객센터",
    subject="[BAND] 문의 접수 완료 안내",
    body=f"""
안녕하세요. BAND 고객센터입니다.
고객님의 문의가 아래와 같이 접수되었습니다.

-------------------------------------------
문의 유형 : 신고 > 불법 정보
문의 번호 : BD-20240910-0392
문의 내용 :
  [KCSC-240910-05] 투자 사기 모집 게시글 시정요구
  {B[1]}
  {B[2]}
-------------------------------------------

영업일 기준 3일 이내에 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk receipt echoing the submitted inquiry",
    why="acknowledgement; the URLs are our own echoed inquiry, no statement",
    items={B[1]: "pending", B[2]: "pending"},
)


HEADER = """# blind737: Korean-focus blind set (NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Generated by make.py; expected results written from each email's meaning before any run.
"""

def encode_headers(c):
    """RFC 2047-encode non-ASCII display names and subjects, as Korean mailers do."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind737", HEADER, CASES)
    print("%d cases" % len(CASES))
