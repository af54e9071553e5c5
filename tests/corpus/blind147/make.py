#!/usr/bin/env python3
"""Blind set 147: Korean portals and community sites (NAVER, Daum/Kakao and
Tistory, DC Inside, SOOP, FM Korea, Clien, Inven), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind147/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_ledger7/223551200481"
N2 = "https://blog.naver.com/moonlit_ledger7/223551207715"
N3 = "https://blog.naver.com/pinecove_deals/223549981032"
N4 = "https://cafe.naver.com/quietstockroom/88412"
N5 = "https://cafe.naver.com/quietstockroom/88517"
N6 = "https://cafe.naver.com/harborcoinclub/15023"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=472210931"
N8 = "https://blog.naver.com/greyotter_kr/223560014477"
N9 = "https://cafe.naver.com/harborcoinclub/15101"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120557&memberNo=61230984"
N11 = "https://tv.naver.com/v/58120334"
N12 = "https://blog.naver.com/pinecove_deals/223552040019"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D3_SLUG = "주식-리딩방-무료-초대"
D1 = "https://cafe.daum.net/lowtidefan/Z7qP/1884"
D2 = "https://cafe.daum.net/lowtidefan/Z7qP/1901"
D3 = "https://saltwind-notes.tistory.com/entry/" + quote(D3_SLUG)
D3_RAW = "https://saltwind-notes.tistory.com/entry/" + D3_SLUG
D4 = "https://saltwind-notes.tistory.com/212"
DAUM = [D1, D2, D3, D4]

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931204"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931877"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=402117"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=402530"
C5 = "https://gall.dcinside.com/mini/board/view/?id=nightmarket&no=7712"
DC = [C1, C2, C3, C4, C5]

S1 = "https://vod.sooplive.co.kr/player/131554207"
S2 = "https://ch.sooplive.co.kr/bluefinch22/post/88410321"
SOOP = [S1, S2]

F1 = "https://www.fmkorea.com/7291044118"
F2 = "https://www.fmkorea.com/7291230655"
F3 = "https://www.fmkorea.com/7293001842"
FMK = [F1, F2, F3]

L1 = "https://www.clien.net/service/board/park/18840215"
CLIEN = [L1]

I1 = "https://www.inven.co.kr/board/lostark/4821/102394"
I2 = "https://www.inven.co.kr/board/maple/5974/3310287"
I3 = "https://www.inven.co.kr/board/lostark/4821/102577"
INVEN = [I1, I2, I3]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", NAVER,
     "illegal_finance", "stock-tip rooms and coin pump posts across Blog, Cafe, KnowledgeiN, Post, TV"),
    ("KCSC-240904-02", "daum", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", DAUM,
     "illegal_finance", "Daum Cafe and Tistory"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", DC,
     "illegal_finance", "main, minor and mini galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:05:00+09:00", "2024-09-13T18:00:00+09:00", SOOP,
     "obscene", "VOD and station post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T11:20:00+09:00", "2024-09-16T18:00:00+09:00", FMK,
     "defamation", ""),
    ("KCSC-240910-06", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", CLIEN,
     "privacy", "one post"),
    ("KCSC-240911-07", "inven", "2024-09-11T09:15:00+09:00", "2024-09-18T18:00:00+09:00", INVEN,
     "gambling", ""),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


def request_body_lines(ref, urls):
    out = ["아래 게시물에 대하여 삭제 등 필요한 조치를 요청드립니다.", f"요청번호: {ref}", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "방송통신심의위원회 통신심의국"]
    return out


def pending(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

case(
    name="naver-poststop-result-ko",
    date="Thu, 05 Sep 2024 16:42:11 +0900",
    **{"from": "inoti@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 9월 3일 요청하신 건(KCSC-240903-01)에 대하여
1차 처리 결과를 아래와 같이 알려드립니다.

■ 처리 결과
1) {N1} — 삭제
2) {N2} — 삭제
3) {N3} — 임시조치 (30일)
4) {N4} — 해당 게시물 없음 (작성자가 이미 삭제함)
5) {N5} — 삭제

요청하신 나머지 게시물은 검토가 끝나는 대로 따로 안내드리겠습니다.
처리 기준은 https://inoti.naver.com/inoti/guide.naver 에서 확인하실 수 있습니다.

네이버 주식회사 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (numbered list, em-dash results)",
    why="five items of the 12-item request, each with its own result: 삭제, 임시조치, 게시물 없음",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed"},
)

rows = [
    (N6, "삭제", "카페 운영원칙 위반"),
    (N7, "블라인드 처리", "지식iN 운영정책 위반"),
    (N8, "국내 접속 차단", "해외 이용자 열람 가능"),
    (N9, "조치 불가", "운영정책 위반 사항 확인되지 않음"),
    (N10, "게시물 없음", "존재하지 않는 게시물"),
    (N11, "연령 제한", "19세 이상 시청 가능으로 변경"),
    (N12, "삭제", ""),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{m}</td></tr>"
    for i, (u, r, m) in enumerate(rows, 6))
case(
    name="naver-corrective-result-html-table",
    date="Mon, 09 Sep 2024 11:05:37 +0900",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] 시정요구 조치결과 통보 - KCSC-240903-01 (6~12번)",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240903-01 시정요구 건 중 6~12번 게시물의 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>1~5번은 9월 5일 별도로 회신드렸습니다.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치 결과/비고) sent as HTML",
    why="seven rows, one result each: 삭제, 블라인드, 국내 접속 차단, 조치 불가, 게시물 없음, 연령 제한",
    items={N6: "removed", N7: "removed", N8: "restricted", N9: "rejected", N10: "not_found",
           N11: "restricted", N12: "removed"},
)

csv_rows = [
    ("1", N1, "삭제", ""), ("2", N2, "삭제", ""), ("3", N3, "임시조치", "30일"),
    ("4", N4, "게시물 없음", "작성자 삭제"), ("5", N5, "삭제", ""), ("6", N6, "삭제", ""),
    ("7", N7, "블라인드", ""), ("8", N8, "접속차단(국내)", ""),
    ("9", N9, "유지", "위반 사항 없음"), ("10", N10, "게시물 없음", ""),
    ("11", N11, "비공개", "운영자 비공개 처리"), ("12", N12, "삭제", ""),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "처리결과", "비고"])
for r in csv_rows:
    cw.writerow(r)
case(
    name="naver-result-sheet-csv",
    date="Tue, 10 Sep 2024 17:20:02 +0900",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: [KCSC-240903-01] 게시물 삭제 요청 - 전체 처리결과 송부",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_0910_result"

--=_nv_0910_result
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, NAVER 정책지원팀입니다.

KCSC-240903-01 건 12개 게시물 전체의 처리결과를 첨부 CSV 파일로 송부드립니다.
결과 값은 내부 처리 시스템 기준이며, 문의사항은 회신 주시기 바랍니다.

감사합니다.
''')}
--=_nv_0910_result
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(cbuf.getvalue())}
--=_nv_0910_result--
""",
    outcome="applied", classification="confirmation",
    imitates="portal ticket-system result export attached as CSV (번호,URL,처리결과,비고)",
    why="all 12 items of the largest request, each with a result in the CSV",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "removed", N7: "removed", N8: "restricted", N9: "rejected", N10: "not_found",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-trust-safety-english-prose",
    date="Fri, 06 Sep 2024 09:58:44 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 - removal request (NAVER Blog)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

