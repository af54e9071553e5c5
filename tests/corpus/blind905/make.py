#!/usr/bin/env python3
"""Blind set 905 (focus: Korean replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and NAVER Band: 공문-style 조치결과 회신, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies).

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind905/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TISTORY_KO_RAW = "https://starlight-note.tistory.com/entry/오늘의-공지"
TISTORY_KO = "https://starlight-note.tistory.com/entry/" + quote("오늘의-공지")

N = [
    "https://blog.naver.com/sunny_harbor77/223560011201",
    "https://blog.naver.com/sunny_harbor77/223560011388",
    "https://blog.naver.com/mintcloud_diary/223561234570",
    "https://cafe.naver.com/dalbitpark/48213",
    "https://cafe.naver.com/dalbitpark/48290",
    "https://cafe.naver.com/jayuhwa2024/1177",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230098",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230455",
    "https://m.blog.naver.com/greentea_log/223559870012",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38810012&memberNo=5512093",
    "https://cafe.naver.com/jayuhwa2024/1203",
    "https://blog.naver.com/mintcloud_diary/223561239901",
]
K = [
    "https://cafe.daum.net/haneulbit/Fq2k/3381",
    "https://cafe.daum.net/haneulbit/Fq2k/3395",
    "https://brunch.co.kr/@moonwalk88/41",
    TISTORY_KO,
    "https://starlight-note.tistory.com/217",
]
Y = [
    "https://www.youtube.com/watch?v=kR7dQ2mXa0c",
    "https://www.youtube.com/watch?v=Lp3vZ8nW1eQ",
    "https://www.youtube.com/shorts/Hq5T0bYc2uJ",
    "https://www.youtube.com/@haru_daily_tv99",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918234",
    "https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55140",
]
B = [
    "https://band.us/band/81234567/post/1042",
    "https://band.us/band/81234567/post/1058",
]
S1 = "https://blog.naver.com/ohmy_coin_kr/223570045518"
T1 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7720551"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T17:00:00+09:00", "2024-09-09T23:59:59+09:00", N,
     "illegal-gambling-ads", "req-240902-01@kcsc.example", "blogs; cafes; kin and post"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00", K,
     "drug-sales", "req-240904-02@kcsc.example", "Daum cafe; Brunch; Tistory"),
    ("KCSC-240905-03", "youtube", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "deepfake-sexual-abuse", "req-240905-03@kcsc.example", ""),
    ("KCSC-240909-04", "dcinside", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", D,
     "privacy-infringement", "req-240909-04@kcsc.example", ""),
    ("KCSC-240910-05", "band", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", B,
     "illegal-gambling-ads", "req-240910-05@kcsc.example", "public band"),
    ("KCSC-240911-06", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00", [S1],
     "fraud", "req-240911-06@kcsc.example", ""),
    ("KCSC-240913-07", "dcinside", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00", [T1],
     "privacy-infringement", "req-240913-07@kcsc.example", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def date(day, hh, mm, ss=0):
    d = datetime.datetime(2024, 9, day, hh, mm, ss)
    return d.strftime("%a, %d Sep 2024 %H:%M:%S +0900")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def pend(urls):
    return {u: "pending" for u in urls}


REQ1_QUOTED = "\n".join("%d. %s" % (i + 1, u) for i, u in enumerate(N))

cases = []

# ======================================================================
# NAVER
# ======================================================================
cases.append(dict(
    name="naver-gongmun-result-table",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date=date(5, 16, 40), reply_to_req="req-240902-01",
    subject="[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신",
    body="""네이버 주식회사

수신  방송통신심의위원회 (통신심의국)
참조  불법정보 시정요구 담당자
제목  시정요구에 대한 조치결과 회신 (KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 2.자로 요청하신 시정요구(KCSC-240902-01, 총 12건)와
관련하여, 당사의 조치결과를 아래와 같이 회신합니다.

                        - 아    래 -

 연번 | 게시물 URL                                                              | 조치결과 | 조치일
------+-------------------------------------------------------------------------+----------+-----------
  1   | https://blog.naver.com/sunny_harbor77/223560011201                      | 삭제     | 2024.09.04
  2   | https://blog.naver.com/sunny_harbor77/223560011388                      | 삭제     | 2024.09.04
  3   | https://blog.naver.com/mintcloud_diary/223561234570                     | 임시조치 | 2024.09.04
  4   | https://cafe.naver.com/dalbitpark/48213                                 | 삭제     | 2024.09.04
  5   | https://cafe.naver.com/dalbitpark/48290                                 | 게시물 없음 | -
  6   | https://cafe.naver.com/jayuhwa2024/1177                                 | 삭제     | 2024.09.05
  7   | https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230098 | 삭제  | 2024.09.05
  8   | https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230455 | 조치 불가 | -
  9   | https://m.blog.naver.com/greentea_log/223559870012                      | 임시조치 | 2024.09.05
 10   | https://post.naver.com/viewer/postView.naver?volumeNo=38810012&memberNo=5512093 | 삭제 | 2024.09.05
 11   | https://cafe.naver.com/jayuhwa2024/1203                                 | 게시물 없음 | -
 12   | https://blog.naver.com/mintcloud_diary/223561239901                     | 삭제     | 2024.09.05

3. '게시물 없음'은 요청 접수 이전에 게시자가 직접 삭제하여 당사에서 해당
게시물을 확인할 수 없는 건이며, '조치 불가'는 내부 검토 결과 관련 법령 및
서비스 운영정책 위반 사항이 확인되지 않아 게시를 유지하는 건입니다.
'임시조치'는 정보통신망법 제44조의2에 따라 30일간 게시물에 대한 접근을
차단한 건입니다.

4. 본 회신과 관련한 문의는 정책지원팀(policy-support@navercorp.com)으로
연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a text table (연번/URL/조치결과)",
    why="Trusted NAVER table giving each of the 12 items its own result; 임시조치 = access blocked (restricted), 게시물 없음 = author deleted (not_found), 조치 불가 with its reason = rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "removed", N[6]: "removed", N[7]: "rejected",
           N[8]: "restricted", N[9]: "removed", N[10]: "not_found", N[11]: "removed"},
))

