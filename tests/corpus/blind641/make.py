#!/usr/bin/env python3
"""Blind set 641 (Korean portals and communities): writes requests.csv,
cases/*.eml and expected.toml.

    python3 tests/corpus/blind641/make.py

Every email is fictional and written in our own sentences in the manner of
what NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside and BAND send
(공문-style 조치결과 replies, 임시조치 notices, 시정요구 조치결과 tables,
informal operator replies, receipts, auto-replies, bounces, read receipts).
The expected result of each case was written from the email's meaning
alone, before the reader was run on it. Deterministic: no clock, no random.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_ddal/223567001234"
N2 = "https://blog.naver.com/moonlit_ddal/223567004410"
N3 = "https://blog.naver.com/hanbit_777/223561290077"
N4 = "https://blog.naver.com/hanbit_777/223561299001"
N5 = "https://cafe.naver.com/jjangtoto/48812"
N6 = "https://cafe.naver.com/jjangtoto/48830"
N7 = "https://cafe.naver.com/bettingroom24/1203"
N8 = "https://cafe.naver.com/bettingroom24/1219"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1111&docId=471122334"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38810022&memberNo=5512093"
N11 = "https://blog.naver.com/sunny_slot/223570011122"
N12 = "https://m.blog.naver.com/sunny_slot/223570019876"
# R2: Kakao (Daum cafe, Tistory), 4 items
K1 = "https://cafe.daum.net/moneyclub88/Xk3p/512"
K2 = "https://cafe.daum.net/moneyclub88/Xk3p/530"
K3 = "https://luckyday77.tistory.com/entry/%EB%B0%94%EC%B9%B4%EB%9D%BC-%ED%95%84%EC%8A%B9%EB%B2%95"
K3_RAW = "https://luckyday77.tistory.com/entry/바카라-필승법"
K4 = "https://luckyday77.tistory.com/41"
# R3: YouTube, 5 items
Y1 = "https://www.youtube.com/watch?v=Qm7rT2xkP0a"
Y2 = "https://www.youtube.com/watch?v=bN4uV8wLc3E"
Y3 = "https://www.youtube.com/watch?v=H2s9dKfYq1w"
Y4 = "https://www.youtube.com/shorts/pZ8yXn3TqRk"
Y5 = "https://www.youtube.com/@hangang_tipster"
# R4: DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771203"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771290"
# R5: BAND, 2 items
B1 = "https://band.us/band/88120034/post/412"
B2 = "https://band.us/band/88120034/post/415"
# R6: NAVER, 1 item
NB = "https://blog.naver.com/gold_rabbit21/223575500012"
# R7: Kakao (Daum cafe), 1 item
K7 = "https://cafe.daum.net/ssulbang/Ab12/9087"

REQUESTS = [
    (R1, "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00", "gambling",
     "req-240902-01@kcsc.example", "illegal gambling promotion, blogs/cafes/KnowledgeiN/post",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R2, "kakao", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     "req-240903-02@kcsc.example", "Daum cafe and Tistory", [K1, K2, K3, K4]),
    (R3, "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "fraud",
     "req-240905-03@kcsc.example", "investment scam videos and channel", [Y1, Y2, Y3, Y4, Y5]),
    (R4, "dcinside", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00", "privacy",
     "req-240906-04@kcsc.example", "personal data exposure in gallery posts", [D1, D2, D3]),
    (R5, "band", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", "gambling",
     "req-240909-05@kcsc.example", "BAND posts", [B1, B2]),
    (R6, "naver", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", "privacy",
     "req-240910-06@kcsc.example", "single blog post", [NB]),
    (R7, "kakao", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "obscenity",
     "req-240911-07@kcsc.example", "single Daum cafe post", [K7]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, '"' + note + '"']))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def subj(s):
    """A subject encoded the way Korean mailers send it (RFC 2047, UTF-8 B)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


ORIGINAL_R1_QUOTED = "\n".join("> " + l if l else ">" for l in f"""안녕하세요. 방송통신심의위원회 통신심의국입니다.
위원회 의결에 따라 아래 정보에 대한 시정요구(삭제)를 요청드립니다.
요청번호: {R1}

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}
6. {N6}
7. {N7}
8. {N8}
9. {N9}
10. {N10}
11. {N11}
12. {N12}

조치 결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다.""".split("\n"))

# ------------------------------------------------------------------- cases
C = []

# ============================ APPLIED =====================================