Thank you for your request KCSC-240903-01. We have finished reviewing the
NAVER Blog posts you listed.

The post at {N3} was removed on 5 September
for breaching the Blog operating policy on fraudulent investment promotion.
The post {N12} by the same blogger has been removed as well.

As for {N8}, our reviewers found nothing in it
that breaches NAVER policy or Korean law, so it stays up.

We could not find {N2}: the address returns an
error page and the post no longer exists on our service.

Kind regards,
Hana Seo
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a portal's trust & safety team, one paragraph per item",
    why="removed twice, one refusal with its reason, one post that no longer exists",
    items={N3: "removed", N12: "removed", N8: "rejected", N2: "not_found"},
)

case(
    name="naver-cafe-topposted-outlook",
    date="Wed, 04 Sep 2024 15:31:09 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="RE: [KCSC-240903-01] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="\n".join([
        "안녕하세요. 네이버 카페 운영정책 담당입니다.",
        "",
        "요청하신 게시물 중 아래 2건은 카페 운영원칙 위반으로 삭제하였습니다.",
        f"- {N6}",
        f"- {N9}",
        "",
        "나머지 게시물은 확인 후 다시 회신드리겠습니다.",
        "",
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 10:12 AM",
        "To: policy@navercorp.com",
        "Subject: [KCSC-240903-01] 게시물 삭제 요청",
        "",
    ] + request_body_lines("KCSC-240903-01", NAVER)),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request (-----Original Message-----)",
    why="two cafe posts deleted; the ten others appear only in the quoted request",
    items={N6: "removed", N9: "removed"},
)

