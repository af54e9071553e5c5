#!/usr/bin/env python3
"""Blind set 881 (focus: Korean replies from NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND: 공문-style answers, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies).

Deterministic: `python3 tests/corpus/blind881/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. The expected results below were
written from the meaning of each email before the reader was ever run on it.
All names, ids and URLs are fictional.
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

SET = "blind881"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240910-07",
)
MID = {
    R1: "20240903100012.7Q2F81@kcsc.example",
    R2: "20240904140530.3KD0A2@kcsc.example",
    R3: "20240905110208.9PL4C7@kcsc.example",
    R4: "20240906093044.1XW7B3@kcsc.example",
    R5: "20240909160117.6MN2E9@kcsc.example",
    R6: "20240910100355.4RT8D1@kcsc.example",
    R7: "20240910150940.2ZC5F6@kcsc.example",
}


def thread(ref):
    return MID[ref].split("@")[0]


# NAVER, KCSC-240903-01 (largest request, 14 items)
N1 = "https://blog.naver.com/moonlit_rvr/223561204418"
N2 = "https://blog.naver.com/moonlit_rvr/223561377052"
N3 = "https://cafe.naver.com/greenstockclub/88213"
N4 = "https://cafe.naver.com/greenstockclub/88240"
N5 = "https://cafe.naver.com/greenstockclub/88301"
N6 = "https://m.blog.naver.com/hanbit_seo77/223559980121"
N7 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=5512077"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471120334"
N9 = "https://blog.naver.com/pinecone_diary/223562001776"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31120457&articleid=5521"
N11 = "https://tv.naver.com/v/59120377"
N12 = "https://blog.naver.com/ssal_gage/223563318090"
N13 = "https://cafe.naver.com/greenstockclub/88355"
N14 = "https://in.naver.com/%EB%B0%94%EB%9E%8C%EA%B1%B8%EC%9D%8C/contents/internal/6120338447"
N14_RAW = "https://in.naver.com/바람걸음/contents/internal/6120338447"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# Kakao (Daum cafe, Tistory, brunch, Kakao Story), KCSC-240904-02
K1 = "https://cafe.daum.net/jjangfriends/Ux3Q/10492"
K2 = "https://cafe.daum.net/jjangfriends/Ux3Q/10517"
K3 = "https://gamja-notes.tistory.com/412"
K4 = "https://brunch.co.kr/@solgil/88"
K5 = "https://story.kakao.com/_Qm8xT2/KzR1aVb3c40"

# YouTube, KCSC-240905-03
Y1 = "https://www.youtube.com/watch?v=Qh7dLk2mZ0s"
Y2 = "https://www.youtube.com/watch?v=b3RtnW8xP4c"
Y3 = "https://www.youtube.com/shorts/Xe9pLm41KvA"
Y4 = "https://www.youtube.com/@%EB%B0%A4%EB%B6%80%EC%97%89%EC%9D%B4TV"
Y4_RAW = "https://www.youtube.com/@밤부엉이TV"

# DC Inside, KCSC-240906-04
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinwatch&no=228871"
D3 = "https://gall.dcinside.com/mini/board/view/?id=sosik&no=4410"

# BAND, KCSC-240909-05
B1 = "https://band.us/band/81230944/post/3371"
B2 = "https://band.us/band/81230944/post/3388"

# NAVER, KCSC-240910-06 (one item)
S1 = "https://blog.naver.com/haneul_market/223570118822"
# Kakao (Tistory), KCSC-240910-07 (one item)
T1 = "https://dalbit-room.tistory.com/77"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", NAVER_ALL,
     "defamation", "blogs, cafe posts and a video naming a private person"),
    (R2, "kakao", "2024-09-04T14:05:00+09:00", "2024-09-11T18:00:00+09:00", [K1, K2, K3, K4, K5],
     "gambling", "illegal betting site adverts"),
    (R3, "youtube", "2024-09-05T11:02:00+09:00", "2024-09-12T18:00:00+09:00", [Y1, Y2, Y3, Y4],
     "obscenity", "three videos and one channel"),
    (R4, "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", [D1, D2, D3],
     "privacy", "personal data of a third party"),
    (R5, "band", "2024-09-09T16:01:00+09:00", "2024-09-19T18:00:00+09:00", [B1, B2],
     "drugs", "drug sale posts in an open band"),
    (R6, "naver", "2024-09-10T10:03:00+09:00", "2024-09-19T18:00:00+09:00", [S1],
     "counterfeit", "one blog post"),
    (R7, "kakao", "2024-09-10T15:09:00+09:00", "2024-09-19T18:00:00+09:00", [T1],
     "defamation", "one Tistory post"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref], note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded word, as most Korean mailers write headers."""
    return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii")


NAVER_FROM = "policy@navercorp.com"
KAKAO_FROM = "right@kakaocorp.com"
YT_FROM = "legal-kr@google.com"
DC_FROM = "report@dcinside.com"
BAND_FROM = "policy@band.us"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