cases.append(dict(
    name="naver-cafe-html-table",
    from_="cafe_help@navercorp.com", name_from="NAVER Cafe",
    date=date(4, 11, 5), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 게시중단 요청 관련 카페 게시물 처리 결과",
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 12건 가운데 카페 게시물 4건의 처리 결과를 아래와 같이 안내드립니다.
블로그·지식iN·포스트 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="https://cafe.naver.com/dalbitpark/48213">https://cafe.naver.com/dalbitpark/48213</a></td><td>블라인드 처리</td><td>2024-09-03</td></tr>
<tr><td>2</td><td><a href="https://cafe.naver.com/dalbitpark/48290">https://cafe.naver.com/dalbitpark/48290</a></td><td>삭제</td><td>2024-09-03</td></tr>
<tr><td>3</td><td><a href="https://cafe.naver.com/jayuhwa2024/1177">https://cafe.naver.com/jayuhwa2024/1177</a></td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>4</td><td><a href="https://cafe.naver.com/jayuhwa2024/1203">https://cafe.naver.com/jayuhwa2024/1203</a></td><td>작성자 삭제로 확인 불가</td><td>-</td></tr>
</table>
<p>카페 운영원칙은 <a href="https://cafe.naver.com/cafe_rule.html">카페 운영정책 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations team reply with an HTML result table (블라인드/삭제/게시중단)",
    why="Four cafe posts each with its own result; 작성자 삭제로 확인 불가 is not_found; the policy link is not an item; the other 8 are only promised to a later reply",
    items={N[3]: "removed", N[4]: "removed", N[5]: "removed", N[10]: "not_found"},
))

CSV3 = "\ufeff번호,URL,처리결과,처리일자\r\n" + "\r\n".join([
    "1,%s,삭제,2024-09-04" % N[0],
    "2,%s,삭제,2024-09-04" % N[1],
    "3,%s,임시조치(30일 접근 차단),2024-09-04" % N[2],
    "4,\"%s\",해당 게시물 없음,-" % N[6],
    "5,\"%s\",위반사항 없음(게시 유지),-" % N[7],
]) + "\r\n"
cases.append(dict(
    name="naver-csv-attachment-result",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date=date(6, 9, 12), reply_to_req="req-240902-01",
    subject="RE: [KCSC-240902-01] 시정요구 처리결과 송부 (블로그·지식iN 5건)",
    raw_mime="""Content-Type: multipart/mixed; boundary="=_nv_7f3a21"

--=_nv_7f3a21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 블로그 및 지식iN 게시물 5건의 처리결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림

--=_nv_7f3a21
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

%s
--=_nv_7f3a21--
""" % b64(CSV3),
    outcome="applied", classification="confirmation",
    imitates="Portal compliance desk sending its 처리결과 as an Excel 'CSV UTF-8' attachment (BOM, CRLF)",
    why="CSV rows give each of five items a result: 삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found, 위반사항 없음(게시 유지) rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[6]: "not_found", N[7]: "rejected"},
))

cases.append(dict(
    name="naver-blog-bare-url-status-below",
    from_="blog_cs@navercorp.com", name_from="NAVER Blog",
    date=date(5, 14, 20), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 블로그/포스트 게시물 처리 결과",
    body="""안녕하세요. 네이버 블로그·포스트 담당자입니다.
요청 주신 게시물 중 블로그/포스트 담당 건의 처리 결과 알려드립니다.

https://m.blog.naver.com/greentea_log/223559870012
→ 비공개 처리 완료 (9/5)

https://post.naver.com/viewer/postView.naver?volumeNo=38810012&memberNo=5512093
→ 게시중단 (9/5)

https://blog.naver.com/mintcloud_diary/223561239901
→ 임시조치 (30일간 접근 차단, 9/5)

이상입니다. 수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog staff reply: bare URL, result on the line below with an arrow",
    why="Each URL is followed by its own unhedged result: 비공개 처리 and 게시중단 are removed, 임시조치 (접근 차단) is restricted",
    items={N[8]: "removed", N[9]: "removed", N[11]: "restricted"},
))

cases.append(dict(
    name="naver-one-item-sole-blind",
    from_="blog_cs@navercorp.com", name_from="NAVER Blog",
    date=date(12, 10, 48), reply_to_req="req-240911-06",
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    body="""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물 1건에 대하여 블라인드 조치를 완료하였습니다.
블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre one-line 블라인드 조치 완료 reply",
    why="Reply to a one-item request (ref and thread) stating the one post was blinded: applies to that item",
    items={S1: "removed"},
))

cases.append(dict(
    name="naver-promise-sequential",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date=date(3, 15, 2), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 시정요구 관련 안내",
    body="""안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 건 잘 받았습니다. 아래 게시물은 현재 담당 부서에서
검토 중이며, 검토가 끝나는 대로 순차적으로 조치할 예정입니다.

- https://blog.naver.com/sunny_harbor77/223560011201
- https://blog.naver.com/sunny_harbor77/223560011388

처리가 완료되면 별도로 결과를 회신드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal interim reply: 검토 중, 순차적으로 조치할 예정",
    why="Names two items but only promises action (조치할 예정, 검토 중): no status; a clerk must look",
    items=pend([N[0], N[1]]),
))

cases.append(dict(
    name="naver-bulk-all-twelve",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date=date(6, 18, 30), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 조치 완료 안내",
    body="""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01로 요청하신 게시물 12건 전체에 대하여 삭제 조치를
완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Short portal 조치 완료 notice covering a whole request",
    why="'12건 전체 삭제' names no item of a 12-item request: bulk, items stay pending",
    items=pend(N),
))