case(
    name="naver-helpdesk-url-then-result",
    date="Thu, 12 Sep 2024 10:14:50 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다.",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의하신 내용에 대한 답변을 드립니다.

문의번호: 2409-0311-8842
관련 요청: KCSC-240903-01

----------------------------------------
게시물 주소
{N7}
처리결과: 블라인드 처리 완료 (지식iN 운영정책 위반)

게시물 주소
{N10}
처리결과: 해당 게시물을 찾을 수 없습니다.
----------------------------------------

본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
https://help.naver.com/
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 template (게시물 주소 / 처리결과 blocks)",
    why="bare URL with its result on the line below, for two items",
    items={N7: "removed", N10: "not_found"},
)

case(
    name="naver-tv-qp-private-and-kept",
    date="Fri, 13 Sep 2024 14:03:27 +0900",
    **{"from": "tvpolicy@navercorp.com"},
    name_from="NAVER TV 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("Re: KCSC-240903-01 동영상 및 블로그 게시물 조치 결과".encode()).decode() + "?=",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, NAVER TV 운영팀입니다.

KCSC-240903-01 요청 중 아래 두 건에 대해 답변드립니다.

{N11} 동영상은 운영자에 의해 비공개 처리되었습니다.

{N2} 블로그 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV 운영팀 reply, quoted-printable Korean body",
    why="video made private by the operator (removed); blog post kept after review (rejected)",
    items={N11: "removed", N2: "rejected"},
)

case(
    name="daum-kakao-rights-notice-ko",
    date="Fri, 06 Sep 2024 13:47:55 +0900",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240904-02)",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터 담당자입니다.
KCSC-240904-02 요청에 대한 조치 결과를 안내드립니다。

· 다음카페 게시글 {D1} : 삭제 완료
· 다음카페 게시글 {D2} : 임시조치(30일) 완료
· 티스토리 게시글 {D3_RAW} 는 게시중단 처리되었습니다.
· 티스토리 게시글 {D4} : 작성자가 이미 삭제한 글로 확인되었습니다.

조치 기준은 카카오 운영정책(https://www.kakao.com/policy/oppolicy)을 따릅니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 처리 결과 notice covering Daum Cafe and Tistory (raw Korean slug, full-width period)",
    why="삭제, 임시조치, 게시중단 and 작성자 삭제 for the four items; the Tistory slug is written raw in Korean",
    items={D1: "removed", D2: "restricted", D3: "removed", D4: "not_found"},
)

case(
    name="daum-english-bullets-partial",
    date="Thu, 05 Sep 2024 18:22:40 +0900",
    **{"from": "cs@daum.net"},
    name_from="Daum Customer Center",
    subject="Re: KCSC-240904-02 Daum Cafe / Tistory",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Here is an update on KCSC-240904-02.

* {D1} - deleted by Daum Cafe operations (Cafe operating policy, illegal financial advertising).
* {D4} - we could not find this post; the link is invalid.

The other two links are still with the reviewing team.

Best regards,
Daum Customer Center
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre English reply with bulleted results",
    why="one deleted, one invalid link; the two others named only as 'other two links', still under review",
    items={D1: "removed", D4: "not_found"},
)

case(
    name="daum-angle-bracket-temporary-measure",
    date="Mon, 09 Sep 2024 10:02:18 +0900",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240904-02] 다음카페 게시글",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
안녕하세요.

요청하신 다음카페 게시글 <{D2}>에 대해
정보통신망법 제44조의2에 따른 임시조치를 취했습니다.
임시조치 기간은 30일입니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 임시조치 notice (정보통신망법 44조의2), URL in angle brackets followed by a particle",
    why="임시조치 on one named item: restricted",
    items={D2: "restricted"},
)

case(
    name="dc-numbered-results-ko",
    date="Fri, 06 Sep 2024 11:30:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
요청번호 KCSC-240905-03 의 게시물 조치 결과를 알려드립니다.

1. {C1}
   → 운영자 삭제 및 작성자 IP 차단
2. {C2}
   → 운영자 삭제
3. {C3}
   → 운영자 삭제
4. {C4}
   → 게시물 유지 (신고 사유에 해당하지 않음)
5. {C5}
   → 존재하지 않는 게시물입니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 numbered result list with arrows on the next line",
    why="three 운영자 삭제, one kept with its reason, one that does not exist",
    items={C1: "removed", C2: "removed", C3: "removed", C4: "rejected", C5: "not_found"},
)