C.append(dict(
    name="naver-gongmun-text-table-all12",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject=subj(f"[NAVER] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req="req-240902-01",
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 통신심의 담당자
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 불법정보(도박) 시정요구와 관련하여,
   당사의 조치 결과를 아래와 같이 회신드립니다.

 번호 | 정보 URL                                                                  | 조치결과             | 비고
------+---------------------------------------------------------------------------+----------------------+---------------------------
  1   | {N1}                  | 삭제                 |
  2   | {N2}                  | 삭제                 |
  3   | {N3}                    | 게시중단             |
  4   | {N4}                    | 게시중단             |
  5   | {N5}                            | 블라인드             |
  6   | {N6}                            | 해당 게시물 없음     | 작성자 삭제(요청 이전)
  7   | {N7}                         | 삭제                 |
  8   | {N8}                         | 임시조치(30일)       | 접근 차단
  9   | {N9} | 삭제                 |
 10   | {N10} | 미조치               | 운영정책 위반 사항 없음
 11   | {N11}                    | 비공개 처리          |
 12   | {N12}                  | 삭제                 |

3. 10번 게시물은 도박 관련 뉴스를 요약한 글로, 사이트 홍보나 이용 유도에
   해당하는 내용이 확인되지 않아 조치하지 않았음을 알려드립니다.
4. 기타 문의사항은 본 메일로 회신 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style 시정요구 조치결과 회신 from a Korean portal, plain-text table with 조치결과 column",
    why="trusted NAVER reply stating a status for each of the 12 URLs in a text table, one refusal with its reason",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "restricted", N9: "removed", N10: "rejected",
           N11: "removed", N12: "removed"},
))

C.append(dict(
    name="naver-html-table-five",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Tue, 03 Sep 2024 18:05:40 +0900",
    subject=subj(f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})"),
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(<b>{R1}</b>) 중 아래 게시물의 처리가 완료되어 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>게시물 주소</th><th>처리 상태</th><th>처리 일시</th></tr>
<tr><td><a href="{N1}">{N1}</a></td><td>게시중단</td><td>2024.09.03 15:10</td></tr>
<tr><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>2024.09.03 15:10</td></tr>
<tr><td><a href="{N3}">{N3}</a></td><td>임시조치</td><td>2024.09.03 15:42</td></tr>
<tr><td><a href="{N4}">{N4}</a></td><td>삭제</td><td>2024.09.03 16:01</td></tr>
<tr><td><a href="{N5}">{N5}</a></td><td>삭제</td><td>2024.09.03 16:05</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 게시중단 관련 도움말은 <a href="https://help.naver.com/service/5640/contents/1234">고객센터</a>를 참고해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail, HTML table of 게시물 주소 / 처리 상태 / 처리 일시",
    why="HTML table gives each of five URLs its own status; the rest are promised later (pending); help link is not an item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed"},
))

