#!/usr/bin/env python3
"""Blind set 353 (Korean focus): NAVER, Kakao/Daum/Tistory/Brunch, YouTube
Korea, DC Inside and BAND replies written in Korean (공문 replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies), plus the usual
receipts, out-of-office replies, bounces and read receipts.

Deterministic: `python3 tests/corpus/blind353/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the email's meaning before any run of the reader.
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

SET = "blind353"

# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240903-01"   # largest: 12 items
R_KAKAO = "KCSC-240904-02"   # 5 items
R_YT = "KCSC-240905-03"      # 4 items
R_DC = "KCSC-240906-04"      # 3 items
R_BAND = "KCSC-240909-05"    # 2 items
R_NAVER1 = "KCSC-240910-06"  # 1 item
R_KAKAO1 = "KCSC-240911-07"  # 1 item

N1 = "https://blog.naver.com/sora_daily77/223561100412"
N2 = "https://blog.naver.com/sora_daily77/223561100589"
N3 = "https://blog.naver.com/greenpine_k/223559874401"
N4 = "https://cafe.naver.com/moonlitharbor/3321"
N5 = "https://cafe.naver.com/moonlitharbor/3340"
N6 = "https://cafe.naver.com/jjangstock2024/18812"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5561203"
N9 = "https://blog.naver.com/haru_wave/223560021876"
N10 = "https://cafe.naver.com/ca-fe/cafes/30118842/articles/9051"
N11 = "https://blog.naver.com/greenpine_k/223560337719"
N12 = "https://tv.naver.com/v/58812034"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

M1 = "https://cafe.naver.com/bitgoeul22/7710"

K2_SLUG = "주식-리딩방-안내"
K5_SLUG = "비공개-영상-공유"
K1 = "https://cafe.daum.net/dalbitgil/Ab3x/112"
K2 = "https://haneul-note.tistory.com/entry/" + quote(K2_SLUG)
K2_RAW = "https://haneul-note.tistory.com/entry/" + K2_SLUG
K3 = "https://brunch.co.kr/@muneo-lee/41"
K4 = "https://cafe.daum.net/dalbitgil/Ab3x/118"
K5 = "https://yeoreum-88.tistory.com/entry/" + quote(K5_SLUG)
K5_RAW = "https://yeoreum-88.tistory.com/entry/" + K5_SLUG

L1 = "https://cafe.daum.net/haetsal-market/Zk19/3305"

Y1 = "https://www.youtube.com/watch?v=Qm3rT8vLx2A"
Y2 = "https://www.youtube.com/watch?v=bN7cK0pWz4E"
Y3 = "https://www.youtube.com/shorts/Hx5dPq2LmV9"
Y4 = "https://www.youtube.com/@jinsil-tv-korea"
YT_ALL = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9133021"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=554120"
D3 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9133588"

B1 = "https://band.us/band/81234567/post/120"
B2 = "https://band.us/band/81234567/post/134"

REQUESTS = [
    (R_NAVER, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", NAVER_ALL,
     "illegal_finance", "unregistered investment advice (리딩방) posts"),
    (R_KAKAO, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", [K1, K2, K3, K4, K5],
     "illegal_finance", "Daum cafe, Tistory and Brunch posts"),
    (R_YT, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", YT_ALL,
     "fraud", "fake investment channel and videos"),
    (R_DC, "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", [D1, D2, D3],
     "illegal_finance", "gallery posts"),
    (R_BAND, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [B1, B2],
     "illegal_finance", "open band posts"),
    (R_NAVER1, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [M1],
     "gambling", "single cafe post"),
    (R_KAKAO1, "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [L1],
     "illegal_goods", "single Daum cafe post"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pend(*urls):
    return {u: "pending" for u in urls}


QUOTED_REQUEST_KR = "\n".join(
    ["> 안녕하세요. 방송통신심의위원회 통신심의 담당입니다.",
     "> 아래 게시물은 미등록 투자자문(유사투자 리딩방) 정보로 심의 의결되어",
     "> 삭제 등 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
     ">"]
    + ["> %d. %s" % (i + 1, u) for i, u in enumerate(NAVER_ALL)]
    + [">", "> 방송통신심의위원회 드림"]
)

cases = []

# =================================================================== APPLIED
cases.append(dict(
    name="naver-gongmun-text-table",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
수  신 : 방송통신심의위원회 통신심의국
발  신 : 네이버 주식회사 정책지원팀
제  목 : 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청한 시정요구(KCSC-240903-01)와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

                              - 아    래 -

 연번 | 대상 URL                                                                  | 조치결과         | 비고
 -----+---------------------------------------------------------------------------+------------------+----------------------
  1   | {N1:<73} | 삭제             |
  2   | {N2:<73} | 삭제             |
  3   | {N3:<73} | 임시조치(30일)   | 권리침해 다툼 진행 중
  4   | {N4:<73} | 게시중단         |
  5   | {N5:<73} | 해당 게시물 없음 | 9/2 작성자 삭제
  6   | {N6:<73} | 미조치           | 운영정책 위반 미확인
  7   | {N7:<73} | 삭제             |
  8   | {N8:<73} | 삭제             |
  9   | {N9:<73} | 국내 접속차단    |
  10  | {N10:<73} | 블라인드         |
  11  | {N11:<73} | 존재하지 않음    | URL 확인 불가
  12  | {N12:<73} | 미조치           | 보도 영상, 위반 아님

3. 미조치 건에 대한 추가 의견이 있으시면 회신 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상 주소) / policy-support@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치결과 text table",
    why="trusted NAVER 공문, one row per URL with an explicit 조치결과 for all twelve items",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "restricted", N10: "removed",
           N11: "not_found", N12: "rejected"},
))

rows = [(N1, "삭제"), (N2, "임시조치"), (N3, "게시중단"), (N4, "게시물 없음(존재하지 않는 URL)"),
        (N5, "블라인드"), (N6, "검토 중")]
trs = "\n".join(
    f'<tr><td>{i + 1}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(rows))
cases.append(dict(
    name="naver-html-table-first-batch",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 게시중단 처리센터",
    date="Thu, 05 Sep 2024 11:05:44 +0900",
    subject="[NAVER] KCSC-240903-01 조치결과 1차 회신",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. NAVER 게시중단 처리센터입니다.</p>
<p>요청번호 <b>KCSC-240903-01</b> 중 우선 확인이 끝난 6건의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 주소</th><th>처리결과</th></tr>
{trs}
</table>
<p>나머지 6건은 검토가 끝나는 대로 다시 회신드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 result notice rendered as an HTML table, first partial batch",
    why="HTML table gives five final results; the sixth row is still 검토 중 and stays pending",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "removed", N6: "pending"},
))

csv_rows = [(N1, "삭제"), (N2, "삭제"), (N3, "게시중단"), (N4, "블라인드"), (N5, "임시조치"),
            (N6, "조치불가(위반 아님)"), (N7, "삭제"), (N8, "게시물 없음"), (N9, "접근제한(국내)"),
            (N10, "삭제"), (N11, "삭제"), (N12, "조치불가(위반 아님)")]
csv_text = "\ufeff번호,URL,조치결과,조치일시\r\n" + "".join(
    f'{i + 1},"{u}",{s},2024-09-06 1{i % 8}:0{i % 6}\r\n' for i, (u, s) in enumerate(csv_rows))
cases.append(dict(
    name="naver-csv-attachment-all",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 18:12:30 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 - 조치결과 송부",
    reply_to_req=req_mid(R_NAVER),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv353csv"

--nv353csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청하신 12건에 대한 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--nv353csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv353csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal compliance desk sending a 조치결과 spreadsheet exported as CSV (UTF-8 with BOM)",
    why="CSV attachment gives one explicit result per URL for all twelve items",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "rejected", N7: "removed", N8: "not_found", N9: "restricted", N10: "removed",
           N11: "removed", N12: "rejected"},
))

cases.append(dict(
    name="naver-cafe-blind-bullets",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Wed, 04 Sep 2024 17:22:01 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

위원회에서 요청하신 건 중 카페 게시물에 대해 먼저 말씀드립니다.

아래 두 게시물은 카페 운영원칙 위반이 확인되어 블라인드 처리하였습니다.
  - {N4}
  - {N5}

{N6} 게시물은 카페 매니저의 소명 내용을 확인하고 있어,
결과가 나오면 별도로 안내드리겠습니다.

블로그, 지식iN 게시물은 해당 서비스 담당 부서에서 따로 회신드릴 예정입니다.

고맙습니다.
네이버 카페 운영정책 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply: 블라인드 처리 for listed posts, one still being reviewed",
    why="two bulleted posts are 블라인드 처리 (removed); the third is still being checked, a promise only",
    items={N4: "removed", N5: "removed", N6: "pending"},
))

cases.append(dict(
    name="naver-single-item-no-url",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Wed, 11 Sep 2024 09:48:55 +0900",
    subject="Re: [KCSC-240910-06] 카페 게시물 삭제 요청",
    reply_to_req=req_mid(R_NAVER1),
    body="""