case(
    name="dc-gmail-quoted-request",
    date="Thu, 05 Sep 2024 17:12:36 +0900",
    **{"from": "jiwoo.park@dcinside.com"},
    name_from="박지우",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="\n".join([
        "안녕하세요, 디시인사이드 박지우입니다.",
        "",
        "주식 갤러리 게시물 2건은 오늘 오후 삭제했습니다.",
        C1,
        C2,
        "",
        "나머지는 갤러리 담당자와 확인 중입니다.",
        "",
        "2024년 9월 5일 (목) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:",
        quoted(request_body_lines("KCSC-240905-03", DC)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean ('…님이 작성:') with the request quoted by '>'",
    why="two URLs right under 'deleted today'; the quoted request's five URLs do not count",
    items={C1: "removed", C2: "removed"},
)

case(
    name="dc-english-wrapped-url",
    date="Mon, 09 Sep 2024 09:41:03 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Hello,

We removed the following post from the coinlab minor gallery this morning:
https://gall.dcinside.com/mgallery/board/view/?id=coinlab&
no=402117

The other coinlab post, %s, does not
break our terms of use and stays online.

Regards,
DCInside Global Support
""" % C4,
    outcome="applied", classification="confirmation",
    imitates="English support reply whose mail client wrapped a long URL after '&'",
    why="C3 removed (URL wrapped over two lines), C4 refused with reason",
    items={C3: "removed", C4: "rejected"},
)

case(
    name="dc-echoed-report-blocks",
    date="Tue, 10 Sep 2024 16:55:21 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드 신고센터] 신고 처리 결과",
    body=f"""
디시인사이드 신고센터입니다. 접수하신 신고의 처리 결과입니다.
관련 요청번호: KCSC-240905-03

[신고 1]
- 신고 URL: {C4}
- 신고 사유: 불법 금융 광고
- 처리 결과: 삭제

[신고 2]
- 신고 URL: {C5}
- 신고 사유: 불법 금융 광고
- 처리 결과: 게시물 유지 (운영 원칙 위반 없음)

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing each report (신고 URL / 신고 사유 / 처리 결과)",
    why="each echoed report block carries its own result",
    items={C4: "removed", C5: "rejected"},
)

case(
    name="soop-results-ko",
    date="Mon, 09 Sep 2024 13:20:45 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 요청하신 콘텐츠 조치 결과 안내 (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, SOOP(구 아프리카TV) 운영팀입니다.
KCSC-240906-04 관련 조치 결과를 안내드립니다.

- VOD {S1} : 삭제 조치 완료
- 방송국 게시글 {S2} : 블라인드 처리 완료

추가 문의는 회신 주시기 바랍니다.
SOOP 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) operations result notice",
    why="VOD deleted, station post blinded: both removed",
    items={S1: "removed", S2: "removed"},
)

case(
    name="soop-english-geoblock-and-keep",
    date="Tue, 10 Sep 2024 08:15:30 +0900",
    **{"from": "trustandsafety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Your request KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

Following your request KCSC-240906-04:

The VOD {S1} has been geo-blocked and
can no longer be viewed from Korea.

The channel post {S2} was reviewed
and does not violate our Community Guidelines. It will remain online.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust & safety reply from a streaming site: geo-block and refusal",
    why="geo-blocked for Korea (restricted) and a refusal with its reason",
    items={S1: "restricted", S2: "rejected"},
)

case(
    name="soop-age-restriction",
    date="Wed, 11 Sep 2024 19:02:12 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="Re: [KCSC-240906-04] VOD 조치 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

{S1}
위 VOD에는 19세 이상 시청 가능 콘텐츠로 연령 제한 설정을 적용했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 연령 제한 (19+) notice, URL on the line above its statement",
    why="age restriction on the VOD: restricted",
    items={S1: "restricted"},
)

case(
    name="fmk-prose-two-deleted-one-kept",
    date="Tue, 10 Sep 2024 21:40:09 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청 주신 게시물 중 {F1}, {F2} 는 운영자 삭제 처리했고，
{F3} 은 신고 사유에 해당하지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply in one Korean sentence pair (full-width comma)",
    why="two URLs share '운영자 삭제'; the third is kept because it breaks no rule",
    items={F1: "removed", F2: "removed", F3: "rejected"},
)

case(
    name="fmk-statement-then-urls",
    date="Wed, 11 Sep 2024 10:05:55 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
에펨코리아 운영진입니다.

다음 게시물은 운영자 삭제 처리되었습니다.
{F1}
{F3}

다음 게시물은 확인되지 않습니다 (이미 작성자가 삭제한 글입니다).
{F2}
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply with a statement line followed by the URLs it covers",
    why="statements on the line above their URLs",
    items={F1: "removed", F3: "removed", F2: "not_found"},
)

case(
    name="clien-single-item-no-url",
    date="Wed, 11 Sep 2024 11:48:30 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
안녕하세요, 클리앙 운영자입니다.

요청하신 게시물은 이용규칙(개인정보 노출) 위반으로 삭제 처리하였습니다.

감사합니다.
클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin's one-line reply in the request's thread",
    why="reply in the thread of a one-item request: 'the requested post was deleted' applies to it",
    items={L1: "removed"},
)

inv_rows = [(I1, "삭제", "불법 도박 홍보"), (I2, "존재하지 않는 게시물", "-"),
            (I3, "유지", "규정 위반 없음")]
inv_trs = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{r}</td><td>{m}</td></tr>' for u, r, m in inv_rows)
case(
    name="inven-html-result-table",
    date="Fri, 13 Sep 2024 15:10:44 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    subject="[인벤] KCSC-240911-07 처리 결과",
    reply_to_req=req_mid("KCSC-240911-07"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 인벤 고객센터입니다.</p>
<p>요청번호 KCSC-240911-07 게시물의 처리 결과입니다.</p>
<table border="1">
<thead><tr><th>게시물</th><th>처리</th><th>사유</th></tr></thead>
<tbody>
{inv_trs}
</tbody>
</table>
<p>인벤 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-centre HTML result table with linked URLs",
    why="one row per item: 삭제, 존재하지 않는 게시물, 유지",
    items={I1: "removed", I2: "not_found", I3: "rejected"},
)

case(
    name="inven-receipt-plus-result",
    date="Thu, 12 Sep 2024 09:30:12 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    subject="[인벤 고객센터] 문의 접수 및 처리 안내 #INV-240912-0071",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 인벤 고객센터입니다.

문의하신 내용이 접수번호 #INV-240912-0071 로 접수되었습니다.

확인 결과 {I1} 게시물은 삭제되었으며,
{I3} 게시물도 불법 도박 사이트 홍보로 확인되어 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries the result (접수 + 처리 안내)",
    why="receipt phrase plus unhedged statements: not a pure acknowledgement",
    items={I1: "removed", I3: "removed"},
)

case(
    name="naver-statement-of-reasons",
    date="Wed, 11 Sep 2024 20:14:37 +0900",
    **{"from": "sor-noreply@navercorp.com"},
    name_from="NAVER",
    subject="Statement of reasons - KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Content concerned: {N8}
Decision: the content has been removed from NAVER Blog
Ground: illegal content (Information and Communications Network Act, Art. 44-7)
Automated means used in the decision: no

Content concerned: {N10}
Decision: no action taken - the content could not be located on NAVER Post
Automated means used in the decision: no

Redress: the uploader may appeal at https://inoti.naver.com/inoti/appeal.naver
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content concerned / decision / ground / redress)",
    why="two decision blocks: removed, could not be located; the appeal page is no item",
    items={N8: "removed", N10: "not_found"},
)

case(
    name="naver-kin-korean-outlook-original",
    date="Tue, 10 Sep 2024 11:26:58 +0900",
    **{"from": "kin-ops@navercorp.com"},
    name_from="지식iN 운영",
    subject="회신: [KCSC-240903-01] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="\n".join([
        "안녕하세요, 지식iN 운영 담당입니다.",
        "",
        f"{N7} 지식iN 답변은 운영정책에 따라 삭제되었습니다.",
        f"{N12} 블로그 게시물 역시 블로그팀에서 삭제하였습니다.",
        "",
        "감사합니다.",
        "",
        "-----원본 메시지-----",
        "보낸 사람: KCSC Takedown <takedown@kcsc.example>",
        "받는 사람: policy@navercorp.com",
        "날짜: 2024년 9월 3일 화요일 오전 10:12",
        "제목: [KCSC-240903-01] 게시물 삭제 요청",
        "",
    ] + request_body_lines("KCSC-240903-01", NAVER)),
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (-----원본 메시지-----) over the full request",
    why="two items deleted above the quoted original; the quoted list says nothing",
    items={N7: "removed", N12: "removed"},
)

case(
    name="daum-base64-html-list",
    date="Wed, 11 Sep 2024 14:37:21 +0900",
    **{"from": "cafe-ops@daum.net"},
    name_from="다음카페 운영팀",
    subject="[다음카페] 요청 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<p>안녕하세요, 다음카페 운영팀입니다.</p>
<p>KCSC-240904-02 요청 게시물 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{D2}">{D2}</a> &ndash; 삭제</li>
<li><a href="{D4}">{D4}</a> &ndash; 게시물 없음</li>
</ul>
<p>감사합니다.</p>
</body></html>
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations HTML notice, base64-encoded",
    why="two list items each with a result: 삭제, 게시물 없음",
    items={D2: "removed", D4: "not_found"},
)

case(
    name="naver-one-done-one-under-review",
    date="Fri, 06 Sep 2024 18:05:40 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 - interim update",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

An interim update on KCSC-240903-01:

- {N1} has been removed.
- {N3} is still under review; we expect to update you by 13 September.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="interim update from a trust & safety desk: one done, one under review",
    why="N1 removed; 'still under review' is no statement, N3 stays pending",
    items={N1: "removed", N3: "pending"},
)

# ================================================================= REVIEW

case(
    name="naver-promise-will-delete",
    date="Wed, 04 Sep 2024 11:18:26 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="RE: [KCSC-240903-01] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당입니다.

요청하신 게시물 중
{N4}
{N5}
위 두 건은 담당 부서에서 확인 후 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising deletion after checking (조치될 예정입니다)",
    why="a promise is no statement: items named, nothing done yet",
    items=pending([N4, N5]),
)

case(
    name="dc-hedged-english",
    date="Fri, 06 Sep 2024 10:11:09 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Looking at {C1}, it appears the post may
already have been removed before our team got to it, but we cannot confirm
this from our logs yet. We will let you know once we have checked.

Regards,
DCInside Global Support
""",
    outcome="review", review="not_understood",
    imitates="support reply hedging about an item's state ('appears', 'may', cannot confirm)",
    why="hedged, unconfirmed: no statement",
    items=pending([C1]),
)

case(
    name="fmk-bulk-all-deleted-ko",
    date="Tue, 10 Sep 2024 12:30:02 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body="""
안녕하세요, 에펨코리아 운영진입니다.

KCSC-240909-05 요청 건으로 신고하신 게시물은 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="community admin's one-line 'all deleted' reply to a multi-item request",
    why="'모두 삭제' for a three-item request without naming each item",
    items=pending(FMK),
)

case(
    name="naver-bulk-all-actioned-english",
    date="Thu, 12 Sep 2024 16:48:19 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 - completed",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Dear KCSC team,

We are writing to let you know that all of the URLs in your request
KCSC-240903-01 have now been actioned in line with NAVER's policies.

Kind regards,
NAVER Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="closing mail 'all URLs have been actioned' for a large request",
    why="one sentence about 12 items, none named",
    items=pending(NAVER),
)

case(
    name="kakao-dmarc-fail",
    date="Sat, 07 Sep 2024 02:13:48 +0900",
    **{"from": "rights@kakaocorp.com"},
    auth="fail",
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240904-02)",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
KCSC-240904-02 요청 게시물 조치 결과입니다.

{D1} : 삭제 완료
{D3} : 삭제 완료

카카오 드림
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Kakao result notice whose DKIM/SPF/DMARC all fail (sent at 2 a.m. via another relay)",
    why="platform domain but authentication fails: nothing applied",
    items=pending([D1, D3]),
)