cases.append(dict(
    name="naver-dmarc-fail",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    auth="fail",
    date=date(4, 8, 55), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 조치결과",
    body="""안녕하세요.

요청 건 처리결과 회신드립니다.

https://blog.naver.com/sunny_harbor77/223560011201 : 삭제 완료

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="Portal result mail that failed DKIM/SPF/DMARC (relay or forgery)",
    why="Claims a removal, but the navercorp.com sender fails DMARC: untrusted, nothing applied",
    items=pend([N[0]]),
))

cases.append(dict(
    name="naver-topposted-original-message",
    from_="blog_cs@navercorp.com", name_from="NAVER Blog",
    date=date(4, 17, 31), reply_to_req="req-240902-01",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    body="""안녕하세요. 아래 요청 건 중 블로그 게시물 2건은 삭제 조치하였습니다.

- https://blog.naver.com/mintcloud_diary/223561234570
- https://blog.naver.com/mintcloud_diary/223561239901

나머지 건은 확인 중입니다.

네이버 블로그 담당 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 5:00 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구

아래 정보에 대하여 방송통신심의위원회 결정에 따라 시정요구하오니
조치 후 그 결과를 회신하여 주시기 바랍니다.

%s

회신기한: 2024. 9. 9.
방송통신심의위원회
""" % REQ1_QUOTED,
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request (-----Original Message-----)",
    why="Only the two URLs above the quote are stated removed; the 12 URLs in the quoted request are not statements; '나머지 건은 확인 중' sets nothing",
    items={N[2]: "removed", N[11]: "removed"},
))

cases.append(dict(
    name="naver-kin-hedged",
    from_="kin_help@navercorp.com", name_from="NAVER KnowledgeiN",
    date=date(4, 13, 14), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 지식iN 게시물 관련",
    body="""안녕하세요, 네이버 지식iN 운영 담당자입니다.

문의하신 지식iN 게시물 두 건은 저희가 확인했을 때 이미 삭제된 것으로
보입니다.

https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230098
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230455

정확한 삭제 경위(작성자 삭제인지, 운영 조치인지)는 추가로 확인한 뒤
다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator reply hedging on whether posts were already deleted (삭제된 것으로 보입니다)",
    why="'삭제된 것으로 보입니다' is a hedge (appears to), and the cause is still being checked: no status",
    items=pend([N[6], N[7]]),
))

QP11 = """안녕하세요. 네이버 카페 고객센터입니다.

요청하신 카페 게시물에 대한 확인 결과를 안내드립니다.

1) https://cafe.naver.com/dalbitpark/48290
   게시자가 이미 삭제한 글로, 현재 존재하지 않는 게시물입니다.

2) https://cafe.naver.com/jayuhwa2024/1177
   카페 운영원칙(불법 사행성 광고) 위반으로 삭제 처리하였습니다.

추가 문의는 네이버 고객센터를 이용해 주세요.
감사합니다.
"""
cases.append(dict(
    name="naver-cafe-quoted-printable",
    from_="cafe_help@navercorp.com", name_from="NAVER Cafe",
    date=date(3, 19, 2), reply_to_req="req-240902-01",
    subject="=?UTF-8?B?%s?=" % base64.b64encode("[네이버 카페] 게시물 확인 결과 안내 (KCSC-240902-01)".encode()).decode(),
    raw_mime="""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + qp(QP11),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe customer-centre notice sent quoted-printable with an encoded subject",
    why="48290 deleted by its author before action (not_found); 1177 deleted for breaking cafe rules (removed)",
    items={N[4]: "not_found", N[5]: "removed"},
))

cases.append(dict(
    name="naver-out-of-office",
    from_="jiyoon.park@navercorp.com", name_from="Park Jiyoon",
    date=date(9, 9, 0), reply_to_req="req-240902-01",
    subject="[자동응답] Re: [KCSC-240902-01] 회신기한 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박지윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 자리를 비웁니다.
메일은 복귀 후 확인하겠습니다.

급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로
연락 부탁드립니다.

(본 메일은 자동으로 발송되었습니다.)
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (out-of-office) from a portal employee",
    why="Out-of-office auto-reply; says nothing about items",
    items={},
))

cases.append(dict(
    name="naver-read-receipt",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date=date(3, 9, 41),
    subject="읽음: [KCSC-240902-01] 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_20240903_0941"

--mdn_20240903_0941
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240902-01] 불법정보 시정요구
읽은 시간: 2024-09-03 09:41 (KST)

이 확인은 메일이 수신자 컴퓨터에 표시되었음을 의미하며, 수신자가 내용을
읽었거나 이해했다는 뜻은 아닙니다.

--mdn_20240903_0941
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy-support@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_20240903_0941--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-language read receipt (MDN, 읽음 확인) from a groupware mail client",
    why="Read receipt for the request; no statement about items",
    items={},
))

cases.append(dict(
    name="naver-helpdesk-receipt",
    from_="help@naver.com", name_from="NAVER Customer Center",
    date=date(11, 9, 33),
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-1100-4471)",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호 : 2409-1100-4471
 - 문의유형 : 게시중단 요청 > 기관 요청
 - 제목     : [KCSC-240911-06] 게시물 삭제 요청
 - 접수일시 : 2024-09-11 09:33

담당자가 확인 후 영업일 기준 1~3일 이내에 답변드리겠습니다.
답변은 고객센터 [나의 문의내역]에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre inquiry receipt (문의 접수 안내, 접수번호)",
    why="Pure receipt with a ticket number and a promise of an answer; no item statement",
    items={},
))

cases.append(dict(
    name="naver-cafe-url-particles",
    from_="cafe_help@navercorp.com", name_from="NAVER Cafe",
    date=date(5, 10, 22), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 카페 게시물 조치 결과",
    body="""안녕하세요. 네이버 카페 운영팀입니다.

문의하신 카페 게시물에 대해 다음과 같이 조치하였습니다.

<https://cafe.naver.com/dalbitpark/48213>은 카페 운영원칙 위반으로 블라인드
처리하였으며, https://cafe.naver.com/dalbitpark/48290 게시글은 권리침해 신고에
따라 30일간 임시조치(접근 제한)하였습니다.

https://cafe.naver.com/jayuhwa2024/1177의 경우 내부 검토 결과 위반 사항이
확인되지 않아 게시 상태를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe prose reply with URLs in angle brackets and URLs followed directly by Korean particles",
    why="48213 blinded (removed), 48290 임시조치/접근 제한 (restricted), 1177 kept because no violation was found (rejected)",
    items={N[3]: "removed", N[4]: "restricted", N[5]: "rejected"},
))