_csv = "\ufeff" + "\r\n".join([
    "번호,URL,조치결과,조치일시,비고",
    f"1,{N6},삭제,2024-09-05 10:12,",
    f"2,{N7},블라인드,2024-09-05 10:15,",
    f"3,{N8},해당 게시물 없음,-,카페 폐쇄로 확인 불가",
    f"4,{N9},게시중단,2024-09-05 10:31,",
    f"5,{N10},미조치,-,정책 위반 아님(뉴스 요약)",
    f"6,{N11},임시조치,2024-09-05 11:02,30일",
    f"7,{N12},삭제,2024-09-05 11:05,",
]) + "\r\n"
C.append(dict(
    name="naver-csv-attachment-seven",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 11:30:02 +0900",
    subject=subj(f"RE: [{R1}] 불법정보 시정요구 - 조치결과 송부"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_Part_7731_0905"

------=_NV_Part_7731_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원팀 박서연입니다.

{R1} 건 가운데 지난번 회신에 포함되지 않았던 게시물 7건의 처리 결과를
첨부 파일(조치결과_240905.csv)로 송부드립니다.

확인 부탁드립니다.
감사합니다.

박서연 드림
네이버 정책지원팀
''')}

------=_NV_Part_7731_0905
Content-Type: text/csv; charset=utf-8; name*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_240905.csv
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_240905.csv
Content-Transfer-Encoding: base64

{b64(_csv)}

------=_NV_Part_7731_0905--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team reply carrying the 조치결과 as an Excel-style CSV attachment (UTF-8 with BOM, CRLF)",
    why="the CSV gives a status per URL for seven items; 카페 폐쇄로 확인 불가 is not_found, 미조치 with reason is rejected",
    items={N6: "removed", N7: "removed", N8: "not_found", N9: "removed", N10: "rejected",
           N11: "restricted", N12: "removed"},
))

C.append(dict(
    name="naver-single-post-prose",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Tue, 10 Sep 2024 17:48:20 +0900",
    subject=subj(f"[네이버 블로그] 요청하신 게시물 처리 결과 ({R6})"),
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물 {NB} 에 대하여
확인한 결과 타인의 연락처와 주소가 그대로 노출되어 있어, 9월 10일 17시 20분에
게시중단 처리하였습니다.

게시자에게는 게시중단 사실과 재게시 요청 절차가 안내되었습니다.

감사합니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply in prose: 게시중단 처리하였습니다",
    why="one named URL, 게시중단 처리 done: removed",
    items={NB: "removed"},
))

C.append(dict(
    name="naver-one-item-request-no-url",
    **{"from": "cs_reply@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 09:14:55 +0900",
    subject=subj(f"Re: [{R6}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240910-06",
    body="""안녕하세요, 네이버 고객센터 담당자 이정훈입니다.

요청 주신 건 확인했습니다. 해당 게시물은 어제 블라인드 처리되어 현재는
외부에서 열람되지 않습니다.

추가로 필요하신 사항 있으시면 회신 부탁드립니다.
고맙습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER help-desk reply in the request thread, naming the post only as 해당 게시물",
    why="answers a one-item request by reference and thread; 블라인드 처리되어 is a plain statement, so the sole item is removed",
    items={NB: "removed"},
))

C.append(dict(
    name="kakao-daum-temporary-measure-notice",
    **{"from": "right@kakaocorp.com"}, name_from="다음 권리침해신고센터",
    date="Wed, 04 Sep 2024 13:02:37 +0900",
    subject=subj("[다음] 게시물 임시조치 안내"),
    body=f"""[다음 권리침해신고센터] 게시물 임시조치 안내

안녕하세요. 카카오 다음 권리침해신고센터입니다.
방송통신심의위원회 요청 건({R2})과 관련하여 안내드립니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
아래 게시물에 대해 30일간 임시조치(접근 차단)를 진행하였습니다.

  - {K1}
  - {K2}

게시자가 임시조치에 대해 이의를 제기하는 경우, 그 처리 결과는 별도로
안내드립니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://cs.daum.net/faq/95.html)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 안내 (정보통신망법 제44조의2 30일 접근 차단)",
    why="two listed cafe posts under a done 임시조치 (30-day access block): restricted; the FAQ link is not an item",
    items={K1: "restricted", K2: "restricted"},
))

C.append(dict(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 10:40:09 +0900",
    subject=subj(f"[티스토리] 신고 게시글 처리 안내 - {R2}"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

위원회에서 요청하신 티스토리 게시글 2건에 대한 처리 결과입니다.

{K3_RAW} 게시글은 불법 도박 사이트 홍보로 확인되어 삭제하였습니다.

{K4} 은(는) 블로그 운영자가 요청 전에 직접 삭제하여 현재 존재하지 않는 페이지입니다.

다음 카페 게시물은 다음 카페팀에서 따로 답변드릴 예정입니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations team reply, Korean-slug URL written raw, particle after a URL",
    why="raw Korean path matches the percent-encoded request URL: removed; /41 deleted by its author beforehand: not_found; cafe posts only promised",
    items={K3: "removed", K4: "not_found", K1: "pending", K2: "pending"},
))

C.append(dict(
    name="kakao-top-posted-over-original",
    **{"from": "daumcafe_ops@kakaocorp.com"}, name_from="다음카페 운영지원",
    date="Fri, 06 Sep 2024 15:22:48 +0900",
    subject=subj(f"RE: [{R2}] 불법정보 시정요구 (도박)"),
    reply_to_req="req-240903-02",
    body=f"""위원회 담당자님 안녕하세요,
다음카페 운영지원 최민재입니다.

요청하신 4건 중 다음 카페 게시물 2건은 오늘 오전 모두 삭제 완료했습니다.
 - {K1}
 - {K2}

티스토리 2건은 저희 팀 소관이 아니라 티스토리 운영팀으로 전달드렸고, 그쪽에서
결과를 회신드릴 예정입니다.

최민재 드림

-----Original Message-----
From: "KCSC 통신심의" <takedown@kcsc.example>
To: <right@kakaocorp.com>
Sent: 2024-09-03 (화) 10:00:12
Subject: [{R2}] 불법정보 시정요구 (도박)

안녕하세요. 방송통신심의위원회입니다.
아래 정보에 대하여 삭제 조치를 요청드립니다.

1. {K1}
2. {K2}
3. {K3}
4. {K4}

회신 기한: 2024. 9. 10.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook/Daum-mail top-posted reply over the quoted original request",
    why="the two cafe posts named in the reply are removed; the Tistory posts appear only in the quoted request and a promise: pending",
    items={K1: "removed", K2: "removed", K3: "pending", K4: "pending"},
))

C.append(dict(
    name="kakao-url-then-result-below",
    **{"from": "cafe_report@daum.net"}, name_from="Daum 카페 신고센터",
    date="Thu, 12 Sep 2024 11:52:03 +0900",
    subject=subj("[Daum 카페] 신고 처리 결과 안내"),
    body=f"""[Daum 카페] 신고 처리 결과 안내

요청기관: 방송통신심의위원회
요청번호: {R7}

신고 게시물:
{K7}
처리 결과: 삭제 (카페 운영원칙 위반 - 음란성 게시물)
처리 일시: 2024-09-12 11:40

처리 결과에 대한 문의는 Daum 고객센터로 해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-result form: URL on its own line, 처리 결과 on the line below",
    why="the one URL, then 처리 결과: 삭제 on the next line: removed",
    items={K7: "removed"},
))

C.append(dict(
    name="yt-legal-english-mixed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:31:17 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission [7-4419000032871]",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thank you for your notice regarding {R3}. After reviewing the content you
identified, we have taken the following actions:

* {Y1}
  We have restricted access to this video in South Korea on the basis of
  local law.

* {Y2}
  This video has been removed globally for violating our Community
  Guidelines.

* {Y3}
  We have restricted access to this video in South Korea.

* {Y4}
  We reviewed this Short and did not find that it violates our policies or
  local law, so we are not taking action on it at this time.

For more information about how we handle government requests, please see
https://support.google.com/youtube/answer/7047001.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome mail to a government requester (local-law restriction vs global Community Guidelines removal)",
    why="four bullets, each URL with its outcome: Korea restriction, global removal, Korea restriction, no action; channel not mentioned",
    items={Y1: "restricted", Y2: "removed", Y3: "restricted", Y4: "rejected"},
))

C.append(dict(
    name="yt-korean-channel-terminated-particle",
    **{"from": "youtube-kr-policy@google.com"}, name_from="YouTube 코리아 정책팀",
    date="Tue, 10 Sep 2024 10:05:44 +0900",
    subject=subj(f"[YouTube] 요청 {R3} 관련 채널 조치 안내"),
    body=f"""안녕하세요. YouTube 코리아 정책팀입니다.

요청하신 채널 {Y5}은(는) 스팸, 현혹 행위 및 사기 관련 정책을 반복적으로
위반하여 해지되었습니다. 해당 채널의 동영상은 더 이상 YouTube에서 볼 수 없습니다.

개별 동영상에 대한 검토 결과는 별도 메일로 안내드리겠습니다.

감사합니다.
YouTube 코리아 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea policy-team notice of a channel termination, written in Korean",
    why="the channel URL (a Korean particle glued to it) is terminated: removed; the videos are only promised a later answer",
    items={Y5: "removed"},
))

C.append(dict(
    name="yt-qp-korean-restrictions",
    **{"from": "youtube-kr-policy@google.com"}, name_from="YouTube 코리아 정책팀",
    date="Wed, 11 Sep 2024 14:18:30 +0900",
    subject=subj(f"[YouTube] 동영상 검토 결과 안내 ({R3})"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. YouTube 코리아 정책팀입니다.

요청번호 {R3} 중 아래 두 건의 검토가 완료되었습니다.

- {Y1}
  해당 동영상은 연령 제한 조치되어, 로그인한 만 18세 이상 사용자만 볼 수 있습니다.

- {Y4}
  해당 Shorts 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 차단되었습니다.
  다른 국가에서는 계속 볼 수 있습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea review-result notice in Korean, quoted-printable body (age restriction and Korea-only block)",
    why="age-restricted video and a Short blocked in Korea only: both restricted",
    items={Y1: "restricted", Y4: "restricted"},
))

_yt_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<p>Hello,</p>
<p>Below is the current status of the items in your request <b>{R3}</b>.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Content URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{Y2}</td><td>Removed &ndash; Community Guidelines (scams)</td></tr>
<tr><td>{Y3}</td><td>No action &ndash; content does not violate our policies or local law</td></tr>
<tr><td>{Y5}</td><td>Channel terminated</td></tr>
</tbody></table>
<p>You can track this request in the <a href="https://support.google.com/legal/answer/3110420">Legal Help Center</a>.</p>
<p>&mdash; YouTube Trust &amp; Safety</p>
</div></body></html>
"""
C.append(dict(
    name="yt-base64-html-status-table",
    **{"from": "trust-safety-noreply@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 08:44:02 +0000",
    subject=f"Update on your request {R3}",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Below is the current status of the items in your request {R3}.

{Y2}
  Removed - Community Guidelines (scams)
{Y3}
  No action - content does not violate our policies or local law
{Y5}
  Channel terminated

- YouTube Trust & Safety
''')}

--000000000000a1b2c3d4e5f60718
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(_yt_html)}