안녕하세요. 네이버 카페 운영정책 담당입니다.

요청하신 카페 게시글은 불법 도박 홍보에 해당하여 오늘 오전 삭제 조치를 완료했습니다.
해당 카페에는 운영원칙 위반 경고도 함께 전달하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply to a one-post request, naming the post only as 요청하신 카페 게시글",
    why="reply in the thread of a one-item request, unhedged 삭제 조치를 완료: the single item is removed",
    items={M1: "removed"},
))

cases.append(dict(
    name="naver-imsi-jochi-notice",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject="[네이버] 임시조치 시행 안내 (요청번호 KCSC-240903-01)",
    body=f"""
[네이버 권리보호센터] 임시조치 시행 안내

방송통신심의위원회 귀중

요청번호 KCSC-240903-01 중 아래 게시물은 권리침해 여부를 당사가 판단하기 어려워
정보통신망법 제44조의2 제4항에 따라 임시조치(30일간 접근 차단)를 시행하였습니다.

 1) 블로그 greenpine_k 게시글 <{N3}>
 2) 블로그 haru_wave 게시글 <{N9}>
 3) 블로그 greenpine_k 게시글 <{N11}>

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제됩니다.
임시조치 제도 안내: https://right.naver.com/guide/temporary

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2)",
    why="three posts in angle brackets under an unhedged 임시조치 시행: restricted; the guide link is not an item",
    items={N3: "restricted", N9: "restricted", N11: "restricted"},
))

cases.append(dict(
    name="naver-url-then-arrow-status",
    **{"from": "kin-ops@navercorp.com"}, name_from="네이버 서비스운영팀",
    date="Fri, 06 Sep 2024 14:35:10 +0900",
    subject="RE: [KCSC-240903-01] 처리결과",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 지식iN, 포스트, 네이버TV 담당 서비스운영팀입니다.

[처리 결과]

{N7}
 → 삭제 완료 (9/5 14:20)

{N8}
 → 삭제 완료 (9/5 14:22)

{N12}
 → 게시 유지 (뉴스 보도 영상으로, 운영정책 위반 소지가 확인되지 않았습니다)

문의 사항은 회신 주세요.
서비스운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="portal service-operations reply: bare URL, status on the line below",
    why="each URL is followed on the next line by its own result: two deletions and one kept up with a reason",
    items={N7: "removed", N8: "removed", N12: "rejected"},
))

cases.append(dict(
    name="naver-gmail-top-posted",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Wed, 04 Sep 2024 10:17:33 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요, 네이버 블로그 운영팀 김서연입니다.

{N2} 는 오늘 오전 삭제했습니다.
{N1} 는 저희가 확인했을 때 이미 작성자가 글을 지운 상태였습니다.

나머지 건은 각 담당 부서에서 회신드릴 거예요.

2024년 9월 3일 (화) 오전 10:02, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{QUOTED_REQUEST_KR}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply from Gmail-style client, top-posted over the quoted request (Korean quote header)",
    why="two unquoted statements (deleted; already deleted by the author); the quoted request changes nothing",
    items={N1: "not_found", N2: "removed", N3: "pending", N7: "pending", N12: "pending"},
))

cases.append(dict(
    name="naver-base64-body",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Sat, 07 Sep 2024 10:02:41 +0900",
    subject="[회신] KCSC-240903-01 카페 게시물 처리 결과",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''요청 건 KCSC-240903-01 관련 회신입니다.

■ {N10}
  - 비공개 처리 (카페 운영진이 게시글을 내린 것을 확인하였습니다)

■ {N6}
  - 검토 결과 이용약관 및 운영정책 위반 사항이 없어 별도 조치하지 않습니다.

네이버 카페 운영정책 담당
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply sent base64-encoded with an RFC 2047 subject, as Korean webmail does",
    why="base64 body: one post 비공개 처리 (removed), one refused with a reason (rejected)",
    items={N10: "removed", N6: "rejected"},
))

K5_CUT = K5.index("-", K5.index("/entry/")) + 1  # the mailer breaks the long link after a hyphen
K5_WRAP = K5[:K5_CUT] + "\n    " + K5[K5_CUT:]
cases.append(dict(
    name="kakao-gongmun-numbered",
    **{"from": "right-center@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 16:05:27 +0900",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240904-02)",
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
방송통신심의위원회 담당자님께

(주)카카오 권리침해신고센터입니다.
2024년 9월 4일 귀 위원회가 요청하신 시정요구(KCSC-240904-02)에 대한 당사 조치 결과를 다음과 같이 알려드립니다.

1. {K1}
   : 게시중단 완료 (9/5)
2. {K2}
   : 임시조치(30일)
3. {K3}
   : 조치 불가 - 검토 결과 관련 법령 및 브런치 운영정책 위반으로 보기 어려움
4. {K4}
   : 이미 삭제된 게시물 (요청일 이전 작성자 삭제)
5. {K5_WRAP}
   : 블라인드 처리

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 공문-style numbered 조치결과 list (Daum cafe, Tistory, Brunch)",
    why="numbered list, one result per URL; the fifth (percent-encoded) URL is wrapped by the mailer but plainly one link",
    items={K1: "removed", K2: "restricted", K3: "rejected", K4: "not_found", K5: "removed"},
))

cases.append(dict(
    name="kakao-tistory-raw-korean-urls",
    **{"from": "tistory-ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 13:44:19 +0900",
    subject="Re: [KCSC-240904-02] 시정요구 - 티스토리 게시글",
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청해 주신 티스토리 글 두 건의 처리 결과입니다.

<{K2_RAW}>은 권리침해 여부를 판단하기 어려워 임시조치(30일) 하였습니다.
{K5_RAW} 글은 운영정책 위반으로 삭제되었습니다.

나머지 다음카페·브런치 건은 각 서비스에서 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply writing the Korean-slug URLs raw, one in angle brackets followed by a particle",
    why="raw Korean paths match the percent-encoded requested URLs: one 임시조치 (restricted), one 삭제",
    items={K2: "restricted", K5: "removed"},
))

qp_text = f"""다음 카페 운영팀입니다.

{K1} 게시글은 카페 운영진 확인 후 삭제되었습니다.
{K4} 게시글은 요청일 이전에 이미 삭제되어 존재하지 않습니다.

감사합니다.
"""
qp_html = f"""<html><body>
<p>다음 카페 운영팀입니다.</p>
<p><a href="{K1}">{K1}</a> 게시글은 카페 운영진 확인 후 삭제되었습니다.</p>
<p><a href="{K4}">{K4}</a> 게시글은 요청일 이전에 이미 삭제되어 존재하지 않습니다.</p>
<p>감사합니다.</p>
</body></html>
"""
cases.append(dict(
    name="kakao-daum-cafe-qp-alternative",
    **{"from": "cafe-ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Fri, 06 Sep 2024 09:12:55 +0900",
    subject="Re: [KCSC-240904-02] 다음 카페 게시물",
    reply_to_req=req_mid(R_KAKAO),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dm353alt"

--dm353alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
--dm353alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_html)}
--dm353alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, multipart/alternative in quoted-printable",
    why="QP plain and HTML parts say the same: one post deleted, one already gone before the request",
    items={K1: "removed", K4: "not_found"},
))

cases.append(dict(
    name="kakao-single-item-sole",
    **{"from": "cafe-ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Thu, 12 Sep 2024 15:20:03 +0900",
    subject="RE: [KCSC-240911-07] 다음카페 게시물 조치 요청",
    reply_to_req=req_mid(R_KAKAO1),
    body="""
안녕하세요. 다음 카페 운영팀입니다.

요청하신 게시물은 다음카페 운영정책(불법 상품 판매 금지) 위반으로 확인되어 삭제 조치하였습니다.
해당 카페 운영자에게도 관련 안내를 발송하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply to a one-post request without repeating the URL",
    why="thread reply to a one-item request with an unhedged 삭제 조치하였습니다: the item is removed",
    items={L1: "removed"},
))