cases.append(dict(
    name="naver-kin-gmail-quote",
    from_="kin_help@navercorp.com", name_from="NAVER KnowledgeiN",
    date=date(6, 11, 7), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    body="""지식iN 담당입니다. 요청 목록 중 지식iN 2건만 회신드립니다.

7번 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230098
  : 답변 본문 삭제 완료
8번 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230455
  : 질문자가 탈퇴하면서 질문이 이미 삭제되어 조회되지 않습니다

2024년 9월 2일 (월) 오후 5:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 아래 정보에 대하여 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.
>
""" + "\n".join("> " + l for l in REQ1_QUOTED.split("\n")) + """
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) over a '>'-quoted request",
    why="Item 7 answer deleted (removed); item 8 already gone because its author left (not_found); the quoted list states nothing",
    items={N[6]: "removed", N[7]: "not_found"},
))

cases.append(dict(
    name="naver-one-item-temporary-measure",
    from_="right_center@navercorp.com", name_from="NAVER Right Center",
    date=date(13, 14, 3), reply_to_req="req-240911-06",
    subject="[네이버 게시중단요청서비스] 임시조치 결과 안내 (KCSC-240911-06)",
    body="""[네이버 게시중단요청서비스] 임시조치 결과 안내

요청하신 게시물에 대하여 아래와 같이 조치되었음을 알려드립니다.

 ■ 대상 게시물 : https://blog.naver.com/ohmy_coin_kr/223570045518
 ■ 조치 내용   : 임시조치 (30일간 게시물 접근 차단)
 ■ 조치 일시   : 2024.09.13 13:58
 ■ 근거        : 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

게시자는 임시조치일로부터 30일 이내에 재게시를 요청할 수 있으며,
재게시 요청이 없는 경우 해당 게시물은 임시조치 상태가 유지됩니다.

네이버 게시중단요청서비스 https://right.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 결과 notice (■ field list, 정보통신망법 제44조의2)",
    why="One named post under 임시조치 (30-day access block): restricted; the right.naver.com link is the service page, not an item",
    items={S1: "restricted"},
))

# ======================================================================
# Kakao / Daum / Tistory / Brunch
# ======================================================================
cases.append(dict(
    name="kakao-gongmun-result",
    from_="report-center@kakaocorp.com", name_from="Kakao Report Center",
    date=date(9, 16, 10), reply_to_req="req-240904-02",
    subject="[카카오] 시정요구 조치결과 회신(KCSC-240904-02)",
    body="""주식회사 카카오

수신자  방송통신심의위원회 위원장
(경유)
제  목  시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(KCSC-240904-02, 2024. 9. 4.)와 관련입니다.
3. 당사는 시정요구 대상 정보에 대하여 아래와 같이 조치하였음을 회신합니다.

□ 조치 내역
 ○ https://cafe.daum.net/haneulbit/Fq2k/3381 : 삭제
 ○ https://cafe.daum.net/haneulbit/Fq2k/3395 : 삭제
 ○ https://brunch.co.kr/@moonwalk88/41 : 게시중단(비공개 전환)
 ○ %s : 국내 접속 차단
 ○ https://starlight-note.tistory.com/217 : 해당 게시물 없음(게시자 삭제)

□ 조치 일자 : 2024. 9. 6.

붙임  조치 화면 캡처 1부(별도 송부).  끝.

주식회사 카카오 권리침해신고센터
""" % TISTORY_KO_RAW,
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (수신자/제목/□ 조치 내역/○ items/끝.) answering a KCSC 시정요구",
    why="Five items each with its result; the Tistory URL is written with its raw Korean path; 국내 접속 차단 = restricted; 게시자 삭제 = not_found",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found"},
))

cases.append(dict(
    name="kakao-tistory-raw-korean-path",
    from_="tistory-cs@kakaocorp.com", name_from="Tistory",
    date=date(6, 15, 44), reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] 티스토리 게시글 처리 안내",
    body="""안녕하세요, 티스토리 고객센터입니다.

문의하신 티스토리 게시글 처리 결과를 안내드립니다.

%s 게시글은 운영정책(불법 의약품 판매 광고) 위반이 확인되어 비공개 처리되었습니다.

https://starlight-note.tistory.com/217 는 블로그 운영자가 이미 삭제하여 현재 존재하지 않는 페이지입니다.

티스토리를 이용해 주셔서 감사합니다.
""" % TISTORY_KO_RAW,
    outcome="applied", classification="confirmation",
    imitates="Tistory customer-centre reply in prose, post URL with an undecoded Korean path",
    why="The raw Korean-path URL matches the percent-encoded item and was made private by Tistory (removed); /217 was deleted by its owner (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
))