--000000000000a1b2c3d4e5f60718--
""",
    outcome="applied", classification="confirmation",
    imitates="Google-style multipart/alternative status update, both parts base64, HTML Content URL / Outcome table",
    why="three rows with outcomes: removed, no action (rejected), channel terminated (removed)",
    items={Y2: "removed", Y3: "rejected", Y5: "removed"},
))

C.append(dict(
    name="dc-informal-operator-arrows",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:03:26 +0900",
    subject=subj(f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240906-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인해서 처리했습니다.

{D1} → 삭제했습니다
{D2} → 작성자가 이미 지운 글이라 확인이 안 됩니다
{D3} → 삭제하고 작성자 IP 차단했습니다

같은 내용이 다른 갤러리에 또 올라오면 알려주세요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="short informal operator reply from a Korean community site, URL → result on each line",
    why="each URL with its result: deleted, already deleted by its author (not_found), deleted",
    items={D1: "removed", D2: "not_found", D3: "removed"},
))

C.append(dict(
    name="dc-angle-brackets-manager-and-refusal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 16:37:51 +0900",
    subject=subj(f"[디시인사이드] 신고 게시물 처리 결과 ({R4})"),
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

요청하신 마이너 갤러리 게시물에 대해 확인한 내용을 알려드립니다.

<{D2}>
해당 게시물은 갤러리 매니저가 규정 위반으로 이미 삭제한 상태입니다.

<{D3}>
게시물 내용을 확인한 결과 특정인을 식별할 수 있는 정보가 포함되어 있지 않아
이용약관 위반으로 보기 어려워 삭제하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre reply with URLs in angle brackets and the result in the line below",
    why="D2 already taken down by the gallery's moderator (removed, not an author deletion); D3 refused with its reason (rejected)",
    items={D2: "removed", D3: "rejected"},
))

C.append(dict(
    name="band-informal-two-posts",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 13:26:00 +0900",
    subject=subj(f"[BAND] 신고하신 게시글 처리 결과 안내 - {R5}"),
    body=f"""안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글 {B1} 는 운영정책 위반(불법 도박 홍보)으로 확인되어 삭제 조치했습니다.