cases.append(dict(
    name="kakao-single-item-kept",
    **{"from": "cafe-ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Fri, 13 Sep 2024 11:02:47 +0900",
    subject="RE: [KCSC-240911-07] 다음카페 게시물 조치 요청",
    reply_to_req=req_mid(R_KAKAO1),
    body=f"""
안녕하세요, 다음 카페 운영팀입니다.

{L1}

위 게시물은 검토 결과 개인 간 중고 물품 거래 글로 확인되어, 현행 운영정책상 삭제 사유에
해당하지 않아 게시를 유지합니다.

판단에 이견이 있으시면 고객센터(https://cs.daum.net/faq/cafe)로 추가 자료를 보내주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe refusal: post kept up because it breaks no rule, with a help-centre link",
    why="explicit refusal with its reason for the one requested post (rejected); the help link is not an item",
    items={L1: "rejected"},
))

cases.append(dict(
    name="yt-korea-restricted-and-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 08:14:40 +0900",
    subject="[YouTube] 귀하의 법적 요청에 대한 조치 안내 - KCSC-240905-03",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

귀하의 요청(KCSC-240905-03)을 검토했습니다.

아래 동영상 2개는 대한민국 법률 위반 소지가 있어 대한민국 내에서 해당 콘텐츠에 대한
액세스를 제한했습니다.
- {Y1}
- {Y2}

또한 {Y3} 는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

YouTube의 법적 삭제 요청 처리 방식은 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: locally blocked in Korea plus a guideline removal",
    why="two videos restricted in Korea, one short removed; the support link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
))

cases.append(dict(
    name="yt-english-channel-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:51:09 +0900",
    subject="Re: KCSC-240905-03 - Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thank you for your patience while we reviewed the content listed in your request.

The channel {Y4} has been terminated for repeated violations of our spam, deceptive
practices and scams policies.

{Y2}: after review, we did not find this video to violate our Community Guidelines or
local law, so we are not taking action on it at this time.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email in English (channel termination, no-action decision)",
    why="channel terminated (removed); second URL explicitly not actioned because it breaks no rule (rejected)",
    items={Y4: "removed", Y2: "rejected"},
))

cases.append(dict(
    name="yt-age-restricted-and-gone",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject="[YouTube] 요청 처리 결과 (KCSC-240905-03)",
    body=f"""
안녕하세요.

요청하신 콘텐츠의 처리 결과를 알려드립니다.

{Y3} – 연령 제한 적용 (로그인한 만 18세 이상 사용자만 시청 가능)
{Y1} – 업로더가 이미 삭제하여 더 이상 존재하지 않는 동영상입니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea outcome: age restriction and a video already deleted by its uploader",
    why="age-restricted short is restricted; video already deleted by its uploader is not_found",
    items={Y3: "restricted", Y1: "not_found"},
))

cases.append(dict(
    name="dc-operator-informal",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 13:05:11 +0900",
    subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=req_mid(R_DC),
    body=f"""
안녕하세요 디시인사이드 운영자입니다.
보내주신 3건 확인했습니다.

{D1} 삭제했습니다.
{D2} 도 삭제했습니다(마이너 갤러리 매니저 부재로 운영팀에서 직접 처리).
{D3} 은 작성자가 먼저 지워서 이미 없는 글이에요.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply (DC Inside style) with one line per post",
    why="'확인했습니다' is followed by unhedged per-URL statements: two deleted, one already deleted by its author",
    items={D1: "removed", D2: "removed", D3: "not_found"},
))

cases.append(dict(
    name="dc-fullwidth-colon-list",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 18:45:37 +0900",
    subject="[디시인사이드] 게시물 처리 결과 안내 (KCSC-240906-04)",
    body=f"""
게시물 처리 결과 알려드립니다.

① {D2}：삭제 사유에 해당하지 않음 (게시 유지)
② {D3}：삭제 완료

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside-style result list with circled numbers and full-width colons right after the URLs",
    why="full-width colon ends each URL; one kept up as not violating (rejected), one deleted",
    items={D2: "rejected", D3: "removed"},
))

cases.append(dict(
    name="band-prose-removed-and-gone",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Wed, 11 Sep 2024 14:10:52 +0900",
    subject="Re: [KCSC-240909-05] 밴드 게시글 조치 요청",
    reply_to_req=req_mid(R_BAND),
    body=f"""
안녕하세요. BAND 운영정책 담당자입니다.

요청하신 두 게시글을 확인하였습니다.
{B1} 게시글은 미등록 투자자문(리딩방) 홍보에 해당하여 삭제하였고, 작성자에게는 이용 제한
조치를 적용했습니다.
{B2} 게시글은 확인 시점에 밴드 리더가 이미 삭제하여 존재하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations policy reply in prose",
    why="one post deleted; the other no longer existed when checked (not_found); the policy link is not an item",
    items={B1: "removed", B2: "not_found"},
))

cases.append(dict(
    name="band-one-removed-one-promised",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Tue, 10 Sep 2024 17:33:08 +0900",
    subject="Re: [KCSC-240909-05] 밴드 게시글 조치 요청",
    reply_to_req=req_mid(R_BAND),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

요청하신 게시글 중 {B2} 는 삭제 처리하였습니다.
나머지 한 건({B1})은 밴드 리더의 소명을 받은 뒤 처리할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations reply: one post handled, the other pending the band leader's explanation",
    why="one unhedged deletion; the other post in parentheses is only a promise and stays pending",
    items={B2: "removed", B1: "pending"},
))

cases.append(dict(
    name="naver-echoed-report-result",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Thu, 05 Sep 2024 19:02:16 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

신고 접수번호 : R-20240904-118273
신고자        : 방송통신심의위원회
요청 근거     : KCSC-240903-01

------------------- 신고하신 내용 -------------------
대상 URL  : {N8}
신고 사유 : 불법 금융투자 권유
처리 결과 : 게시중단

대상 URL  : {N11}
신고 사유 : 불법 금융투자 권유
처리 결과 : 게시물 없음 (존재하지 않는 URL)
------------------------------------------------------

본 메일은 발신 전용입니다. 문의는 https://right.naver.com/inquiry 를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 system notice echoing the report with a 처리 결과 field per URL",
    why="system notice from naver.com echoing each reported URL with its 처리 결과: one 게시중단, one does not exist",
    items={N8: "removed", N11: "not_found"},
))

cases.append(dict(
    name="naver-outlook-original-message",
    **{"from": "junho.park@navercorp.com"}, name_from="박준호",
    date="Wed, 04 Sep 2024 15:58:21 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
담당자님 안녕하세요.

아래 요청 중 두 건 먼저 회신드립니다.
- {N1} : 삭제 완료
- {N3} : 임시조치

나머지는 확인 중입니다.

정책지원팀 박준호 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:02 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

안녕하세요. 방송통신심의위원회 통신심의 담당입니다.
아래 게시물은 미등록 투자자문 정보로 심의 의결되어 삭제 등 시정을 요구합니다.

""" + "\n".join("%d. %s" % (i + 1, u) for i, u in enumerate(NAVER_ALL)) + """

조치 후 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply in Korean above an unquoted -----Original Message----- block holding our request",
    why="two statements above the Original Message line; the twelve URLs of our own request below it change nothing",
    items={N1: "removed", N3: "restricted", N2: "pending", N6: "pending", N12: "pending"},
))

cases.append(dict(
    name="kakao-ack-plus-statement",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Sat, 07 Sep 2024 11:26:50 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 #2409-55102)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 신고(KCSC-240904-02)는 정상적으로 접수되었습니다.
확인 결과 브런치 글 {K3} 은 브런치 운영정책 위반으로 발행이 취소되어
현재 비공개 상태입니다.

더 궁금하신 점은 카카오 고객센터(https://cs.kakao.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer that opens with a receipt phrase and then gives a result",
    why="not a pure acknowledgement: an unhedged statement that the post was unpublished (비공개) follows: removed",
    items={K3: "removed"},
))

yt_csv = ("url,action,notes\r\n"
          f"{Y1},Blocked in KR,Local law (Capital Markets Act)\r\n"
          f"{Y2},No action,Not violative of policy or local law\r\n"
          f"{Y3},Removed,Community Guidelines - scams\r\n"
          f"{Y4},Channel terminated,Repeated violations\r\n")
cases.append(dict(
    name="yt-csv-attachment",
    **{"from": "legal-kr-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 07:40:02 +0900",
    subject="Outcome of your request KCSC-240905-03",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="gg353mix"

--gg353mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240905-03.

Regards,
Google Legal Support

--gg353mix
Content-Type: text/csv; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--gg353mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support outcome with a per-URL CSV attachment",
    why="CSV attachment, one action per URL: blocked in KR, no action, removed, channel terminated",
    items={Y1: "restricted", Y2: "rejected", Y3: "removed", Y4: "removed"},
))

# =================================================================== REVIEW
cases.append(dict(
    name="naver-promise-sequential",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물({N9}, {N12})은
관련 부서에서 검토한 뒤 순차적으로 조치될 예정입니다.
처리 결과는 영업일 기준 3일 이내에 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising sequential action after internal review",
    why="names two requested posts but only promises action (조치될 예정): nothing to apply",
    items={N9: "pending", N12: "pending"},
))

cases.append(dict(
    name="naver-bulk-all-twelve",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 10:00:48 +0900",
    subject="[회신] KCSC-240903-01 조치 완료",
    reply_to_req=req_mid(R_NAVER),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 로 요청하신 게시물 12건은 모두 게시중단 조치를 완료하였습니다.

협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 reply covering a whole multi-item request",
    why="'all 12 posts taken down' without naming any: bulk statement for a twelve-item request",
    items=pend(*NAVER_ALL),
))

cases.append(dict(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe-ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Thu, 05 Sep 2024 16:48:30 +0900",
    subject="Re: [KCSC-240904-02] 다음 카페 게시물",
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
안녕하세요, 다음 카페 운영팀입니다.

{K4} 게시글은 현재 조회되지 않는 것으로 보아 작성자가 삭제한 것으로 보입니다.
정확한 확인을 위해 내부 기록을 조회하고 있으며, 확인되면 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="cafe operator's tentative reply ('…것으로 보입니다') pending an internal log check",
    why="hedged ('appears to have been deleted') and explicitly still being checked: no statement",
    items={K4: "pending"},
))

cases.append(dict(
    name="naver-dmarc-fail-table",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Thu, 05 Sep 2024 22:14:05 +0900",
    subject="[회신] 시정요구(KCSC-240903-01) 조치결과",
    body=f"""
방송통신심의위원회 귀중

요청하신 게시물의 조치 결과입니다.

 {N1}  삭제
 {N2}  삭제
 {N4}  삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="조치결과 reply claiming to be NAVER but failing DKIM/SPF/DMARC",
    why="NAVER domain but authentication fails: statements cannot be trusted",
    items=pend(N1, N2, N4),
))

cases.append(dict(
    name="lawfirm-unknown-sender",
    **{"from": "lawyer.park@hangyeol-law.example"}, name_from="법무법인 한결 박민재 변호사",
    date="Thu, 05 Sep 2024 14:20:00 +0900",
    subject="KCSC-240903-01 관련 게시물 삭제 사실 통지",
    body=f"""
방송통신심의위원회 귀중

법무법인 한결은 블로그 운영자 sora_daily77 의 대리인입니다.

의뢰인은 귀 위원회의 시정요구(KCSC-240903-01) 대상인 아래 게시글을 2024. 9. 4. 자진 삭제하였음을
알려드립니다.
 - {N1}
 - {N2}

변호사 박민재 드림
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the author's law firm announcing voluntary deletion",
    why="not the platform: a third party's statement about requested posts goes to a person",
    items=pend(N1, N2),
))

cases.append(dict(
    name="naver-mail-about-band-post",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 10:40:10 +0900",
    subject="[회신] 밴드 게시글 조치 결과 (KCSC-240909-05)",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드 관련 요청이 정책지원팀으로 접수되어 함께 회신드립니다.
{B1} 게시글은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy desk answering for a sister service (BAND)",
    why="navercorp.com states a status for a BAND item; BAND is its own platform (band.us) in the config",
    items={B1: "pending"},
))

cases.append(dict(
    name="kakao-asks-more-documents",
    **{"from": "right-center@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:55:39 +0900",
    subject="[카카오] 시정요구(KCSC-240904-02) 관련 추가 자료 요청",
    reply_to_req=req_mid(R_KAKAO),
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 건(KCSC-240904-02)의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 심의 의결서 사본
 2. 게시물별 위반 법령 조항

자료가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao rights-centre request for the resolution copy and legal grounds before acting",
    why="the platform asks for documents before acting; a person must answer",
    items={},
))

cases.append(dict(
    name="dc-forwarded-to-manager-may",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 12:12:12 +0900",
    subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=req_mid(R_DC),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{D1}
{D2}

위 글들은 해당 갤러리 매니저에게 전달했습니다. 매니저 판단에 따라 삭제될 수 있으며,
처리되지 않을 경우 운영팀에서 다시 검토하겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community operator passing posts to gallery managers, outcome conditional",
    why="'may be deleted depending on the manager' is conditional: the posts stay pending",
    items=pend(D1, D2),
))

cases.append(dict(
    name="band-contact-change-no-claims",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject="[BAND] 기관 협조 담당 창구 변경 안내",
    body="""
안녕하세요, BAND 운영정책팀입니다.

10월 1일부터 수사·행정기관의 협조 요청 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@band.us
 - 변경 후: gov-request@band.us

기존 메일 주소로 보내신 요청도 9월 30일까지는 정상 접수됩니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed government-request mailbox",
    why="trusted BAND mail that names no item and references no request",
    items={},
))

cases.append(dict(
    name="naver-lookalike-domain",
    **{"from": "notice@naver-policycenter.com"}, name_from="NAVER 정책센터",
    date="Fri, 06 Sep 2024 08:03:44 +0900",
    subject="[NAVER] KCSC-240903-01 처리 완료",
    body=f"""
안녕하세요. NAVER 정책센터입니다.

요청하신 카페 게시물을 아래와 같이 처리하였습니다.
 {N4} - 삭제
 {N5} - 삭제

문의: notice@naver-policycenter.com
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as a NAVER policy centre",
    why="naver-policycenter.com is not a NAVER sender domain: unknown sender",
    items=pend(N4, N5),
))

cases.append(dict(
    name="yt-bulk-all-restricted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 03:27:15 +0900",
    subject="Re: KCSC-240905-03 - Legal removal request",
    reply_to_req=req_mid(R_YT),
    body="""
Hello,

Following our review, all of the content you reported in request KCSC-240905-03 has been
restricted from view in South Korea based on local law.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal outcome stating one action for the whole request",
    why="'all of the content you reported' for a four-item request without naming each: bulk",
    items=pend(*YT_ALL),
))

cases.append(dict(
    name="dc-dmarc-fail",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Sun, 08 Sep 2024 23:41:00 +0900",
    subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=req_mid(R_DC),
    body=f"""
운영팀입니다. 요청하신 글 처리했습니다.

{D1} 삭제
{D3} 삭제
""",
    outcome="review", review="untrusted",
    imitates="short operator reply from the site's domain failing SPF/DKIM/DMARC",
    why="sender domain fails authentication: statements not applied",
    items=pend(D1, D3),
))

# =================================================================== IGNORED
cases.append(dict(
    name="naver-inquiry-receipt",
    **{"from": "help-noreply@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:44:02 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 - Re: [KCSC-240903-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409031044-7731
 - 접수일시: 2024-09-03 10:44

담당자가 확인한 뒤 순서대로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre automatic inquiry receipt",
    why="pure receipt with a ticket number; says nothing about any item",
    items={},
))

cases.append(dict(
    name="kakao-out-of-office-chuseok",
    **{"from": "jieun.lee@kakaocorp.com"}, name_from="이지은",
    date="Fri, 13 Sep 2024 09:15:33 +0900",
    subject="[자동회신] 부재중입니다: Re: [KCSC-240904-02] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이지은입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.

급한 건은 권리침해신고센터(right-center@kakaocorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored whatever it mentions",
    items={},
))

cases.append(dict(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 14:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dc353dsn"

--dc353dsn
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@dcinside.com>: host mx1.dcinside.com[198.51.100.77] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dc353dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 14:00:39 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Original-Recipient: rfc822;report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dc353dsn
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240906-04] 게시물 삭제 요청
Date: Fri, 06 Sep 2024 14:00:00 +0900
Message-ID: <{req_mid(R_DC)}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
1. {D1}
2. {D2}
3. {D3}

--dc353dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="delivery failure report; the URLs are only in our returned request",
    items=pend(D1, D2, D3),
))

cases.append(dict(
    name="band-read-receipt",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Mon, 09 Sep 2024 14:31:09 +0900",
    subject="읽음 확인: [KCSC-240909-05] 밴드 게시글 조치 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="bd353mdn"

--bd353mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240909-05] 밴드 게시글 조치 요청"을(를) 수신자가 2024-09-09 14:31에 열어 보았습니다.

--bd353mdn
Content-Type: message/disposition-notification

Reporting-UA: band.us; Webmail
Final-Recipient: rfc822; policy@band.us
Original-Message-ID: <{req_mid(R_BAND)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--bd353mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="read receipt: says only that our request was opened",
    items={},
))

cases.append(dict(
    name="yt-legal-receipt-echo",
    **{"from": "legal-notices-noreply@google.com"}, name_from="Google Legal",
    date="Thu, 05 Sep 2024 09:33:58 +0900",
    subject="[7-2409000031870] We have received your legal request (KCSC-240905-03)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for contacting Google.

This is an automated confirmation that we have received your legal request.
Your reference number is 7-2409000031870. Please keep it for any follow-up.

Summary of your submission:
  Product: YouTube
  Country: South Korea
  URLs:
    {Y1}
    {Y2}
    {Y3}
    {Y4}

We will review your request and contact you if we need more information.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request web form receipt echoing the submitted URLs",
    why="automated receipt that only echoes the submitted URLs; no status for any",
    items=pend(*YT_ALL),
))

cases.append(dict(
    name="kakao-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:03:12 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="kk353dsn"

--kk353dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전달되지 않았습니다. (Your message could not be delivered.)

수신자 jieun.lee@kakaocorp.com 의 메일함 용량이 가득 차 메일을 받을 수 없습니다.
552 5.2.2 Mailbox full

--kk353dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kakaocorp.com

Final-Recipient: rfc822; jieun.lee@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--kk353dsn
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: jieun.lee@kakaocorp.com
Subject: [KCSC-240904-02] 불법정보 시정요구
Date: Wed, 04 Sep 2024 11:00:00 +0900
Message-ID: <{req_mid(R_KAKAO)}@kcsc.example>

--kk353dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual DSN for a full mailbox (552 5.2.2) with the original headers",
    why="delivery failure report",
    items={},
))

HEADER = """# Blind set 353 (Korean focus). Written from each email's meaning before any
# run of the reader; regenerate with python3 tests/corpus/blind353/make.py.
"""


RAW_SUBJECT = {"dc-operator-informal", "dc-dmarc-fail", "band-one-removed-one-promised"}


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as Korean
    mailers send them; a few informal replies keep a raw UTF-8 subject."""
    name = c.get("name_from")
    if name and not name.isascii():
        c["name_from"] = Header(name, "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