cases.append(dict(
    name="kakao-daum-cafe-imsi-jochi",
    from_="cafe-right@daum.net", name_from="Daum Cafe",
    date=date(5, 17, 20), reply_to_req="req-240904-02",
    subject="[Daum 카페] 게시물 임시조치 안내",
    body="""안녕하세요. Daum 카페 권리보호센터입니다.

방송통신심의위원회의 요청(KCSC-240904-02)에 따라, 아래 게시물에 대해
정보통신망법 제44조의2 제4항에 의거 30일간 임시조치(게시물 접근 차단)를
시행하였음을 알려드립니다.

 · https://cafe.daum.net/haneulbit/Fq2k/3381
 · https://cafe.daum.net/haneulbit/Fq2k/3395

임시조치 기간 중에는 게시자 및 카페 운영진을 포함한 모든 이용자가 해당
게시물을 열람할 수 없습니다. 자세한 내용은 고객센터 도움말
(https://cs.daum.net/faq/95/7580.html)을 참고해 주세요.

Daum 카페 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 30일 임시조치 notice (정보통신망법 제44조의2), items in a bulleted list below the statement",
    why="Both named cafe posts are under 임시조치 (access blocked): restricted; the help-centre FAQ link is not an item",
    items={K[0]: "restricted", K[1]: "restricted"},
))

cases.append(dict(
    name="kakao-brunch-no-violation",
    from_="brunch-help@kakaocorp.com", name_from="Brunch",
    date=date(10, 11, 0), reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] 브런치 게시글 검토 결과",
    body="""안녕하세요, 브런치팀입니다.

요청하신 글(https://brunch.co.kr/@moonwalk88/41)을 검토하였습니다.

해당 글은 약물 관련 경험을 서술한 에세이로, 판매나 구매를 권유하거나
연락처를 안내하는 내용이 확인되지 않았습니다. 브런치 운영정책 및 관련
법령 위반 사항이 없다고 판단되어 별도의 조치를 하지 않았으며, 글은
현재 게시 상태로 유지됩니다.

추가로 검토가 필요한 근거가 있으시면 회신해 주시기 바랍니다.

고맙습니다.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) team refusal with its reasons (운영정책 위반 사항 없음, 게시 유지)",
    why="A reasoned refusal: the one named post stays up because it breaks no rule (rejected); the closing invitation is not a request for documents",
    items={K[2]: "rejected"},
))