case(
    name="naver-gongmun-result-table",
    date="Mon, 9 Sep 2024 17:40:12 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=thread(R1),
    body=f"""
네이버 주식회사

수    신 : 방송통신심의위원회 통신심의국
제    목 : 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 3. 요구하신 시정요구(문서번호 {R1})와
   관련하여, 당사가 취한 조치 결과를 아래와 같이 회신합니다.

                         - 아    래 -

| 연번 | 대상 URL | 조치결과 | 비고 |
|---|---|---|---|
| 1 | {N1} | 삭제 | |
| 2 | {N2} | 삭제 | |
| 3 | {N3} | 게시중단 | 카페 운영원칙 위반 |
| 4 | {N4} | 게시중단 | 카페 운영원칙 위반 |
| 5 | {N5} | 해당 게시물 없음 | 작성자 자진 삭제 |
| 6 | {N6} | 임시조치(30일) | |
| 7 | {N7} | 삭제 | |
| 8 | {N8} | 조치 불가 | 위반사항 미확인 |
| 9 | {N9} | 국내 접속차단 | |
| 10 | {N10} | 블라인드 | |
| 11 | {N11} | 비공개 처리 | |
| 12 | {N12} | 삭제 | |
| 13 | {N13} | 해당 게시물 없음 | 존재하지 않는 URL |
| 14 | {N14_RAW} | 삭제 | |

3. 연번 8의 게시물은 당사 운영정책 및 관련 법령 위반 여부를 확인할 수
   없어 게시를 유지하였으며, 추가 자료를 주시면 재검토하겠습니다.

4. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기
   바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style reply: 시정요구 조치결과 회신 with 연번/URL/조치결과/비고 text table",
    why="every row is an unhedged item-level result from NAVER's authenticated domain; row 8 is a refusal with its reason",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found",
           N6: "restricted", N7: "removed", N8: "rejected", N9: "restricted", N10: "removed",
           N11: "removed", N12: "removed", N13: "not_found", N14: "removed"},
)

_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 게시중단요청 담당자입니다.</p>
<p>{R1} 요청 건 중 아래 게시물에 대한 처리가 완료되어 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>임시조치</td></tr>
<tr><td>3</td><td><a href="{N5}">{N5}</a></td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{N10}">{N10}</a></td><td>위반사항 없음(게시 유지)</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-partial",
    date="Fri, 6 Sep 2024 11:02:44 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 고객센터"),
    subject=enc(f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_html),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER HTML 게시중단 처리 결과 안내 mail with a result table (quoted-printable)",
    why="five rows name requested URLs with plain results; the closing line about the rest is a promise about unnamed items",
    items={N3: "removed", N4: "restricted", N5: "not_found", N9: "removed", N10: "rejected"},
)

_csv = (
    "연번,URL,조치결과,조치일시\r\n"
    f"1,{N7},삭제,2024-09-05 15:10\r\n"
    f"2,\"{N8}\",조치불가(위반사항 없음),2024-09-05 15:12\r\n"
    f"3,{N9},국내 접속차단,2024-09-05 15:20\r\n"
    f"4,{N10},블라인드,2024-09-05 15:24\r\n"
    f"5,{N11},게시물 없음,2024-09-05 15:31\r\n"
    f"6,{N12},삭제,2024-09-05 15:33\r\n"
    f"7,{N14_RAW},임시조치,2024-09-05 15:40\r\n"
)
_body = f"""안녕하세요. 네이버 정책지원팀입니다.

{R1} 시정요구 건 가운데 7건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
처리 결과는 첨부 파일의 '조치결과' 열을 참고해 주시기 바랍니다.

감사합니다.
"""
case(
    name="naver-csv-attachment",
    date="Thu, 5 Sep 2024 16:05:09 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req=thread(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b881_naver_csv_01"

This is a multi-part message in MIME format.

--=_b881_naver_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_body)}
--=_b881_naver_csv_01
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?7KGw7LmY6rKw6rO8LmNzdg==?="
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_b881_naver_csv_01--
""",
    outcome="applied",
    classification="confirmation",
    imitates="조치결과 spreadsheet sent as a CSV attachment (Korean headers, base64 parts)",
    why="the attached CSV gives one result per requested URL; the Korean-path URL is written raw",
    items={N7: "removed", N8: "rejected", N9: "restricted", N10: "removed", N11: "not_found",
           N12: "removed", N14: "restricted"},
)