case(
    name="cafe-manager-gmail",
    date="Thu, 05 Sep 2024 22:47:33 +0900",
    **{"from": "quietstockroom.mgr@gmail.com"},
    name_from="조용한주식창고 매니저",
    subject="방심위 삭제요청 관련 (카페 매니저입니다)",
    body=f"""
안녕하세요. 네이버 카페 '조용한 주식창고' 매니저입니다.
카페 회원을 통해 위원회에서 KCSC-240903-01 로 삭제 요청하신 것을 전달받았습니다.

아래 두 게시물은 제가 매니저 권한으로 오늘 삭제했습니다.
{N4}
{N5}

앞으로 카페 관리에 더 신경 쓰겠습니다. 카페 폐쇄만은 피하고 싶습니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="a cafe manager writing from a personal Gmail address",
    why="not NAVER's domain: a person must check the claim",
    items=pending([N4, N5]),
)

case(
    name="naver-search-excludes-tistory",
    date="Fri, 06 Sep 2024 15:09:12 +0900",
    **{"from": "search-policy@navercorp.com"},
    name_from="네이버 검색 정책",
    subject="[네이버 검색] 외부 게시물 노출 제한 안내",
    body=f"""
안녕하세요. 네이버 검색 정책 담당입니다.

위원회에서 요청하신 아래 티스토리 게시물은 네이버가 아닌 외부 서비스의 게시물로,
네이버에서 직접 삭제할 수 없습니다.
다만 두 게시물 모두 네이버 검색 결과에서 노출 제한 처리하였습니다.

{D3_RAW}
{D4}

게시물 자체의 삭제는 해당 서비스(카카오)에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER search 'external content excluded from search results' notice",
    why="NAVER states a search-exposure limit for Daum/Tistory items: not their own platform's statement",
    items=pending([D3, D4]),
)