{B2} 게시글은 확인 결과 작성자가 이미 삭제하여 존재하지 않습니다.

해당 밴드에 대해서는 추가 모니터링을 진행하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result in prose",
    why="post 412 deleted (removed); post 415 already deleted by its author (not_found); monitoring promise names no item",
    items={B1: "removed", B2: "not_found"},
))

C.append(dict(
    name="naver-wrapped-url-in-angles",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date="Fri, 06 Sep 2024 10:11:45 +0900",
    subject=subj(f"[네이버 지식iN/포스트] {R1} 관련 처리 결과"),
    body=f"""안녕하세요. 네이버 지식iN·포스트 운영팀입니다.

요청하신 지식iN 답변 <https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1111
&docId=471122334> 은 도박 사이트 홍보로 확인되어 삭제되었습니다.

포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38810022
&memberNo=5512093> 은 운영정책에 따라 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-team reply with long URLs wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="two wrapped URLs in <...>: KnowledgeiN answer deleted (removed), post made private by NAVER (비공개 처리: removed)",
    items={N9: "removed", N10: "removed"},
))

C.append(dict(
    name="naver-gmail-korean-quote",
    **{"from": "blog_policy@naver.com"}, name_from="네이버 블로그팀",
    date="Wed, 04 Sep 2024 09:27:13 +0900",
    subject=subj(f"Re: [{R1}] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 블로그팀입니다.

moonlit_ddal 블로그의 게시물 두 건({N1}, {N2})은 모두 삭제되었습니다.
나머지 블로그 게시물은 확인 중입니다.

2024년 9월 2일 (월) 오후 2:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{ORIGINAL_R1_QUOTED}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply in Korean (…님이 작성:) above the '>'-quoted request",
    why="two URLs named in parentheses, both deleted: removed; 확인 중 for the rest and the quoted list change nothing",
    items={N1: "removed", N2: "removed"},
))

C.append(dict(
    name="naver-outlook-english-cafe",
    **{"from": "trust.safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 17:55:31 +0900",
    subject=f"RE: [{R1}] Removal request (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Please find below our results for the NAVER Cafe posts in your request.

- {N5} and {N6}: both posts have been removed.
- {N7}: we could not find this post; the cafe article no longer exists.
- {N8}: access to this post has been temporarily blocked (임시조치) for 30 days.

Kind regards,
Jiwoo Han
NAVER Trust & Safety

-----Original Message-----
From: KCSC <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [{R1}] Removal request (illegal gambling)

Please remove the following content:
{N5}
{N6}
{N7}
{N8}
{N9}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-quoted English reply from a Korean portal's trust & safety team",
    why="two URLs in one removed sentence, one not found, one 임시조치 (restricted); N9 only in the quoted request",
    items={N5: "removed", N6: "removed", N7: "not_found", N8: "restricted", N9: "pending"},
))

C.append(dict(
    name="naver-echoed-report-form",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 14:02:18 +0900",
    subject=subj("[네이버] 게시중단 요청 심사 결과 안내"),
    body=f"""네이버 게시중단요청서비스 심사 결과 안내

■ 요청자: 방송통신심의위원회 ({R1})
■ 접수번호: 2409-NV-556120

■ 신고 URL: {N3}
■ 처리 상태: 게시중단 완료

■ 신고 URL: {N4}
■ 처리 상태: 게시중단 완료

■ 신고 URL: {N11}
■ 처리 상태: 반려 (신고 사유에 해당하는 내용이 확인되지 않음)

심사 결과에 이의가 있으시면 게시중단요청서비스 마이페이지에서 재요청하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 심사 결과 mail echoing the report form fields",
    why="form pairs URL / 처리 상태: two 게시중단 완료 (removed), one 반려 with reason (rejected)",
    items={N3: "removed", N4: "removed", N11: "rejected"},
))