cases.append(dict(
    name="kakao-daum-bounce",
    from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery System",
    date=date(4, 11, 31),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4WzQ8k3x.daum"

--dsn.4WzQ8k3x.daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송 실패 안내 / Delivery failure notice

보내신 메일이 아래 수신자에게 전달되지 못했습니다.
This message could not be delivered to the following recipient.

<cafe-right-old@daum.net>: 550 5.1.1 수신자 계정이 존재하지 않습니다
    (user unknown)

--dsn.4WzQ8k3x.daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Wed, 4 Sep 2024 11:31:02 +0900

Final-Recipient: rfc822; cafe-right-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn.4WzQ8k3x.daum
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-right-old@daum.net
Subject: [KCSC-240904-02] 불법정보 시정요구
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 04 Sep 2024 11:30:00 +0900
Content-Type: text/plain; charset=utf-8

아래 정보에 대하여 시정요구합니다.
https://cafe.daum.net/haneulbit/Fq2k/3381
https://cafe.daum.net/haneulbit/Fq2k/3395
삭제 후 결과를 회신해 주십시오.

--dsn.4WzQ8k3x.daum--
""",
    outcome="ignored", classification="bounce",
    imitates="Bilingual Daum MTA delivery-status notification (550 5.1.1) returning the request",
    why="A DSN; the URLs and the word 삭제 are in the returned request, not a statement",
    items={},
))

cases.append(dict(
    name="kakao-asks-documents",
    from_="report-center@kakaocorp.com", name_from="Kakao Report Center",
    date=date(5, 10, 2), reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] 추가 자료 요청",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물에 대한 검토를 위하여 다음 자료를 추가로 제출해
주시기 바랍니다.

 대상: https://cafe.daum.net/haneulbit/Fq2k/3381
       https://brunch.co.kr/@moonwalk88/41

 1. 시정요구 결정문(심의 의결서) 사본
 2. 게시물별 위반 법령 조항

자료가 접수되는 대로 검토를 진행하겠습니다. 자료 회신 시 본 메일의
제목을 유지해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao report centre asking for the decision document before acting (추가 자료 요청)",
    why="Asks for documents about two named items; no status yet",
    items=pend([K[0], K[2]]),
))

HTML22 = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Dotum,sans-serif;font-size:12px">
<p>안녕하세요, 카카오 권리침해신고센터입니다.</p>
<p>KCSC-240904-02 건 중 2건의 조치 결과를 회신드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상 URL</th><th>서비스</th><th>조치</th></tr></thead>
<tbody>
<tr><td>https://cafe.daum.net/haneulbit/Fq2k/3395</td><td>Daum 카페</td><td>게시물 삭제</td></tr>
<tr><td>https://starlight-note.tistory.com/217</td><td>티스토리</td><td>게시물 삭제</td></tr>
</tbody></table>
<p>나머지 건은 조치가 끝나는 대로 알려드리겠습니다.</p>
<p>카카오 권리침해신고센터 드림</p>
</div></body></html>
"""
cases.append(dict(
    name="kakao-base64-html-table",
    from_="report-center@kakaocorp.com", name_from="Kakao Report Center",
    date=date(6, 10, 15), reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] 조치 결과 (2건)",
    raw_mime="""Content-Type: multipart/alternative; boundary="----=_Part_88120_kakao"

------=_Part_88120_kakao
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

%s
------=_Part_88120_kakao--
""" % b64(HTML22),
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML-only reply, base64-encoded, with a 대상 URL/서비스/조치 table",
    why="Two named posts each marked 게시물 삭제 (removed); the rest only promised",
    items={K[1]: "removed", K[4]: "removed"},
))

cases.append(dict(
    name="kakao-cafe-manager-gmail",
    from_="haneulbit.manager@gmail.com", name_from="하늘빛 카페 매니저",
    date=date(5, 22, 47),
    subject="하늘빛 카페 게시글 삭제했습니다",
    body="""안녕하세요. 다음 하늘빛 카페 매니저입니다.

카카오에서 연락 받고 말씀하신 글 확인했습니다.
https://cafe.daum.net/haneulbit/Fq2k/3381 글은 제가 방금 삭제했고
작성 회원은 강퇴 처리했습니다.

앞으로 카페 관리 더 신경 쓰겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Informal note from a community's volunteer manager writing from a personal webmail account",
    why="The sender is no platform (gmail.com); a statement from a cafe manager cannot change a status on its own",
    items=pend([K[0]]),
))

cases.append(dict(
    name="kakao-wrapped-angle-urls",
    from_="report-center@kakaocorp.com", name_from="Kakao Report Center",
    date=date(7, 9, 20), reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] 브런치/티스토리 조치 결과",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.
브런치와 티스토리 게시글의 조치 결과를 다음과 같이 회신드립니다.

1. <https://brunch.co.kr/@moonwalk88/41>
   : 브런치 운영정책 위반으로 글 삭제, 작가 계정 이용 제한
2. <https://starlight-note.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-
   %EA%B3%B5%EC%A7%80>
   : 운영정책 위반으로 게시글 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Numbered reply with long URLs in angle brackets, one wrapped over two lines (RFC 3986 appendix C style)",
    why="Brunch post deleted (removed); the wrapped percent-encoded Tistory URL, rejoined inside its angle brackets, deleted (removed)",
    items={K[2]: "removed", K[3]: "removed"},
))

# ======================================================================
# YouTube (Korean)
# ======================================================================
cases.append(dict(
    name="yt-kr-legal-outcome",
    from_="legal-noreply@google.com", name_from="YouTube 법무팀",
    date=date(9, 4, 12), reply_to_req="req-240905-03",
    subject="YouTube 법적 신고 처리 결과 [KCSC-240905-03] [7-2218000031459]",
    body="""안녕하세요.

YouTube에 연락해 주셔서 감사합니다.

신고하신 콘텐츠를 검토한 결과, 아래 동영상은 대한민국 법률에 위배되는
것으로 판단되어 대한민국 내에서 액세스를 제한했습니다.
https://www.youtube.com/watch?v=kR7dQ2mXa0c
https://www.youtube.com/watch?v=Lp3vZ8nW1eQ

또한 아래 콘텐츠는 YouTube 커뮤니티 가이드라인을 위반하여 YouTube에서
삭제되었습니다.
https://www.youtube.com/shorts/Hq5T0bYc2uJ

커뮤니티 가이드라인에 관한 자세한 내용은
https://support.google.com/youtube/answer/9288567 에서 확인하실 수 있습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean YouTube legal-removal outcome: local-law geo-block vs Community Guidelines removal, URLs on lines below each statement",
    why="Two videos restricted in Korea; the Short removed globally; the support.google.com link is a help page",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
))

cases.append(dict(
    name="yt-channel-terminated",
    from_="legal-noreply@google.com", name_from="YouTube 법무팀",
    date=date(10, 2, 55), reply_to_req="req-240905-03",
    subject="YouTube 신고 결과: 채널 해지 [7-2218000031460]",
    body="""안녕하세요.

신고하신 채널 https://www.youtube.com/@haru_daily_tv99 은(는) YouTube 서비스
약관 및 커뮤니티 가이드라인을 반복적으로 위반하여 해지되었습니다. 해지된
채널의 모든 동영상은 더 이상 YouTube에서 볼 수 없습니다.

YouTube 채널 해지 정책: https://support.google.com/youtube/answer/2802032

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination outcome in Korean (채널 해지)",
    why="The requested channel was terminated and its content is unavailable: removed",
    items={Y[3]: "removed"},
))

cases.append(dict(
    name="yt-bilingual-age-and-no-action",
    from_="youtube-legal@google.com", name_from="YouTube Legal Support",
    date=date(11, 7, 30), reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] 신고 검토 결과 / Review outcome",
    body="""안녕하세요 / Hello,

신고하신 동영상 2건의 검토 결과입니다.
Below is the outcome for two of the videos you reported.

Video: https://www.youtube.com/watch?v=Lp3vZ8nW1eQ
결과: 연령 제한 적용 (만 18세 미만 및 비로그인 사용자 시청 불가)
Outcome: Age-restricted

Video: https://www.youtube.com/watch?v=kR7dQ2mXa0c
결과: 정책 위반이 확인되지 않아 조치하지 않음 (게시 유지)
Outcome: No action taken. The video does not violate our policies and remains available.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Bilingual Korean/English YouTube review outcome per video (Video:/결과:/Outcome:)",
    why="Lp3vZ8nW1eQ age-restricted (restricted); kR7dQ2mXa0c kept for no violation (rejected)",
    items={Y[1]: "restricted", Y[0]: "rejected"},
))

cases.append(dict(
    name="yt-legal-form-receipt",
    from_="legal-noreply@google.com", name_from="Google Legal",
    date=date(5, 15, 6), reply_to_req="req-240905-03",
    subject="법적 신고가 접수되었습니다 [KCSC-240905-03] [7-2218000031459]",
    body="""안녕하세요.

Google에 법적 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며
신고 ID는 7-2218000031459입니다.

신고 내용을 검토한 후 이메일로 다시 연락드리겠습니다. 이 메일에
답장하실 때에는 제목의 신고 ID를 그대로 유지해 주세요.

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt (신고가 접수되었습니다, 신고 ID)",
    why="Pure acknowledgement with a case id; no item statement",
    items={},
))

cases.append(dict(
    name="yt-still-reviewing",
    from_="youtube-legal@google.com", name_from="YouTube Legal Support",
    date=date(12, 8, 45), reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] 검토 진행 상황",
    body="""안녕하세요.

신고하신 콘텐츠 중 아래 2건은 현재 담당 팀에서 추가 검토를 진행하고
있습니다.

- https://www.youtube.com/shorts/Hq5T0bYc2uJ
- https://www.youtube.com/@haru_daily_tv99

검토가 완료되는 대로 결과를 안내해 드리겠습니다. 기다려 주셔서
감사합니다.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube status update: items still under review",
    why="Two named items only 'under review' with a promise to report: no status",
    items=pend([Y[2], Y[3]]),
))

cases.append(dict(
    name="google-search-delisting-naver-urls",
    from_="search-legal@google.com", name_from="Google Search Legal",
    date=date(6, 3, 20),
    subject="Google 검색 삭제 요청 결과 [7-2219000004417]",
    body="""안녕하세요.

Google 검색 결과 삭제 요청을 검토했습니다. 요청하신 다음 URL은
현지 법률에 따라 대한민국 Google 검색 결과에서 삭제되었습니다.

https://blog.naver.com/sunny_harbor77/223560011201
https://blog.naver.com/sunny_harbor77/223560011388

이 조치는 Google 검색 결과에만 적용되며, 원본 웹페이지는 해당 사이트
운영자가 관리합니다. 원본 삭제는 사이트 운영자에게 문의하시기 바랍니다.

Google 팀
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search local-law delisting result for third-party (NAVER) pages",
    why="A YouTube/Google sender states results for NAVER items (search delisting, the pages stay up): wrong platform, nothing applied",
    items=pend([N[0], N[1]]),
))

YT_CSV = "video_url,action,reason\r\n" + "\r\n".join([
    "%s,Removed,Violates Community Guidelines (sexual content)" % Y[0],
    "%s,Removed,Violates Community Guidelines (sexual content)" % Y[1],
    "%s,Blocked in KR,Local law (Republic of Korea)" % Y[2],
    "%s,No action,Channel does not violate our policies" % Y[3],
]) + "\r\n"
cases.append(dict(
    name="yt-csv-outcomes",
    from_="youtube-legal@google.com", name_from="YouTube Legal Support",
    date=date(13, 6, 10), reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] 최종 처리 결과",
    raw_mime="""Content-Type: multipart/mixed; boundary="000000000000a1b2c3d4e5f6"

--000000000000a1b2c3d4e5f6
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

안녕하세요.

KCSC-240905-03 요청의 최종 처리 결과를 첨부한 CSV 파일로 보내드립니다.
각 URL의 조치(action)와 사유(reason)를 확인해 주세요.

YouTube Legal Support

--000000000000a1b2c3d4e5f6
Content-Type: text/csv; charset="UTF-8"; name="KCSC-240905-03.csv"
Content-Disposition: attachment; filename="KCSC-240905-03.csv"
Content-Transfer-Encoding: base64

%s
--000000000000a1b2c3d4e5f6--
""" % b64(YT_CSV),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team final outcome as a CSV attachment (video_url,action,reason)",
    why="Two videos removed, the Short blocked in KR (restricted), the channel not actioned with a reason (rejected)",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
))

# ======================================================================
# DC Inside
# ======================================================================
cases.append(dict(
    name="dc-informal-operator",
    from_="helpdesk@dcinside.com", name_from="dcinside",
    date=date(10, 13, 27), reply_to_req="req-240909-04",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    body="""안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 확인했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9918234 -> 삭제했습니다
https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55102 -> 삭제했습니다
https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55140 -> 작성자가 이미 지운 글이라 저희 쪽에서 확인이 안 됩니다

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse informal community-site operator reply, URL -> result per line",
    why="Two posts deleted by the operator (removed); the third already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
))

cases.append(dict(
    name="dc-one-item-korean-outlook-quote",
    from_="helpdesk@dcinside.com", name_from="dcinside",
    date=date(13, 15, 2), reply_to_req="req-240913-07",
    subject="RE: [KCSC-240913-07] 게시물 삭제 요청",
    body="""요청하신 게시물 삭제 처리했습니다.

디시인사이드 운영팀

-----Original Message-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 13일 금요일 오전 10:00
받는 사람: helpdesk@dcinside.com
제목: [KCSC-240913-07] 게시물 삭제 요청

아래 게시물은 개인정보(실명, 연락처)를 노출하고 있어 삭제를 요청합니다.
https://gall.dcinside.com/board/view/?id=baseball_new11&no=7720551

회신기한: 2024. 9. 20.
""",
    outcome="applied", classification="confirmation",
    imitates="One-line operator reply over a Korean-Outlook quoted request (보낸 사람:/보낸 날짜:)",
    why="The only statement (삭제 처리했습니다) answers a one-item request by ref and thread: removed; the URL is only in the quote",
    items={T1: "removed"},
))

cases.append(dict(
    name="dc-promise-today",
    from_="helpdesk@dcinside.com", name_from="dcinside",
    date=date(9, 14, 11), reply_to_req="req-240909-04",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    body="""안녕하세요 디시인사이드입니다.

보내주신 3건
https://gall.dcinside.com/board/view/?id=stock_new2&no=9918234
https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55102
https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55140
확인 후 오늘 중으로 삭제 처리하겠습니다.

처리되면 다시 메일 드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator promise to delete later the same day",
    why="'삭제 처리하겠습니다' is a promise, not a statement: items stay pending",
    items=pend(D),
))

cases.append(dict(
    name="dc-out-of-office",
    from_="legal@dcinside.com", name_from="dcinside legal",
    date=date(9, 10, 1), reply_to_req="req-240909-04",
    subject="부재중 자동회신: [KCSC-240909-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[부재중 안내 / Out of office]

담당자가 9월 9일~9월 11일 출장으로 부재중입니다.
게시물 삭제 요청은 helpdesk@dcinside.com 으로 보내주시면 순차적으로
처리됩니다.

I am away until 11 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual 부재중 자동회신 (Outlook automatic reply)",
    why="Out-of-office auto-reply; its 'will be processed' is about the mailbox, not an item",
    items={},
))

cases.append(dict(
    name="dc-numbered-mixed",
    from_="helpdesk@dcinside.com", name_from="dcinside",
    date=date(11, 16, 40), reply_to_req="req-240909-04",
    subject="Re: [KCSC-240909-04] 처리 결과 안내",
    body="""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 3건의 처리 결과입니다.

1. https://gall.dcinside.com/board/view/?id=stock_new2&no=9918234
   - 개인정보 노출 게시물로 삭제 처리
2. https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55102
   - 운영자 권한으로 블라인드 처리(일반 이용자 열람 불가)
3. https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55140
   - 게시물 내 개인을 특정할 수 있는 정보가 없어 삭제 사유에 해당하지 않아 유지

문의 사항은 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside numbered 처리 결과 list with a dash result line per URL",
    why="1 deleted (removed), 2 blinded by the operator (removed), 3 kept with its reason (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
))

cases.append(dict(
    name="dc-gallery-manager-naver-mail",
    from_="dalbit_gm@naver.com", name_from="달빛게임 갤러리 매니저",
    date=date(10, 23, 15),
    subject="달빛게임 마이너 갤러리 글 삭제 건",
    body="""안녕하세요. 디시인사이드 달빛게임 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 확인했습니다.

https://gall.dcinside.com/mgallery/board/view/?id=dalbitgame&no=55102
매니저 권한으로 삭제했고 작성자는 차단했습니다.

문제 생기면 이 메일로 연락 주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="A gallery volunteer manager writing from a personal NAVER mailbox about a DC Inside post",
    why="Authenticated naver.com (the NAVER platform) mail states a status for a DC Inside item: wrong platform, nothing applied",
    items=pend([D[1]]),
))

# ======================================================================
# NAVER Band
# ======================================================================
cases.append(dict(
    name="band-removed-and-gone",
    from_="report@band.us", name_from="BAND 고객센터",
    date=date(11, 18, 2), reply_to_req="req-240910-05",
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    body="""안녕하세요. BAND 고객센터입니다.

KCSC-240910-05로 신고하신 게시글 2건의 처리 결과를 안내드립니다.

■ https://band.us/band/81234567/post/1042
  운영정책(불법 도박 홍보) 위반으로 게시글을 삭제하였습니다.

■ https://band.us/band/81234567/post/1058
  밴드 리더가 이미 삭제한 게시글로 확인되지 않습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Band customer-centre outcome with ■ per item",
    why="1042 deleted (removed); 1058 already deleted by the band leader (not_found); the policy link is not an item",
    items={B[0]: "removed", B[1]: "not_found"},
))

cases.append(dict(
    name="band-all-reported-deleted",
    from_="report@band.us", name_from="BAND 고객센터",
    date=date(12, 9, 50), reply_to_req="req-240910-05",
    subject="Re: [KCSC-240910-05] 게시글 신고",
    body="""안녕하세요. BAND 고객센터입니다.

신고하신 게시글은 모두 운영정책 위반으로 삭제 조치되었습니다.
앞으로도 건강한 BAND 이용 환경을 위해 노력하겠습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Band one-sentence outcome covering all reported posts",
    why="'모두 삭제' names no item of a two-item request: bulk, both stay pending",
    items=pend(B),
))

cases.append(dict(
    name="band-mixed-kept-and-deleted",
    from_="report@band.us", name_from="BAND 고객센터",
    date=date(13, 11, 25), reply_to_req="req-240910-05",
    subject="Re: [KCSC-240910-05] 게시글 검토 결과",
    body="""안녕하세요, BAND 고객센터입니다. 신고 건 검토 결과 알려드립니다.

https://band.us/band/81234567/post/1058 게시글은 불법 도박 사이트 주소를
포함하고 있어 삭제하였고, 게시한 멤버의 BAND 이용을 정지하였습니다.

https://band.us/band/81234567/post/1042 게시글은 확인 결과 도박과 무관한
모임 공지로, 운영정책 위반 사항이 없어 그대로 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Band reply in two prose paragraphs, one deletion and one reasoned refusal",
    why="1058 deleted (removed); 1042 kept because it breaks no rule (rejected)",
    items={B[1]: "removed", B[0]: "rejected"},
))

cases.append(dict(
    name="band-receipt-with-result",
    from_="noreply@band.us", name_from="BAND",
    date=date(10, 20, 12), reply_to_req="req-240910-05",
    subject="[BAND] 신고가 접수되었습니다",
    body="""신고가 정상적으로 접수되었습니다. (접수번호 BR-2409-58812)

접수와 동시에 확인한 결과, 아래 게시글은 BAND 운영정책 위반으로
삭제되었습니다.
https://band.us/band/81234567/post/1042

나머지 신고 건은 검토 후 결과를 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Band report receipt that already carries one result (접수 + 삭제)",
    why="A receipt phrase plus an unhedged statement that 1042 was deleted is not a pure acknowledgement: 1042 removed; 1058 only promised (not named)",
    items={B[0]: "removed"},
))


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    header = """# Blind set 905 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# NAVER Band). Written by tests/corpus/blind905/make.py from each email's
# meaning, before any run of the reader. Each case is judged alone on a fresh
# ledger holding requests.csv."""
    corpuslib.write_set(HERE, "blind905", header, cases)


if __name__ == "__main__":
    main()