case(
    name="soop-asks-for-documents",
    date="Mon, 09 Sep 2024 10:40:27 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="Re: [KCSC-240906-04] 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

요청하신 VOD {S1} 의 검토를 위해
아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구서(공문) 사본
2. 문제가 되는 장면의 재생 시점(타임코드)

자료 확인 후 처리 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="SOOP request for the official letter and timecodes before acting",
    why="the platform asks for documents; nothing decided",
    items=pending([S1]),
)

case(
    name="naver-service-change-notice",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "inoti@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[NAVER] 게시중단요청서비스 개편 및 기관 전용 창구 안내",
    body="""
안녕하세요, 네이버 게시중단요청서비스입니다.

9월 23일부터 게시중단요청서비스의 접수 화면이 개편되며,
행정기관의 요청은 기관 전용 창구(https://inoti.naver.com/inoti/org.naver)로
접수해 주시기 바랍니다.

기존 이메일 접수는 10월 31일까지 병행 운영합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER service-change announcement to registered agencies",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="clien-hedge-author-maybe-deleted",
    date="Thu, 12 Sep 2024 13:22:50 +0900",
    **{"from": "admin@clien.net"},
    name_from="Clien Admin",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
안녕하세요, 클리앙 운영자입니다.

{L1}
위 게시물은 작성자가 스스로 지운 것일 수도 있어 보입니다만,
서버 기록을 확인한 뒤 정확한 내용을 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="small-site admin guessing the author may have deleted the post, promising to check",
    why="'일 수도 있어 보입니다' is a hedge, and a follow-up is promised",
    items=pending([L1]),
)

case(
    name="inven-conditional-and-reviewing",
    date="Thu, 12 Sep 2024 18:03:14 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    subject="Re: [KCSC-240911-07] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 인벤 고객센터입니다.

{I3} 게시물은 작성자에게 수정을 요청하였으며,
24시간 안에 수정되지 않으면 삭제될 예정입니다.

{I1} 게시물은 현재 검토 중입니다.
""",
    outcome="review", review="not_understood",
    imitates="community CS reply with a conditional deletion and an item under review",
    why="a condition and 'under review': no statement about either item",
    items=pending([I1, I3]),
)