C.append(dict(
    name="naver-receipt-plus-statement",
    **{"from": "cs_reply@naver.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 10:20:00 +0900",
    subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""안녕하세요, 네이버 고객센터입니다.
문의하신 내용이 정상적으로 접수되었습니다. (접수번호 2409-0911-228731)

참고로 문의에 적어주신 {N12}
게시물은 이미 삭제 조치가 완료된 상태임을 알려드립니다.

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer that opens with a receipt line and then states a result",
    why="receipt phrase plus an unhedged statement (삭제 조치가 완료) about a named URL: not a pure acknowledgement; removed",
    items={N12: "removed"},
))

C.append(dict(
    name="kakao-gongmun-sijeong-result-table",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호팀",
    date="Mon, 09 Sep 2024 15:45:00 +0900",
    subject=subj(f"[카카오] 시정요구 조치결과 통보 ({R2})"),
    body=f"""주식회사 카카오
문서번호: 카카오 권리보호-2024-0913
수    신: 방송통신심의위원회 통신심의국장
제    목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 시정요구(요청번호 {R2}, 2024. 9. 3.)와 관련입니다.
2. 당사는 아래와 같이 조치하였음을 통보합니다.

[조치결과]
연번 | 정보 URL | 시정요구 내용 | 조치결과 | 조치일
1 | {K1} | 삭제 | 삭제 완료 | 2024.09.04
2 | {K2} | 삭제 | 삭제 완료 | 2024.09.04
3 | {K3} | 삭제 | 삭제 완료(블로그 이용정지 병행) | 2024.09.05
4 | {K4} | 삭제 | 기삭제(게시자 자진 삭제) | -

끝.

주식회사 카카오 권리보호팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (문서번호/수신/제목, 끝.) with a 시정요구 조치결과 table: 연번/정보 URL/시정요구 내용/조치결과/조치일",
    why="the 조치결과 column, not the 시정요구 내용 column, carries the status: three removed, one 기삭제 by its poster (not_found)",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found"},
))

C.append(dict(
    name="naver-statement-then-urls-below",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 04 Sep 2024 19:12:40 +0900",
    subject=subj(f"[네이버 카페] {R1} 게시물 임시조치 안내"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

아래 카페 게시물은 30일간 임시조치(접근 차단) 되었습니다.
{N7}
{N8}

임시조치 기간 안에 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 notice: statement first, the URLs on the lines below it",
    why="a done 30-day 임시조치 for both listed URLs: restricted; the later deletion is only conditional",
    items={N7: "restricted", N8: "restricted"},
))

C.append(dict(
    name="naver-numbered-list-mixed",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 18:30:27 +0900",
    subject=subj(f"RE: [{R1}] 추가 확인 결과"),
    reply_to_req="req-240902-01",
    body=f"""담당자님 안녕하세요.
재확인 요청하신 게시물 5건의 결과를 정리해 드립니다.

1. {N1} : 삭제
2. {N3} : 삭제
3. {N5} : 작성자 탈퇴로 게시물이 존재하지 않음
4. {N9} : 삭제
5. {N12} : 처리 불가 - 요청 사유(도박 홍보)에 해당하는 내용 없음

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="numbered 'URL : 결과' list from a portal policy team",
    why="five numbered URLs with results: three deleted, one gone with its author's account (not_found), one refused with reason (rejected)",
    items={N1: "removed", N3: "removed", N5: "not_found", N9: "removed", N12: "rejected"},
))

C.append(dict(
    name="kakao-alt-angle-particle",
    **{"from": "cafe_report@daum.net"}, name_from="Daum 카페 신고센터",
    date="Fri, 13 Sep 2024 09:08:12 +0900",
    subject=subj(f"Re: [{R7}] 음란 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_daum_alt_20240913_0908"

--=_daum_alt_20240913_0908
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. Daum 카페 신고센터입니다.

신고하신 게시물 <{K7}>을 카페 운영정책 위반으로 블라인드 처리했습니다.
블라인드 처리된 게시물은 카페 회원을 포함해 누구도 열람할 수 없습니다.

감사합니다.

--=_daum_alt_20240913_0908
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>안녕하세요. Daum 카페 신고센터입니다.</p>
<p>신고하신 게시물 &lt;<a href="{K7}">{K7}</a>&gt;을 카페 운영정책 위반으로 <b>블라인드 처리</b>했습니다.<br>
블라인드 처리된 게시물은 카페 회원을 포함해 누구도 열람할 수 없습니다.</p>
<p>감사합니다.</p></body></html>

--=_daum_alt_20240913_0908--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-centre reply, multipart/alternative, URL in angle brackets followed by a particle",
    why="the one URL, 블라인드 처리했습니다: removed",
    items={K7: "removed"},
))

# ============================ REVIEW ======================================

C.append(dict(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 03 Sep 2024 11:02:00 +0900",
    subject=subj(f"RE: [{R1}] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 가운데 {N1}, {N2} 두 건은
현재 담당 부서에서 검토 중이며, 검토가 끝나는 대로 삭제 등 필요한 조치를 취할 예정입니다.

조치가 완료되면 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply: 검토 중 / 조치할 예정",
    why="names two URLs but only says they are under review and will be acted on: promise, no status",
    items={N1: "pending", N2: "pending"},
))

C.append(dict(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 06:12:40 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission [7-4419000032871]",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for your message. It appears that the video at
{Y1} may have already been taken
down by the uploader, but we have not been able to confirm this yet.

We are still reviewing the remaining items and will follow up once we have
more information.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedged observation",
    why="'appears ... may have' is a hedge and the rest is under review: nothing applies",
    items={Y1: "pending"},
))

C.append(dict(
    name="kakao-one-item-will-act",
    **{"from": "cafe_report@daum.net"}, name_from="Daum 카페 신고센터",
    date="Thu, 12 Sep 2024 09:30:15 +0900",
    subject=subj(f"Re: [{R7}] 음란 게시물 삭제 요청"),
    reply_to_req="req-240911-07",
    body="""안녕하세요. Daum 카페 신고센터입니다.

요청하신 게시물은 해당 카페 운영진과 사실관계를 확인한 뒤 조치할 예정입니다.
결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe holding reply: 확인 후 조치할 예정",
    why="answers the one-item request by thread but only promises action: the item stays pending",
    items={K7: "pending"},
))

C.append(dict(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 07 Sep 2024 10:00:00 +0900",
    subject=subj(f"[NAVER] {R1} 조치 완료 안내"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R1} 요청 건과 관련하여, 요청하신 게시물 전체(12건)에 대해 게시중단 조치를
완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 notice covering a whole request",
    why="'all 12 posts' without naming each, for a 12-item request: bulk, items pending",
    items={},
))

C.append(dict(
    name="kakao-bulk-four-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호팀",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    subject=subj(f"RE: [{R2}] 불법정보 시정요구 (도박)"),
    reply_to_req="req-240903-02",
    body="""안녕하세요. 카카오 권리보호팀입니다.

신고하신 게시물 4건 모두 삭제 처리되었습니다.
협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="short bulk confirmation (N건 모두 삭제) from a portal",
    why="a statement about all four items of a four-item request without naming them: bulk",
    items={},
))

C.append(dict(
    name="naver-dmarc-fail-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", auth="fail",
    date="Wed, 04 Sep 2024 08:41:09 +0900",
    subject=subj(f"RE: [{R1}] 조치결과 회신"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N1}
{N2}
위 두 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="portal-looking reply whose DKIM/SPF/DMARC fail",
    why="From is navercorp.com but authentication fails: the statement cannot be trusted",
    items={N1: "pending", N2: "pending"},
))

C.append(dict(
    name="outsourced-lookalike-domain",
    **{"from": "support@naver-cs-partner.co.kr"}, name_from="네이버 고객센터 (위탁)",
    date="Thu, 05 Sep 2024 13:13:13 +0900",
    subject=subj(f"[{R1}] 처리 결과 안내"),
    body=f"""안녕하세요. 네이버 고객센터 위탁 운영사입니다.

요청하신 카페 게시물 {N5} 는 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced help-desk vendor domain that is not the platform's",
    why="the sender domain is not a NAVER domain, even though authentication passes for it",
    items={N5: "pending"},
))

C.append(dict(
    name="cafe-manager-from-gmail",
    **{"from": "ssulbang.manager@gmail.com"}, name_from="썰방 카페지기",
    date="Thu, 12 Sep 2024 22:47:02 +0900",
    subject=subj(f"Re: [{R7}] 음란 게시물 삭제 요청"),
    reply_to_req="req-240911-07",
    body=f"""안녕하세요 저는 다음 카페 '썰방' 매니저입니다.
다음 쪽에서 연락받고 말씀하신 글({K7}) 방금 제가 지웠습니다.
앞으로 회원들 글 더 신경써서 관리하겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a user, not the platform) answering from a personal webmail account",
    why="gmail.com is no platform's domain; a user's word is not the platform's statement",
    items={K7: "pending"},
))

C.append(dict(
    name="naver-states-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject=subj(f"[NAVER] BAND 게시글 처리 결과 ({R5})"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스도 당사 계열에서 운영하고 있어 함께 회신드립니다.

- {B1} : 삭제
- {B2} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal group company answering for a sister service",
    why="the items belong to the BAND platform (band.us senders); NAVER's statement about them is not BAND's own",
    items={B1: "pending", B2: "pending"},
))

C.append(dict(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject=subj("[NAVER] 공공기관 게시중단 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 관련 메일 접수 창구가
아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: gov-request@navercorp.com

기존 주소로 보내주신 메일도 당분간 함께 확인합니다.
자세한 내용은 https://help.naver.com/notice/gov-request 를 참고해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal notice to government requesters about a changed intake address",
    why="trusted NAVER mail naming no item and no request: nothing to apply, a person should read it",
    items={},
))

C.append(dict(
    name="dc-asks-for-resolution-copy",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 10:02:44 +0900",
    subject=subj(f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 3건의 삭제 여부를 판단하기 위해, 위원회 의결서(시정요구서) 사본과
피해자 본인 확인이 가능한 자료를 첨부하여 다시 보내주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean community site asking for the 시정요구서 copy before acting",
    why="asks for documents before any decision; no item status",
    items={D1: "pending", D2: "pending", D3: "pending"},
))

C.append(dict(
    name="yt-partner-manager-forwards-legal",
    **{"from": "minji.kang@google.com"}, name_from="Minji Kang",
    date="Wed, 11 Sep 2024 17:03:29 +0900",
    subject=subj(f"Fwd: [{R3}] Outcome of your request"),
    body=f"""위원회 담당자님,
법무팀 회신이 제게 와서 전달드립니다.

강민지 드림
YouTube 코리아 파트너십

---------- Forwarded message ---------
From: YouTube Legal <legal-noreply@google.com>
Date: Wed, Sep 11, 2024 at 4:40 PM
Subject: [{R3}] Outcome of your request
To: <minji.kang@google.com>

Hello,

{Y2} has been removed for violating our Community Guidelines.

Regards,
YouTube Legal
""",
    outcome="review", review="forwarded",
    imitates="YouTube Korea partner manager forwarding a legal-team outcome (Gmail 'Forwarded message')",
    why="the only statement sits inside a forwarded message: quoted text, not the sender's own statement",
    items={Y2: "pending"},
))

# ============================ IGNORED =====================================

C.append(dict(
    name="naver-out-of-office",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Mon, 02 Sep 2024 14:00:41 +0900",
    subject=subj(f"[자동회신] [{R1}] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박서연입니다.
9월 2일(월)부터 9월 4일(수)까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신]) with Auto-Submitted",
    why="out-of-office auto-reply",
    items={},
))

C.append(dict(
    name="dcinside-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 15:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1A2B3C4D.1725602409/mail.dcinside.com"

--4F1A2B3C4D.1725602409/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-old@dcinside.com>: unknown user: "abuse-old"

--4F1A2B3C4D.1725602409/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 15:00:08 +0900 (KST)

Final-Recipient: rfc822; abuse-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-old"

--4F1A2B3C4D.1725602409/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: abuse-old@dcinside.com
Subject: [{R4}] personal data exposure
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 15:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Please delete the following posts:
{D1}
{D2}
{D3}

--4F1A2B3C4D.1725602409/mail.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request with its URLs",
    why="a bounce of our own request: the URLs are in the returned message only",
    items={},
))

C.append(dict(
    name="kakao-mdn-read-receipt",
    **{"from": "hyunwoo.seo@kakaocorp.com"}, name_from="서현우",
    date="Tue, 03 Sep 2024 10:31:58 +0900",
    subject=subj(f"읽음: [{R2}] 불법정보 시정요구 (도박)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_7f3a_20240903"

------=_MDN_7f3a_20240903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R2}] 불법정보 시정요구 (도박)"을(를) 2024-09-03 10:31에 수신자가 읽었습니다.

------=_MDN_7f3a_20240903
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; hyunwoo.seo@kakaocorp.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_7f3a_20240903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
))

C.append(dict(
    name="naver-helpdesk-ticket-receipt",
    **{"from": "cs_noreply@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 11:05:27 +0900",
    subject=subj("[네이버 고객센터] 문의 접수 완료 안내 (접수번호 2409-0905-110233)"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-0905-110233
 - 문의 제목: [{R1}] 불법정보 시정요구 관련 문의
 - 접수 일시: 2024.09.05 11:05

답변은 순차적으로 진행되며, 답변이 등록되면 메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre 문의 접수 완료 receipt",
    why="pure receipt with a ticket number; no statement about any item",
    items={},
))

C.append(dict(
    name="yt-legal-request-received",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 02:00:31 +0000",
    subject=f"[{R3}] We've received your request [7-4419000032871]",
    body="""Hello,

Thank you for contacting YouTube. This email confirms that we have received
your legal request. Your reference number is 7-4419000032871.

Our team reviews requests in the order they are received. Please keep the
reference number in the subject line if you write to us again.

Regards,
The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with a 7-… reference number",
    why="a receipt: confirms the request arrived, says nothing about items",
    items={},
))

C.append(dict(
    name="band-after-hours-auto-reply",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 10:30:20 +0900",
    subject=subj(f"[자동응답] [{R5}] 불법 도박 홍보 게시글 삭제 요청"),
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, BAND 고객센터입니다.
보내주신 메일은 자동으로 수신되었습니다.

상담 운영시간은 평일 10:00~18:00(점심시간 12:00~13:00)이며,
문의량에 따라 답변이 지연될 수 있는 점 양해 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="BAND help-desk automatic reply with opening hours",
    why="an auto-reply (Auto-Submitted) with no statement",
    items={},
))

C.append(dict(
    name="kakao-report-receipt-echoes-urls",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Tue, 03 Sep 2024 10:02:15 +0900",
    subject=subj("[카카오] 권리침해 신고 접수 완료"),
    body=f"""카카오 권리침해신고센터입니다.
아래와 같이 신고가 접수되었습니다.

신고번호 : KR-20240903-00451
신고기관 : 방송통신심의위원회 ({R2})
신고 게시물 :
  {K1}
  {K2}
  {K3}
  {K4}
처리 상태 : 접수

검토 후 처리 결과를 메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao report-centre receipt echoing the reported URLs with 처리 상태: 접수",
    why="a receipt that echoes the URLs; 접수 (received) is no item status and a result is only promised",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending"},
))

HEADER = """# Blind set 641 (Korean portals and communities): written before any run.
# Generated by make.py; edit the case list there, not this file.
"""

def encode_display_names(cases):
    """Korean display names go out RFC 2047-encoded, as Korean mailers send them."""
    for c in cases:
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()


if __name__ == "__main__":
    encode_display_names(C)
    write_requests()
    corpuslib.write_set(HERE, "blind641", HEADER, C)
    print("wrote %d cases" % len(C))