case(
    name="naver-single-blind",
    date="Wed, 11 Sep 2024 09:15:30 +0900",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    subject=enc("[네이버] 요청하신 게시물이 블라인드 처리되었습니다"),
    body=f"""
[네이버 게시중단요청서비스]

요청번호 {R6} 로 접수된 게시물의 처리 결과를 알려드립니다.

■ 대상 게시물
  {S1}
■ 처리 결과
  블라인드 처리 완료 (2024.09.11 09:12)

블라인드 처리된 게시물은 게시자를 포함한 모든 이용자에게 노출되지 않습니다.
자세한 사항은 네이버 고객센터(https://help.naver.com/service/5629/contents/2960)를
참고해 주세요.

※ 본 메일은 발신전용입니다.
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 automated result notice (■ 대상 게시물 / ■ 처리 결과 blocks)",
    why="the one requested post is named with 블라인드 처리 완료 (removed); the help link is not an item",
    items={S1: "removed"},
)

case(
    name="naver-sole-no-url",
    date="Thu, 12 Sep 2024 14:48:00 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R6}"),
    reply_to_req=thread(R6),
    body=f"""
안녕하세요, 네이버 정책지원팀 박서윤입니다.

{R6}로 요청하신 게시물 1건은 금일 게시중단 조치를 완료하였습니다.

확인 부탁드립니다.
감사합니다.

박서윤 드림
NAVER Corp. | 정책지원팀
""",
    outcome="applied",
    imitates="short human reply from a portal's policy desk, no URL, one-item request",
    why="an unhedged 게시중단 완료 for a request of a single item applies to that item",
    items={S1: "removed"},
)

case(
    name="kakao-imsijochi-echoed-report",
    date="Fri, 6 Sep 2024 10:21:57 +0900",
    **{"from": KAKAO_FROM},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[카카오] 권리침해 신고 처리 결과 안내"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 건({R2})에 대하여 아래와 같이 처리하였음을
알려드립니다.

[신고 내역 1]
- 접수번호 : 2024090400173
- 신고 대상 : {K1}
- 서비스 : Daum 카페
- 처리 결과 : 임시조치 (30일간 게시물 접근 차단)

[신고 내역 2]
- 접수번호 : 2024090400174
- 신고 대상 : {K2}
- 서비스 : Daum 카페
- 처리 결과 : 임시조치 (30일간 게시물 접근 차단)

임시조치는 정보통신망법 제44조의2에 따른 조치입니다.
관련 안내: https://cs.daum.net/faq/95/7580.html

카카오 드림
""",
    outcome="applied",
    imitates="Daum/Kakao 권리침해신고 처리 결과 mail echoing the report fields, 30일 임시조치",
    why="both Daum cafe posts are named with 임시조치 (access blocked for 30 days): restricted",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-statement-then-url",
    date="Mon, 9 Sep 2024 15:33:02 +0900",
    **{"from": KAKAO_FROM},
    name_from=enc("카카오 정책팀"),
    subject=enc(f"Re: 시정요구 {R2} 조치 결과"),
    reply_to_req=thread(R2),
    body=f"""
안녕하세요. 카카오 정책팀 이도현입니다.
요청하신 건 가운데 티스토리, 브런치, 카카오스토리 게시물의 처리 결과입니다.

아래 티스토리 게시물은 운영정책 위반으로 삭제 조치하였습니다.
{K3}

아래 브런치 글은 작성자가 이미 삭제하여 확인되지 않습니다.
{K4}

아래 카카오스토리 게시물은 검토 결과 운영정책 위반 사항이 없어 조치하지 않았습니다.
{K5}

Daum 카페 게시물 2건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
이도현 드림
""",
    outcome="applied",
    imitates="Kakao policy-team reply: each statement on one line, its URL on the line below",
    why="three named items with removed / not_found (author deleted) / rejected; the cafe posts get only a promise and are not named",
    items={K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-private",
    date="Thu, 12 Sep 2024 18:02:41 +0900",
    **{"from": "tistory-right@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("[티스토리] 신고하신 게시물 처리 안내"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

{R7} 건으로 신고해 주신 게시물
{T1} 은(는) 티스토리 운영정책 위반이 확인되어 2024년 9월 12일 비공개 처리되었습니다.

운영정책 안내: https://www.tistory.com/policy/operation

감사합니다.
""",
    outcome="applied",
    imitates="Tistory 운영팀 notice that a reported post was made private (비공개 처리)",
    why="the one requested post is named and made private by the operator: removed",
    items={T1: "removed"},
)

case(
    name="kakao-sole-imsijochi",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    **{"from": KAKAO_FROM},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc(f"회신: {R7}"),
    reply_to_req=thread(R7),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R7}로 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="one-paragraph 임시조치 reply with no URL, answering a one-item request",
    why="an unhedged 임시조치 for a one-item request: restricted",
    items={T1: "restricted"},
)

case(
    name="youtube-korean-legal",
    date="Tue, 10 Sep 2024 13:14:55 +0900",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    subject=enc(f"[요청 {R3}] YouTube 법적 요청 검토 결과"),
    reply_to_req=thread(R3),
    body=f"""
안녕하세요.

YouTube 법무지원팀입니다. 방송통신심의위원회에서 보내주신 요청({R3})을
검토하였으며 그 결과를 아래와 같이 알려드립니다.

1. {Y1}
   - YouTube 커뮤니티 가이드를 위반하여 전 세계에서 삭제되었습니다.

2. {Y2}
   - 현지 법률에 따라 대한민국 내에서 이 동영상에 대한 액세스를 제한하였습니다.

3. {Y3}
   - 검토 결과 YouTube 정책 또는 현지 법률 위반이 확인되지 않아 별도의
     조치를 취하지 않았습니다.

채널({Y4_RAW})에 대해서는 아직 검토가 진행 중입니다.

YouTube 팀 드림
https://support.google.com/youtube/answer/6154230
""",
    outcome="applied",
    imitates="YouTube legal-team result mail translated into Korean (global removal / 국내 액세스 제한 / no action)",
    why="three videos get plain results; the channel is only 'still under review' and stays pending",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "pending"},
)

case(
    name="youtube-english-actioned",
    date="Wed, 11 Sep 2024 02:07:31 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube",
    subject=f"Re: [{R3}] Legal removal request",
    body=f"""
Hello,

Thank you for your request. Following our review:

The channel {Y4_RAW} has been terminated for repeated violations of
YouTube's Community Guidelines.

The video {Y1} has been actioned under our policies.

If you have further questions, please reply to this email.

Regards,
The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied",
    imitates="YouTube English legal outcome mail ('has been actioned under our policies', channel termination)",
    why="channel terminated and video actioned, both named: removed; the channel URL has a raw Korean handle",
    items={Y4: "removed", Y1: "removed"},
)

case(
    name="youtube-age-restricted-bullets",
    date="Thu, 12 Sep 2024 08:44:10 +0000",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    subject=f"Your YouTube legal request {R3} - update",
    body=f"""
Hi there,

We've completed our review of some of the content you reported:

  * {Y3} -- age-restricted. The video is no longer available
    to signed-out viewers or to users under 18.
  * {Y2} -- no action taken. We did not find that this content
    violates our Community Guidelines or local law.

You can learn more about age-restricted content here:
https://support.google.com/youtube/answer/2802167

Best regards,
The YouTube Team
""",
    outcome="applied",
    imitates="YouTube update mail with a bulleted list: age-restriction and a no-action decision",
    why="age-restricted is restricted; 'no action taken ... does not violate' is a refusal: rejected",
    items={Y3: "restricted", Y2: "rejected"},
)

case(
    name="youtube-geo-restricted-english",
    date="Fri, 13 Sep 2024 06:20:00 +0000",
    **{"from": YT_FROM},
    name_from="Google Legal Support",
    subject=f"[{R3}] Decision on your request",
    body=f"""
Hello,

In response to your request {R3}, we have restricted access to the following
video in South Korea, based on local law:

{Y2}

We could not locate the following URL. It does not point to a video that
exists on YouTube:

{Y3}

Sincerely,
Google Legal Support
""",
    outcome="applied",
    imitates="Google legal removals reply: content blocked in one country, one URL not located",
    why="Y2 restricted in Korea; Y3 cannot be located: not_found",
    items={Y2: "restricted", Y3: "not_found"},
)

case(
    name="dc-operator-informal",
    date="Mon, 9 Sep 2024 20:11:38 +0900",
    **{"from": "manager.kim@dcinside.com"},
    name_from=enc("디시인사이드 운영팀 김민재"),
    subject=enc("RE: 방심위 삭제요청 건"),
    reply_to_req=thread(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀 김민재입니다.

보내주신 것 중에
{D1} 이랑
{D2}
이 두 글은 방금 삭제했습니다.

{D3} 는 미니갤 공지성 글인데, 저희 쪽에서 확인해보니 개인정보가 들어간 내용이
없어서 규정 위반으로 보기 어렵습니다. 그래서 이 글은 그대로 두었습니다.

추가로 필요하신 거 있으면 편하게 연락 주세요.
김민재 드림
""",
    outcome="applied",
    imitates="informal reply from a community site's operator (DC Inside style), Korean particles after URLs",
    why="'이 두 글은 방금 삭제했습니다' covers the two URLs just above; D3 is kept with a reason: rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-url-then-result-line",
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    **{"from": DC_FROM},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc(f"[디시인사이드] 삭제 요청 처리 결과 ({R4})"),
    body=f"""
디시인사이드 신고센터입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

{D2}
→ 처리 결과: 삭제 완료

{D3}
→ 처리 결과: 게시물 없음 (작성자 본인이 이미 삭제한 게시물입니다)

감사합니다.
디시인사이드 신고센터 (https://www.dcinside.com/policy/report)
""",
    outcome="applied",
    imitates="community-site report desk mail: bare URL with its result on the line below",
    why="D2 deleted; D3 already deleted by its author: not_found",
    items={D2: "removed", D3: "not_found"},
)

case(
    name="dc-numbered-list",
    date="Wed, 11 Sep 2024 16:45:12 +0900",
    **{"from": DC_FROM},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc(f"Re: {R4} 시정요구 조치 결과"),
    reply_to_req=thread(R4),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.
{R4} 건 조치 결과입니다.

1) 주식 갤러리 {D1}
   : 개인정보 노출 확인되어 게시물 삭제 및 작성자 7일 이용 제한

2) 미니 갤러리 {D3}
   : 검토 결과 개인정보 포함되지 않음 - 조치하지 않음

나머지 1건(마이너 갤러리)은 갤러리 매니저와 확인 중입니다.

감사합니다.
""",
    outcome="applied",
    imitates="DC Inside-style numbered result list with gallery names and colon-led results",
    why="D1 removed (plus a user sanction); D3 'no personal data, no action': rejected; the third is only 'checking' and unnamed",
    items={D1: "removed", D3: "rejected"},
)

case(
    name="band-korean-notice",
    date="Thu, 12 Sep 2024 13:00:27 +0900",
    **{"from": BAND_FROM},
    name_from=enc("BAND 운영정책팀"),
    subject=enc(f"[BAND] 게시글 조치 결과 안내 ({R5})"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

방송통신심의위원회에서 요청하신 게시글({R5})에 대한 조치 결과를 알려드립니다.

 ㆍ {B1}
   → 마약류 판매 게시글로 확인되어 삭제하였으며, 해당 밴드는 이용 제한되었습니다.
 ㆍ {B2}
   → 요청 시점 이전에 삭제되어 존재하지 않는 게시글입니다.

BAND 운영정책: https://band.us/policy/service
감사합니다.
""",
    outcome="applied",
    imitates="BAND 운영정책팀 result notice with ㆍ bullets and → result lines",
    why="B1 deleted; B2 no longer exists: not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-informal-one-of-two",
    date="Fri, 13 Sep 2024 19:22:05 +0900",
    **{"from": "cs-lee@band.us"},
    name_from=enc("밴드 고객센터 이수진"),
    subject=enc("Re: 시정요구 관련 문의"),
    reply_to_req=thread(R5),
    body=f"""
안녕하세요 밴드 고객센터 이수진입니다~

말씀하신 게시글 중 {B2} 은
리더분 확인 후 저희가 직접 삭제했어요.

나머지 한 건은 조금 더 확인해 보고 다시 연락드릴게요!

이수진 드림
""",
    outcome="applied",
    imitates="informal BAND customer-centre reply (one item done, the other promised)",
    why="B2 named and deleted by the operator; the other is neither named nor decided",
    items={B2: "removed"},
)

case(
    name="naver-toppost-gmail-quote",
    date="Wed, 4 Sep 2024 16:12:48 +0900",
    **{"from": "cafe-ops@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청 목록 중 카페 게시물인
{N3}
{N4}
두 건은 카페 운영원칙 위반으로 삭제하였습니다.

블로그 및 기타 서비스 게시물은 담당 부서에서 따로 회신드립니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 수신: 네이버 주식회사
> 제목: 불법·유해정보 시정요구 ({R1})
>
> 아래 정보에 대하여 삭제 또는 접속차단 등 시정을 요구하오니
> 2024. 9. 10.까지 조치하고 결과를 회신하여 주시기 바랍니다.
>
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
> 6. {N6}
> 7. {N7}
> 8. {N8}
> 9. {N9}
> 10. {N10}
> 11. {N11}
> 12. {N12}
> 13. {N13}
> 14. {N14}
>
> 방송통신심의위원회
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply (Korean attribution line) over the quoted 시정요구",
    why="only the two cafe posts above the quote are stated removed; the quoted request is ours and states nothing",
    items={N3: "removed", N4: "removed"},
)

case(
    name="naver-outlook-unprefixed-quote",
    date="Thu, 5 Sep 2024 09:55:21 +0900",
    **{"from": "blog-policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책담당"),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요. 네이버 블로그 정책담당입니다.

{N9} - 국내 접속차단 조치 완료
{N12} - 삭제 조치 완료

이상입니다.

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 3일 화요일 오전 10:00
받는 사람: policy@navercorp.com
제목: [방송통신심의위원회] 시정요구 {R1}

아래 정보에 대하여 삭제 또는 접속차단 등의 시정을 요구합니다.

{N1}
{N2}
{N6}
{N9}
{N12}
{N14}

조치 결과는 2024. 9. 10.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Korean Outlook reply over an unprefixed original (보낸 사람/보낸 날짜 header block)",
    why="two results above the separator; the request copied below it is the regulator's own text and states nothing",
    items={N9: "restricted", N12: "removed"},
)

_b64body = f"""안녕하세요. 네이버 고객센터입니다.

{R1} 관련하여 아래 게시물의 처리가 완료되었습니다.

- {N11} : 동영상 비공개 처리
- {N6} : 임시조치 (30일)

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청할 수 있습니다.

감사합니다.
네이버 고객센터
"""
case(
    name="naver-base64-body",
    date="Fri, 6 Sep 2024 14:03:16 +0900",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc(f"[네이버] {R1} 처리 결과"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_b64body),
    outcome="applied",
    imitates="NAVER customer-centre plain mail sent base64-encoded, 'URL : 결과' list",
    why="video made private (removed) and blog post under 임시조치 (restricted)",
    items={N11: "removed", N6: "restricted"},
)

case(
    name="naver-brackets-fullwidth",
    date="Fri, 6 Sep 2024 17:26:49 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: 시정요구 {R1} - moonlit_rvr 블로그 건"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
moonlit_rvr 블로그 게시물 2건에 대해 말씀드립니다.

첫 번째 게시물 <{N1}>은 명예훼손 사유로 삭제하였습니다.
두 번째 게시물（{N2}）은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다．

감사합니다.
""",
    outcome="applied",
    imitates="policy-desk reply with URLs in angle brackets and full-width parentheses followed by Korean particles",
    why="N1 deleted; N2 already deleted by its author: not_found",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="naver-korean-path-raw",
    date="Mon, 9 Sep 2024 11:11:11 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[네이버] {R1} 인플루언서·포스트 게시물 조치 결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 인플루언서 콘텐츠
{N14_RAW}
는 게시중단 조치하였습니다.

네이버 포스트 게시물
{N7}
은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER reply naming an influencer URL with a raw Korean path, plus a refusal with reason",
    why="N14 (raw Korean path = its percent-encoded form) 게시중단: removed; N7 kept, no violation: rejected",
    items={N14: "removed", N7: "rejected"},
)

case(
    name="naver-receipt-plus-result",
    date="Wed, 4 Sep 2024 10:40:03 +0900",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 내용은 정상적으로 접수되었습니다. (접수번호: 2409-0311-5528)

확인 결과, 아래 카페 게시물은 카페 운영원칙 위반으로 삭제 처리되었습니다.
- {N5}

{R1}의 나머지 게시물은 각 서비스 담당자가 확인하고 있습니다.

네이버 고객센터 드림
""",
    outcome="applied",
    imitates="customer-centre 답변 mail opening with a receipt number but stating a result",
    why="an acknowledgement phrase plus an unhedged item-level deletion is not a pure acknowledgement",
    items={N5: "removed"},
)

case(
    name="naver-wrapped-bracket-url",
    date="Tue, 10 Sep 2024 15:58:40 +0900",
    **{"from": "kin-ops@navercorp.com"},
    name_from=enc("네이버 지식iN 운영팀"),
    subject=enc(f"RE: 시정요구 {R1} (지식iN/카페)"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

지식iN 질문 <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208
&docId=471120334> 는 검토 결과 운영원칙 위반이 아니어서 게시를 유지합니다.

카페 게시물 {N10} 는 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="reply whose long URL is hard-wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the bracketed URL continues on the next line: it is N8, kept for no violation (rejected); N10 블라인드: removed",
    items={N8: "rejected", N10: "removed"},
)

_text = f"""카카오 권리침해신고센터입니다.

{R2} 처리 결과

1. {K1} : 임시조치
2. {K2} : 삭제
3. {K3} : 삭제
4. {K4} : 게시물 없음
5. {K5} : 위반사항 없음(유지)

감사합니다.
"""
_html = f"""<div style="font-size:13px">
<p>카카오 권리침해신고센터입니다.</p>
<p><b>{R2}</b> 처리 결과</p>
<table cellspacing="0" cellpadding="5" border="1">
<thead><tr><th>No.</th><th>URL</th><th>결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>임시조치</td></tr>
<tr><td>2</td><td>{K2}</td><td>삭제</td></tr>
<tr><td>3</td><td>{K3}</td><td>삭제</td></tr>
<tr><td>4</td><td>{K4}</td><td>게시물 없음</td></tr>
<tr><td>5</td><td>{K5}</td><td>위반사항 없음(유지)</td></tr>
</tbody></table>
<p>감사합니다.</p>
<p style="color:#888">카카오 운영정책 <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</div>
"""
case(
    name="kakao-alternative-table",
    date="Wed, 11 Sep 2024 09:30:45 +0900",
    **{"from": KAKAO_FROM},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc(f"[카카오] {R2} 처리 결과"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b881-kakao-alt-7d1"

--b881-kakao-alt-7d1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_text)}
--b881-kakao-alt-7d1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html)}
--b881-kakao-alt-7d1--
""",
    outcome="applied",
    imitates="Kakao multipart/alternative result mail: numbered plain list and an HTML table (quoted-printable)",
    why="all five items of the request are named with one result each",
    items={K1: "restricted", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-not-understood",
    date="Wed, 4 Sep 2024 18:20:00 +0900",
    **{"from": "cafe-ops@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 {N13} 은
카페 매니저에게 확인 요청을 드린 상태이며, 확인되는 대로 금일 중 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="operator reply promising a deletion later the same day",
    why="'삭제될 예정입니다' is a promise, not a statement: the named item stays pending",
    items={N13: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date="Thu, 5 Sep 2024 11:48:36 +0900",
    **{"from": "cafe-help@daum.net"},
    name_from=enc("Daum 카페 고객센터"),
    subject=enc(f"RE: {R2} 카페 게시물 문의"),
    reply_to_req=thread(R2),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

문의주신 게시물 {K1} 은
확인해 보니 이미 삭제된 것으로 보입니다. 다만 카페 관리자가 게시판을 비공개로
바꾼 경우에도 같은 화면이 나올 수 있어, 정확한 상태는 추가로 확인이 필요합니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Daum cafe help-desk reply hedging about a post's state (~것으로 보입니다)",
    why="'삭제된 것으로 보입니다' with a caveat is a hedge, not a statement",
    items={K1: "pending"},
)

case(
    name="naver-bulk-all-removed",
    date="Tue, 10 Sep 2024 17:05:30 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[네이버] 시정요구 {R1} 조치 완료"),
    reply_to_req=thread(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구({R1}) 대상 게시물 전체에 대하여
삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
네이버 주식회사 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="one-sentence 조치 완료 reply covering a whole 시정요구",
    why="a statement about all items of a 14-item request without naming each: bulk, items pending",
    items={u: "pending" for u in NAVER_ALL},
)

case(
    name="dc-bulk-three-posts",
    date="Tue, 10 Sep 2024 22:40:17 +0900",
    **{"from": "manager.kim@dcinside.com"},
    name_from=enc("디시인사이드 운영팀 김민재"),
    subject=enc(f"RE: {R4}"),
    reply_to_req=thread(R4),
    body=f"""
안녕하세요 디시 운영팀입니다.
{R4} 요청하신 게시글 3건 모두 삭제 처리했습니다.
확인 부탁드려요.
""",
    outcome="review",
    review="bulk",
    imitates="terse operator reply: '3건 모두 삭제 처리했습니다'",
    why="all three items claimed removed without naming any: bulk",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-dmarc-fail",
    date="Thu, 5 Sep 2024 08:12:09 +0900",
    **{"from": NAVER_FROM},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[네이버] 시정요구 {R1} 조치 결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 관련하여 아래 게시물을 삭제하였습니다.
- {N1}
- {N2}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="result mail claiming to be from NAVER whose DKIM/SPF/DMARC checks fail",
    why="platform domain but failed authentication: nothing applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-contractor-unknown-sender",
    date="Mon, 9 Sep 2024 10:02:58 +0900",
    **{"from": "desk@rightcare-bpo.co.kr"},
    name_from=enc("카카오 권리보호 위탁센터"),
    subject=enc(f"[카카오 위탁] {R2} 처리 결과 안내"),
    body=f"""
안녕하세요. 카카오 권리보호 업무를 위탁 수행하는 라이트케어 상담센터입니다.

{R2} 건 중 아래 게시물은 삭제 처리되었습니다.
{K3}

문의: 1588-0000 (평일 09:00~18:00)
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from an outsourced contact centre writing on a platform's behalf from its own domain",
    why="the sender's domain belongs to no configured platform: unknown_sender, nothing applied",
    items={K3: "pending"},
)

case(
    name="naver-about-band-items",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    **{"from": NAVER_FROM},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: {R5} 밴드 게시글 관련"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

밴드 서비스 게시글 관련 요청({R5})이 당사로 접수되어 확인하였습니다.
{B1} 게시글은 밴드 운영팀에서 삭제 조치하였습니다.

향후 밴드 관련 요청은 밴드 운영정책팀(policy@band.us)으로 보내주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="parent-company policy desk answering for a sister service's item",
    why="NAVER's domain states a status for a BAND item; BAND is a separate platform in config: wrong_platform",
    items={B1: "pending"},
)

case(
    name="kakao-asks-documents",
    date="Fri, 6 Sep 2024 15:17:22 +0900",
    **{"from": KAKAO_FROM},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc(f"[카카오] {R2} 관련 추가 자료 요청"),
    reply_to_req=thread(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 건 중 브런치 게시물({K4})의 조치를 검토하기 위해
시정요구 의결서 사본이 필요합니다.

의결서 사본을 본 메일 회신으로 보내주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao request for supporting documents (의결서 사본) before acting",
    why="asks the regulator for a document; no status given",
    items={K4: "pending"},
)

case(
    name="kakao-channel-change-no-claims",
    date="Tue, 10 Sep 2024 09:00:00 +0900",
    **{"from": "notice@kakaocorp.com"},
    name_from=enc("카카오"),
    subject=enc("[안내] 정보통신망법 관련 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 카카오입니다.

2024년 10월 1일부터 관계기관의 게시물 삭제·임시조치 요청 접수 창구가
기관 전용 요청 시스템으로 변경됩니다.

- 변경 전: 이메일 접수 (right@kakaocorp.com)
- 변경 후: 기관 전용 요청 시스템 (https://cs.kakao.com/requests?service=agency)

기존에 접수된 건은 기존 방식대로 회신됩니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice to agencies about a new intake channel",
    why="trusted Kakao mail naming no requested item and no request",
    items={},
)

case(
    name="youtube-under-review-hedge",
    date="Mon, 9 Sep 2024 04:33:12 +0000",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=thread(R3),
    body=f"""
Hello,

Thanks for your patience. A quick status update on {R3}:

{Y2} is currently under review by our legal team, and we are
waiting for input from local counsel. Our initial check suggests the video may
have already been made private by the uploader, but we still need to confirm
this.

We will write again once we have a decision.

Best,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim update: under review, hedged guess about the video's state",
    why="'under review' and 'may have already been made private' are not statements: pending",
    items={Y2: "pending"},
)

case(
    name="band-conditional-deletion",
    date="Wed, 11 Sep 2024 14:14:14 +0900",
    **{"from": BAND_FROM},
    name_from=enc("BAND 운영정책팀"),
    subject=enc(f"[BAND] {R5} 처리 진행 안내"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

{B1} 게시글에 대해 작성자에게 소명 기회를 안내하였습니다.
7일 이내에 소명이 없을 경우 해당 게시글은 삭제될 예정입니다.

결과가 나오면 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="BAND notice: deletion conditional on the author not answering within 7 days",
    why="a conditional future deletion is not a statement: pending",
    items={B1: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-receipt-ack",
    date="Tue, 3 Sep 2024 10:02:41 +0900",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    subject=enc("[네이버] 게시중단 요청이 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
[네이버 게시중단요청서비스]

게시중단 요청이 정상적으로 접수되었습니다.

■ 접수번호 : R-20240903-0048812
■ 요청기관 : 방송통신심의위원회
■ 요청번호 : {R1}

처리 결과는 검토가 완료된 후 이메일로 안내해 드립니다.
처리 현황은 게시중단요청서비스 마이페이지(https://right.naver.com/mypage)에서
확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 automatic receipt (접수번호)",
    why="pure acknowledgement of receipt, no item status",
    items={},
)

case(
    name="dc-receipt-echoes-urls",
    date="Fri, 6 Sep 2024 09:31:10 +0900",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc("[디시인사이드] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
디시인사이드 신고센터입니다.
보내주신 삭제 요청이 정상적으로 접수되었습니다.

[접수 내역]
접수번호: DC-0906-22871
신고 게시물:
{D1}
{D2}
{D3}

담당자 확인 후 순차적으로 처리되며, 결과는 영업일 기준 3일 이내에 회신드립니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="community site's automatic report receipt echoing the reported URLs",
    why="a receipt that only echoes the reported URLs and promises a later answer is a pure acknowledgement",
    items={},
)

case(
    name="youtube-ticket-receipt",
    date="Thu, 5 Sep 2024 02:03:30 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    subject=f"Re: [{R3}] Legal removal request [7-4410093000182]",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thanks for reaching out to Google. This is an automated message to let you
know that we received your request. Your reference number is 7-4410093000182.

Please keep this number for your records. We review every request carefully
and will be in touch if we need more information.

The Google Legal Support Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-request automatic receipt with a reference number",
    why="pure ticket receipt",
    items={},
)

case(
    name="kakao-chuseok-ooo",
    date="Sat, 14 Sep 2024 10:05:44 +0900",
    **{"from": "dh.lee@kakaocorp.com"},
    name_from=enc("이도현"),
    subject=enc(f"[자동회신] 부재중입니다: RE: 시정요구 {R2} 조치 결과"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 이도현입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.

급한 건은 카카오 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply during the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-dsn-bounce",
    date="Fri, 6 Sep 2024 09:30:52 +0900",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B881DSN.1725582652/mx.dcinside.com"
Auto-Submitted: auto-replied

--B881DSN.1725582652/mx.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: unknown user: "abuse-kr"

--B881DSN.1725582652/mx.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 09:30:51 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@dcinside.com
Original-Recipient: rfc822;abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-kr"

--B881DSN.1725582652/mx.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: [KCSC] {R4}
Date: Fri, 6 Sep 2024 09:30:44 +0900
Message-ID: <{MID[R4]}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 삭제 등 시정을 요구합니다.

{D1}
{D2}
{D3}

--B881DSN.1725582652/mx.dcinside.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with its URLs",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="naver-korean-bounce",
    date="Tue, 3 Sep 2024 10:00:31 +0900",
    **{"from": "MAILER-DAEMON@naver.com"},
    name_from=enc("네이버 메일 발송 실패 안내"),
    subject=enc("메일 발송 실패 안내 (Delivery Status Notification)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="----=_naver_dsn_b881_0903"
Auto-Submitted: auto-replied

------=_naver_dsn_b881_0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람 : policy-report@naver.com
실패 사유 : 받는 사람의 메일함 용량이 초과되었습니다.

원본 메일 제목 : [방송통신심의위원회] 시정요구 ''' + R1 + '''
''')}
------=_naver_dsn_b881_0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.mail.naver.com

Final-Recipient: rfc822; policy-report@naver.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

------=_naver_dsn_b881_0903
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-report@naver.com
Subject: {enc("[방송통신심의위원회] 시정요구 " + R1)}
Date: Tue, 3 Sep 2024 10:00:12 +0900
Message-ID: <{MID[R1]}>

------=_naver_dsn_b881_0903--
""",
    outcome="ignored",
    classification="bounce",
    imitates="NAVER mail Korean-language delivery failure notice (mailbox full, multipart/report)",
    why="bounce of our own request, ignored whatever it names",
    items={},
)

case(
    name="band-read-receipt",
    date="Mon, 9 Sep 2024 16:20:03 +0900",
    **{"from": "reviewer.choi@band.us"},
    name_from=enc("최하늘"),
    subject=enc(f"읽음: [방송통신심의위원회] 시정요구 {R5}"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="------------b881mdn0909"

--------------b881mdn0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{R5} 메일을 2024-09-09 오후 4:20에 읽었습니다.

--------------b881mdn0909
Content-Type: message/disposition-notification

Reporting-UA: band.us; Thunderbird 115.14.0
Final-Recipient: rfc822;reviewer.choi@band.us
Original-Message-ID: <{MID[R5]}>
Disposition: manual-action/MDN-sent-manually; displayed

--------------b881mdn0909--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean, 읽음: subject",
    why="read receipt",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = f"""# Blind set 881 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from the case list; expected results were written from
# each email's meaning before the reader was run. Do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    from collections import Counter
    print(len(CASES), "cases", dict(Counter(c["outcome"] for c in CASES)))