case(
    name="fmk-lookalike-helpdesk-domain",
    date="Wed, 11 Sep 2024 03:12:40 +0900",
    **{"from": "support@fmkorea-help.com"},
    name_from="FMKorea 고객지원",
    subject="[FMKorea] KCSC-240909-05 처리 완료",
    body=f"""
안녕하세요, FMKorea 고객지원입니다.
요청하신 게시물의 처리가 완료되었습니다.

{F1} : 삭제 완료
{F2} : 삭제 완료

처리 내역 확인: http://fmkorea-help.com/ticket/view?id=55120
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="look-alike helpdesk domain (authenticated, but not FM Korea's domain)",
    why="sender domain belongs to no platform",
    items=pending([F1, F2]),
)

# ================================================================= IGNORED

case(
    name="naver-out-of-office-ko",
    date="Mon, 09 Sep 2024 08:01:15 +0900",
    **{"from": "minji.kang@navercorp.com"},
    name_from="강민지",
    subject="자동 회신: [KCSC-240903-01] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
[부재중 자동회신]
안녕하세요, 강민지입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(kcsc-desk@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (자동 회신)",
    why="auto-reply",
    items={},
)

dsn_orig = "\n".join(request_body_lines("KCSC-240904-02", DAUM))
case(
    name="kakao-dsn-user-unknown",
    date="Wed, 04 Sep 2024 09:40:31 +0900",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="9F1C2A7B40.1725410431/mx2.kakaocorp.com"

This is a MIME-encapsulated message.

--9F1C2A7B40.1725410431/mx2.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy-old@kakaocorp.com>: host mx2.kakaocorp.com[private/dovecot-lmtp] said:
    550 5.1.1 <policy-old@kakaocorp.com> User doesn't exist

--9F1C2A7B40.1725410431/mx2.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 09:40:30 +0900

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User doesn't exist

--9F1C2A7B40.1725410431/mx2.kakaocorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: [KCSC-240904-02] =?UTF-8?B?{base64.b64encode("게시물 삭제 요청".encode()).decode()}?=
Date: Wed, 04 Sep 2024 09:40:00 +0900
Message-ID: <{req_mid("KCSC-240904-02")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dsn_orig)}

--9F1C2A7B40.1725410431/mx2.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the whole request",
    why="bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="dc-read-receipt-mdn",
    date="Thu, 05 Sep 2024 10:52:07 +0900",
    **{"from": "jiwoo.park@dcinside.com"},
    name_from="박지우",
    subject="읽음: [KCSC-240905-03] 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0905"

--mdn_dc_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: jiwoo.park@dcinside.com
제목: [KCSC-240905-03] 게시물 삭제 요청
보낸 날짜: 2024-09-05 오전 10:30

메시지를 2024-09-05 오전 10:52에 읽었습니다.

--mdn_dc_0905
Content-Type: message/disposition-notification

Reporting-UA: dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.park@dcinside.com
Original-Message-ID: <{req_mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:), MDN",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    date="Fri, 06 Sep 2024 14:06:02 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-20240906-55812)",
    reply_to_req=req_mid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: SP-20240906-55812
제목: [KCSC-240906-04] 콘텐츠 조치 요청

담당자가 순차적으로 확인 후 답변드릴 예정입니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호, 순차 답변)",
    why="pure acknowledgement",
    items={},
)

case(
    name="fmk-out-of-office-english",
    date="Mon, 09 Sep 2024 11:20:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea Admin",
    subject="Automatic reply: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email.

I am out of the office until Tuesday 10 September with limited access to
email. Your message will be handled when I return. For urgent matters about
posts on the site, please use the report button on the post itself.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply (Automatic reply:)",
    why="auto-reply",
    items={},
)

case(
    name="inven-receipt-echoes-urls",
    date="Wed, 11 Sep 2024 09:16:33 +0900",
    **{"from": "noreply@inven.co.kr"},
    name_from="인벤 고객센터",
    subject="[인벤] 신고가 접수되었습니다",
    reply_to_req=req_mid("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
인벤 고객센터입니다. 아래 내용으로 신고가 접수되었습니다.

접수번호: INV-240911-0032
접수 일시: 2024-09-11 09:16
신고 대상:
  {I1}
  {I2}
  {I3}

처리 결과는 검토 완료 후 메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="report receipt echoing the reported URLs with no result",
    why="pure acknowledgement; the URLs are only an echo of what was received",
    items={},
)

case(
    name="naver-read-receipt-outlook",
    date="Tue, 03 Sep 2024 10:40:19 +0900",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="Read: [KCSC-240903-01] 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_nv_0903"

--mdn_nv_0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: kcsc-desk@navercorp.com
  Subject: [KCSC-240903-01] 게시물 삭제 요청
  Sent: Tuesday, September 3, 2024 10:12:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 10:40:19 AM (UTC+09:00) Seoul.

--mdn_nv_0903
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Exchange Server
Final-Recipient: rfc822;kcsc-desk@navercorp.com
Original-Message-ID: <{req_mid("KCSC-240903-01")}@kcsc.example>
Disposition: automatic-action/MDN-sent-automatically; displayed

--mdn_nv_0903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (Read:), MDN",
    why="read receipt",
    items={},
)

HEADER = """# Blind set 147 (Korean portals and community sites): expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def encoded_word(text):
    """RFC 2047 B-encoding of a non-ASCII header value, as most mailers send it."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# These senders' mailers put raw UTF-8 in the Subject (SMTPUTF8); the others
# encode it. Display names are always encoded.
RAW_SUBJECT = {"dc-numbered-results-ko", "fmk-statement-then-urls", "inven-receipt-plus-result"}


def main():
    write_requests()
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = encoded_word(c["name_from"])
        if c["name"] not in RAW_SUBJECT:
            c["subject"] = encoded_word(c["subject"])
    corpuslib.write_set(HERE, "blind147", HEADER, CASES)


if __name__ == "__main__":
    main()
