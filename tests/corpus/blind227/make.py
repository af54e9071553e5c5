#!/usr/bin/env python3
"""Blind set 227 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND). Writes requests.csv, cases/*.eml and expected.toml deterministically.

    python3 tests/corpus/blind227/make.py

Every email is fictional and written in our own sentences; expected results
were written from each email's meaning before the reader was run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

N = [None,
     "https://blog.naver.com/nightowl_trade/223561204871",
     "https://blog.naver.com/nightowl_trade/223561209930",
     "https://cafe.naver.com/pillmarket24/5512",
     "https://cafe.naver.com/pillmarket24/5519",
     "https://cafe.naver.com/pillmarket24/5530",
     "https://m.blog.naver.com/greenleaf_0912/223558800417",
     "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471203385",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=60219877",
     "https://blog.naver.com/seoul_quickdeal/223570001122",
     "https://cafe.naver.com/pillmarket24/5544",
     "https://blog.naver.com/seoul_quickdeal/223570004580",
     "https://tv.naver.com/v/58812044"]
K3_RAW = "https://hanbit-note.tistory.com/entry/비밀-상점-안내"
K = [None,
     "https://cafe.daum.net/moonriver77/Ab3x/1288",
     "https://cafe.daum.net/moonriver77/Ab3x/1302",
     "https://hanbit-note.tistory.com/entry/%EB%B9%84%EB%B0%80-%EC%83%81%EC%A0%90-%EC%95%88%EB%82%B4",
     "https://pf.kakao.com/_xmQzKb/105882231",
     "https://hanbit-note.tistory.com/214"]
Y = [None,
     "https://www.youtube.com/watch?v=Qm7cR2xLp0A",
     "https://www.youtube.com/watch?v=bT9wK3eZ1sU",
     "https://www.youtube.com/shorts/Hn4vXy8Ja2c",
     "https://www.youtube.com/@bamsae_tv8821"]
D = [None,
     "https://gall.dcinside.com/board/view/?id=stock_new2&no=11820334",
     "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=48812",
     "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=48830"]
B = [None,
     "https://band.us/band/84411902/post/1207",
     "https://band.us/band/84411902/post/1215"]
S1 = "https://cafe.naver.com/dalbit_jangteo/90211"
T1 = "https://open.kakao.com/o/gXk29Lmb"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N[1:], "drugs",
     "NAVER blog/cafe/KnowledgeiN/post/TV: illegal medicine sales"),
    (R2, "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", K[1:], "drugs",
     "Daum cafe, Tistory and Kakao channel posts"),
    (R3, "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", Y[1:], "gambling",
     "YouTube videos, a Short and a channel"),
    (R4, "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", D[1:], "obscene",
     "DC Inside gallery posts"),
    (R5, "band", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", B[1:], "gambling",
     "BAND posts in one public band"),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [S1], "privacy",
     "one NAVER cafe post"),
    (R7, "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [T1], "obscene",
     "one Kakao open chat room"),
]


def req_id(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


NAVER_SIG = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 (가상 주소)
※ 본 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다."""

KAKAO_SIG = """(주)카카오 정책협력팀 드림
문의: safety-report@kakaocorp.com"""

REQUEST_QUOTE_R1 = "\n".join(
    ["방송통신심의위원회 통신심의국입니다.",
     "아래 정보에 대하여 정보통신망법 제44조의7에 따른 시정요구를 통보합니다.",
     "요청번호: " + R1, ""] + ["%d. %s" % (i, N[i]) for i in range(1, 13)] +
    ["", "조치 결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다."])

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# 1 NAVER 공문: full text table for the largest request.
case(
    name="naver-gongmun-full-table",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 16:40:12 +0900",
    subject="[회신] 시정요구(%s) 조치결과 통보" % R1, reply_to_req=req_id(R1),
    body="""문서번호: 네이버정책-2024-0911-07
수    신: 방송통신심의위원회 통신심의국
참    조: 불법정보 시정요구 담당
제    목: 시정요구(%(ref)s)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 요청번호 %(ref)s(2024. 9. 2.)와 관련하여 당사가 조치한 결과를
   아래와 같이 회신합니다.

                         - 아    래 -

연번 | 대상 URL                                                          | 조치결과          | 조치일
-----+-------------------------------------------------------------------+-------------------+-----------
  1  | %(n1)s                | 삭제              | 2024.09.04
  2  | %(n2)s                | 삭제              | 2024.09.04
  3  | %(n3)s                         | 게시중단          | 2024.09.05
  4  | %(n4)s                         | 게시중단          | 2024.09.05
  5  | %(n5)s                         | 게시물 없음(작성자 삭제) | -
  6  | %(n6)s              | 블라인드          | 2024.09.05
  7  | %(n7)s | 삭제 | 2024.09.06
  8  | %(n8)s | 비공개 처리 | 2024.09.06
  9  | %(n9)s             | 임시조치(30일)    | 2024.09.09
 10  | %(n10)s                         | 미조치(위반 사항 없음: 일반 이용 후기) | -
 11  | %(n11)s             | 삭제              | 2024.09.10
 12  | %(n12)s                               | 연령 제한(19세 이상) | 2024.09.10

3. 미조치 게시물(연번 10)은 의약품 판매·알선 정보가 확인되지 않는 일반 이용 후기로
   판단하여 게시를 유지하였습니다. 추가 자료가 있으시면 알려 주시기 바랍니다.
4. 게시물 운영 기준은 https://policy.naver.com/rules/service.html 을 참고하여 주십시오.

%(sig)s
""" % dict(ref=R1, sig=NAVER_SIG, **{"n%d" % i: N[i] for i in range(1, 13)}),
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style reply to a KCSC 시정요구 with a text table of 조치결과 per URL",
    why="Trusted NAVER reply naming all twelve URLs, each with an unhedged result",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "removed",
           N[9]: "restricted", N[10]: "rejected", N[11]: "removed", N[12]: "restricted"},
)

# 2 NAVER HTML table, quoted-printable.
_html2 = """<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 %(ref)s 건 중 일부 게시물의 처리 결과를 먼저 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="%(n7)s">%(n7)s</a></td><td>삭제 완료</td></tr>
<tr><td>2</td><td><a href="%(n8)s">%(n8)s</a></td><td>게시중단</td></tr>
<tr><td>3</td><td><a href="%(n9)s">%(n9)s</a></td><td>정상 게시물로 판단되어 게시 유지</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 권리보호센터 드림</p>
</body></html>
""" % dict(ref=R1, n7=N[7], n8=N[8], n9=N[9])
case(
    name="naver-html-qp-table",
    frm="right-center@naver.com", name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 11:05:40 +0900",
    subject="RE: [방심위] 시정요구 %s" % R1, reply_to_req=req_id(R1),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_html2),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML reply with a result table (quoted-printable)",
    why="Three rows, each URL with its own result: deleted, suspended, kept as a normal post",
    items={N[7]: "removed", N[8]: "removed", N[9]: "rejected"},
)

# 3 NAVER CSV attachment with one row still under review.
_csv3 = "\ufeff번호,URL,처리결과,처리일자\n1,%s,삭제,2024-09-09\n2,%s,검토중,\n3,%s,게시중단,2024-09-09\n" % (
    N[10], N[11], N[12])
case(
    name="naver-csv-attachment",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 17:22:03 +0900",
    subject="[NAVER] %s 조치결과 송부 (2차)" % R1, reply_to_req=req_id(R1),
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-227-csv"

--nv-227-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구 %s 건의 2차 조치결과를 첨부 파일(CSV)로 송부드립니다.
검토중으로 표시된 게시물은 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.

--nv-227-csv
Content-Type: text/csv; charset=utf-8; name="result_%s.csv"
Content-Disposition: attachment; filename="result_%s.csv"
Content-Transfer-Encoding: base64

%s
--nv-227-csv--
""" % (R1, R1, R1, b64(_csv3)),
    outcome="applied", classification="confirmation",
    imitates="Korean portal result spreadsheet sent as a CSV attachment (처리결과 column)",
    why="CSV rows: one deleted, one suspended; the 검토중 row stays pending",
    items={N[10]: "removed", N[11]: "pending", N[12]: "removed"},
)

# 4 NAVER, one-item request, no URL in the body.
case(
    name="naver-one-item-no-url",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 10:14:55 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 통보 (%s)" % R6, reply_to_req=req_id(R6),
    body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 %s 로 요청하신 카페 게시물 1건에 대하여
2024년 9월 11일 오전 게시중단 조치를 완료하였습니다.

해당 카페 매니저에게는 운영정책 위반 안내가 함께 발송되었습니다.

감사합니다.
%s
""" % (R6, NAVER_SIG),
    outcome="applied", classification="confirmation",
    imitates="Short NAVER reply confirming 게시중단 of the single post of a request",
    why="Unhedged statement about the one item of a one-item request, request named in subject and body",
    items={S1: "removed"},
)

# 5 NAVER: URLs followed directly by Korean particles.
case(
    name="naver-url-korean-particle",
    frm="cs-policy@navercorp.com", name_from="네이버 블로그 운영팀",
    date="Thu, 05 Sep 2024 15:31:09 +0900",
    subject="블로그 게시물 시정요구 관련 회신 (%s)" % R1, reply_to_req=req_id(R1),
    body="""방송통신심의위원회 담당자님께,

네이버 블로그 운영팀입니다. 요청 주신 블로그 게시물 두 건에 대해 말씀드립니다.

%s은 판매 연락처가 포함된 게시물로 확인되어 오늘 오전 삭제 조치하였으며,
%s에 대해서는 게시자 소명 기간을 고려하여 임시조치(30일)를 적용하였습니다.

나머지 카페·지식iN 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

네이버 블로그 운영팀 드림
""" % (N[1], N[2]),
    outcome="applied", classification="confirmation",
    imitates="Informal NAVER blog-team reply, URLs written directly before Korean particles (은/에)",
    why="Deletion of the first post and 임시조치 of the second, each stated for its URL",
    items={N[1]: "removed", N[2]: "restricted"},
)

# 6 NAVER 임시조치 notice.
case(
    name="naver-imsijochi-notice",
    frm="noreply-right@naver.com", name_from="네이버 권리침해 신고센터",
    date="Wed, 04 Sep 2024 09:12:30 +0900",
    subject="[네이버] 게시물 임시조치 안내",
    body="""[네이버] 게시물 임시조치 안내

요청 기관: 방송통신심의위원회 (요청번호 %s)

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대해 2024.09.04부터 30일간 임시조치(접근 제한)를 하였습니다.

- 서비스: 블로그
- 게시물 주소: %s
- 조치 내용: 임시조치 (게시자 외 열람 불가)

임시조치 기간 동안 게시자가 재게시를 요청하지 않으면 해당 게시물은
기간 종료 후 삭제될 수 있습니다.

자세한 안내: https://right.naver.com/notice/temporary
본 메일은 발신 전용입니다.
""" % (R1, N[9]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리침해 신고센터 임시조치 안내 (정보통신망법 제44조의2)",
    why="임시조치 applied to the named post counts as restricted; the later deletion is only a possibility",
    items={N[9]: "restricted"},
)

# 7 NAVER: Outlook top-posted over the whole quoted request.
case(
    name="naver-top-posted-outlook",
    frm="cafe-ops@navercorp.com", name_from="김서윤 (네이버 카페 운영)",
    date="Tue, 03 Sep 2024 18:02:44 +0900",
    subject="RE: [시정요구] %s" % R1, reply_to_req=req_id(R1),
    body="""안녕하세요, 네이버 카페 운영팀 김서윤입니다.

요청하신 카페 글 중 아래 두 건은 금일 삭제 처리하였습니다.
 - %s
 - %s

나머지는 확인 중이며 완료되면 다시 회신드리겠습니다.

김서윤 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [시정요구] %s

%s
""" % (N[3], N[4], R1, REQUEST_QUOTE_R1),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a NAVER cafe operator over the quoted KCSC request",
    why="Two posts named as deleted above the quote; the twelve quoted URLs are the regulator's own text",
    items={N[3]: "removed", N[4]: "removed", N[5]: "pending"},
)

# 8 NAVER: Gmail-style Korean quote with '>' lines.
case(
    name="naver-gmail-quote-korean",
    frm="kin-policy@navercorp.com", name_from="네이버 지식iN 운영",
    date="Thu, 05 Sep 2024 13:48:21 +0900",
    subject="Re: [시정요구] %s" % R1, reply_to_req=req_id(R1),
    body="""안녕하세요. 네이버 지식iN·블로그 모바일 운영 담당입니다.

%s
→ 블라인드 처리 완료 (9/5)

%s
→ 질문자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
""" % (N[6], N[7]) + "\n".join("> " + l if l else ">" for l in REQUEST_QUOTE_R1.split("\n")),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') with the status on the line below each URL",
    why="Status line under each URL: 블라인드 (removed) and deleted by its author (not_found); quoted lines ignored",
    items={N[6]: "removed", N[7]: "not_found", N[8]: "pending"},
)

# 9 NAVER: base64 plain body with a bulleted list.
_body9 = """안녕하세요. 네이버 정책지원팀입니다.

%s 관련 잔여 게시물 조치 결과를 알려드립니다.

  ● %s : 삭제
  ● %s : 삭제
  ● %s : 국내 접속 제한(성인 인증 필요)

이상으로 해당 요청 건의 조치를 모두 마쳤습니다.
감사합니다.
""" % (R1, N[10], N[11], N[12])
case(
    name="naver-base64-bullets",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode(("[네이버] %s 잔여 건 조치결과" % R1).encode()).decode() + "?=",
    reply_to_req=req_id(R1),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_body9),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with a base64-encoded body and an encoded-word subject, bulleted results",
    why="Three bulleted URLs with 삭제, 삭제 and a Korea-only access restriction",
    items={N[10]: "removed", N[11]: "removed", N[12]: "restricted"},
)

# 10 NAVER: acknowledgement phrase plus real statements.
case(
    name="naver-receipt-plus-result",
    frm="right-center@naver.com", name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 16:20:18 +0900",
    subject="[접수번호 NV-2409-88213] 게시중단 요청 처리 안내",
    body="""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회의 요청(%s)이 접수번호 NV-2409-88213 으로 접수되었으며,
우선 확인된 두 건의 결과를 안내드립니다.

1) %s
   - 결과: 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
2) %s
   - 결과: 카페 운영정책 위반으로 삭제되었습니다.

그 외 게시물은 순차적으로 검토하여 회신드리겠습니다.

네이버 권리보호센터
""" % (R1, N[5], N[10]),
    outcome="applied", classification="confirmation",
    imitates="NAVER ticket notice that confirms receipt and already reports two results",
    why="Receipt wording plus unhedged item-level results is not a mere acknowledgement",
    items={N[5]: "not_found", N[10]: "removed"},
)

# 11 NAVER: refusal with reasons.
case(
    name="naver-rejected-with-reasons",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 14:03:37 +0900",
    subject="Re: 시정요구 %s 중 미조치 게시물 안내" % R1, reply_to_req=req_id(R1),
    body="""방송통신심의위원회 담당자님 안녕하십니까.

요청하신 게시물 중 아래 두 건은 검토 결과 조치하지 않았음을 알려드립니다.

가. %s
   해당 포스트는 의약품 부작용을 다룬 정보성 글로, 판매·구매 알선 내용이
   없어 게시중단 대상에 해당하지 않아 게시를 유지합니다.

나. %s
   해당 글은 개인의 복용 후기이며 연락처나 거래 방법이 포함되어 있지 않아
   운영정책 위반으로 보기 어렵습니다. 따라서 게시물을 그대로 유지합니다.

이견이 있으시면 심의 의결서를 첨부하여 다시 요청해 주시기 바랍니다.

%s
""" % (N[8], N[9], NAVER_SIG),
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal explaining why two posts stay up (no sale or brokerage content)",
    why="Each of two named posts is kept with its reason: rejected",
    items={N[8]: "rejected", N[9]: "rejected"},
)

# 12 Kakao 공문 table for the Kakao request, raw Korean path in the table.
case(
    name="kakao-gongmun-table",
    frm="policy@kakaocorp.com", name_from="카카오 정책협력팀",
    date="Tue, 10 Sep 2024 15:50:02 +0900",
    subject="[카카오] 시정요구(%s) 조치결과 회신" % R2, reply_to_req=req_id(R2),
    body="""수신: 방송통신심의위원회
제목: 시정요구(%(ref)s) 조치결과 회신

1. 귀 기관의 노고에 감사드립니다.
2. 2024. 9. 3. 통보하신 시정요구에 대한 당사 조치 결과를 다음과 같이 회신합니다.

  ┌────┬────────────────────────────────────────────┬──────────────┐
  │ 번호 │ URL                                        │ 조치결과     │
  ├────┼────────────────────────────────────────────┼──────────────┤
  │ 1  │ %(k1)s │ 삭제         │
  │ 2  │ %(k2)s │ 삭제         │
  │ 3  │ %(k3)s │ 게시중단 │
  │ 4  │ %(k4)s │ 위반사항 미확인(게시 유지) │
  │ 5  │ %(k5)s │ 존재하지 않는 게시물 │
  └────┴────────────────────────────────────────────┴──────────────┘

3. 4번 게시물은 채널 소식 글로서 판매 정보가 포함되어 있지 않아 게시를 유지합니다.
   카카오 운영정책: https://www.kakao.com/policy/oppolicy

%(sig)s
""" % dict(ref=R2, k1=K[1], k2=K[2], k3=K3_RAW, k4=K[4], k5=K[5], sig=KAKAO_SIG),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with a box-drawing table; Tistory URL written with its raw Korean path",
    why="All five Kakao items named with results; the raw Korean path matches the percent-encoded request URL",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "rejected", K[5]: "not_found"},
)

# 13 Kakao/Tistory: URLs in angle brackets.
case(
    name="kakao-tistory-angle-brackets",
    frm="tistory-safety@kakaocorp.com", name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 12:11:45 +0900",
    subject="Re: 티스토리 게시글 시정요구 (%s)" % R2, reply_to_req=req_id(R2),
    body="""안녕하세요, 티스토리 운영팀입니다.

문의하신 티스토리 블로그 글 처리 결과 전달드립니다.

<%s> 글은 운영정책 위반으로 비공개 처리했습니다.
<%s> 글은 오늘 삭제했습니다.

블로그 운영자에게는 이용제한 안내가 발송되었습니다.
좋은 하루 보내세요.

티스토리 운영팀
""" % (K3_RAW, K[5]),
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply with URLs in angle brackets, one with a raw Korean path",
    why="비공개 처리 and 삭제 are both removals, each stated for its URL",
    items={K[3]: "removed", K[5]: "removed"},
)

# 14 Daum cafe: informal operator reply.
case(
    name="kakao-daum-cafe-informal",
    frm="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Thu, 05 Sep 2024 19:27:13 +0900",
    subject="Re: Daum 카페 게시물 조치 요청 %s" % R2, reply_to_req=req_id(R2),
    body="""담당자님 안녕하세요~ Daum 카페 운영 담당입니다.

보내주신 카페 글 확인해 봤는데요,
%s 이 글은 저희 쪽에서 바로 삭제했고요,
%s 이 글은 작성자가 먼저 지워서 이미 없는 글이었습니다.

혹시 같은 카페에서 추가로 보이는 글이 있으면 말씀 주세요!
Daum 카페 드림
""" % (K[1], K[2]),
    outcome="applied", classification="confirmation",
    imitates="Informal Daum cafe operator reply (Kakao), conversational Korean",
    why="One post deleted by the operator, the other already deleted by its author",
    items={K[1]: "removed", K[2]: "not_found"},
)

# 15 Kakao open chat, one-item request.
case(
    name="kakao-openchat-restricted-use",
    frm="openchat-safety@kakaocorp.com", name_from="카카오톡 오픈채팅 운영팀",
    date="Thu, 12 Sep 2024 11:36:50 +0900",
    subject="[카카오톡] 오픈채팅방 조치 결과 안내 (%s)" % R7, reply_to_req=req_id(R7),
    body="""안녕하세요. 카카오톡 오픈채팅 운영팀입니다.

방송통신심의위원회에서 요청하신 오픈채팅방
%s
은(는) 운영정책 위반이 확인되어 2024년 9월 12일 방이 종료되었으며,
현재 어떠한 이용자도 입장할 수 없습니다.

방장 계정에는 오픈채팅 영구 이용제한이 적용되었습니다.

카카오톡 오픈채팅 운영팀 드림
""" % T1,
    outcome="applied", classification="confirmation",
    imitates="KakaoTalk open chat enforcement notice (방 종료, 이용제한)",
    why="The room is closed for everyone: removed (URL on its own line above the statement)",
    items={T1: "removed"},
)

# 16 YouTube Korea legal reply in Korean.
case(
    name="youtube-kr-legal-korean",
    frm="legal-kr-noreply@google.com", name_from="YouTube 법률지원팀",
    date="Mon, 09 Sep 2024 20:15:33 +0900",
    subject="[YouTube] 법적 삭제 요청에 대한 조치 안내 [%s]" % R3, reply_to_req=req_id(R3),
    body="""안녕하세요.

YouTube에 보내주신 요청(%s)을 검토했습니다.

검토 결과, 아래 동영상은 대한민국 법률에 따라 한국에서 볼 수 없도록 차단했습니다.
- %s
- %s

아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- %s

채널에 대한 검토는 아직 진행 중입니다.

YouTube의 정부 요청 처리 방식은 https://support.google.com/youtube/answer/2802032 에서
확인하실 수 있습니다.

감사합니다.
YouTube 팀
""" % (R3, Y[1], Y[2], Y[3]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local block under Korean law plus a global guideline removal",
    why="Two videos blocked in Korea (restricted), the Short removed; the channel is still under review (pending)",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "pending"},
)

# 17 YouTube English: channel blocked in Korea, one video declined.
case(
    name="youtube-en-channel-local-block",
    frm="youtube-legal@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 03:44:10 +0900",
    subject="Re: [%s] Legal request - Korea Communications Standards Commission" % R3,
    reply_to_req=req_id(R3),
    body="""Hello,

Thank you for your report. Following review, we have taken the actions below.

Channel: %s
Action: Access to this channel has been restricted in South Korea under local law.

Video: %s
Action: None. After careful review we found that this video does not violate
our Community Guidelines, and we did not find sufficient grounds for a
local legal restriction. The video remains available.

If you have additional information, please reply to this email.

Regards,
The YouTube Legal Team
""" % (Y[4], Y[1]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome in English: country-restricted channel, declined video",
    why="Channel restricted in Korea; video kept with its reason (rejected)",
    items={Y[4]: "restricted", Y[1]: "rejected"},
)

# 18 YouTube age restriction.
case(
    name="youtube-age-restricted",
    frm="youtube-legal@google.com", name_from="YouTube",
    date="Sat, 07 Sep 2024 08:20:05 +0900",
    subject="YouTube 신고 검토 결과 안내",
    body="""안녕하세요.

%s 요청과 관련하여 신고된 동영상을 검토했습니다.

동영상 주소: %s
조치: 연령 제한 적용 (만 18세 미만 시청 불가)

이 동영상은 삭제 기준에는 해당하지 않으나 일부 시청자에게 적합하지 않아
연령 제한을 적용했습니다.

YouTube 팀
""" % (R3, Y[2]),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (연령 제한 적용)",
    why="Age restriction is restricted, not a rejection, though the video does not meet removal criteria",
    items={Y[2]: "restricted"},
)

# 19 YouTube bare URLs with status on the next line.
case(
    name="youtube-bare-url-next-line",
    frm="legal-kr-noreply@google.com", name_from="YouTube 법률지원팀",
    date="Fri, 13 Sep 2024 10:02:44 +0900",
    subject="RE: %s 처리 현황" % R3, reply_to_req=req_id(R3),
    body="""요청하신 항목의 최종 처리 현황입니다.

%s
상태: 삭제됨 (YouTube 서비스 약관 위반)

%s
상태: 동영상을 찾을 수 없음 - 업로더가 이미 삭제함

%s
상태: 조치하지 않음 - 정책 위반 사항이 확인되지 않았습니다

YouTube 법률지원팀
""" % (Y[1], Y[3], Y[4]),
    outcome="applied", classification="confirmation",
    imitates="YouTube status list: bare URL line, status on the line below",
    why="Removed, not found (uploader deleted it) and rejected, each under its URL",
    items={Y[1]: "removed", Y[3]: "not_found", Y[4]: "rejected"},
)

# 20 YouTube statement-of-reasons style.
case(
    name="youtube-statement-of-reasons",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Sun, 08 Sep 2024 22:10:59 +0900",
    subject="Decision on your report (%s)" % R3, reply_to_req=req_id(R3),
    body="""Statement of reasons

Content:         %s
Reference:       %s
Decision:        Visibility restricted - content unavailable in the Republic of Korea
Ground:          Illegal content under the laws of the Republic of Korea (gambling promotion)
Territorial scope: Republic of Korea
Automated detection: No
Automated decision:  No

Redress options are described at https://support.google.com/youtube/answer/185111
""" % (Y[3], R3),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope) sent by YouTube",
    why="A Korea-only restriction of the named Short: restricted",
    items={Y[3]: "restricted"},
)

# 21 DC Inside operator list.
case(
    name="dc-operator-list",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 16:45:27 +0900",
    subject="[디시인사이드] 게시물 삭제 요청 처리 결과 (%s)" % R4, reply_to_req=req_id(R4),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청 주신 갤러리 게시물 처리 결과입니다.

- %s : 삭제
- %s : 삭제
- %s : 이미 삭제된 글 (작성자 삭제)

해당 작성자 IP에는 갤러리 이용 차단이 적용되었습니다.
감사합니다.
""" % (D[1], D[2], D[3]),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply listing gallery posts with 삭제 / 작성자 삭제",
    why="Two deletions and one post already deleted by its author",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# 22 DC Inside HTML 공문.
_html22 = """<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(%(ref)s)에 대한 당사의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<thead><tr><th>연번</th><th>URL</th><th>조치</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>%(d1)s</td><td>운영자 삭제</td><td>09.10</td></tr>
<tr><td>2</td><td>%(d2)s</td><td>접근 제한</td><td>성인 인증 후 열람</td></tr>
<tr><td>3</td><td>%(d3)s</td><td>미조치</td><td>삭제 기준에 해당하지 않아 게시 유지</td></tr>
</tbody></table>
<p>(주)디시인사이드 운영지원팀</p>
</body></html>""" % dict(ref=R4, d1=D[1], d2=D[2], d3=D[3])
case(
    name="dc-html-gongmun",
    frm="support@dcinside.com", name_from="디시인사이드 운영지원팀",
    date="Wed, 11 Sep 2024 11:30:00 +0900",
    subject="시정요구 조치결과 회신 - %s" % R4, reply_to_req=req_id(R4),
    raw_mime="""Content-Type: multipart/alternative; boundary="dc227alt"

--dc227alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
--dc227alt--
""" % b64(_html22),
    outcome="applied", classification="confirmation",
    imitates="DC Inside 시정요구 조치결과 HTML table (base64 HTML part only)",
    why="운영자 삭제, 접근 제한 (adult verification) and 미조치 with a reason",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "rejected"},
)

# 23 DC Inside with full-width punctuation around URLs.
case(
    name="dc-fullwidth-brackets",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 14:17:08 +0900",
    subject="Re: 마이너 갤러리 게시물 (%s)" % R4, reply_to_req=req_id(R4),
    body="""안녕하세요, 디시인사이드 마이너 갤러리 담당입니다.

대상 게시물（%s）은 운영자 삭제 처리되었습니다.
또 다른 게시물「%s」도 같은 날 삭제 완료했습니다.

일반 갤러리 글은 담당자가 달라 따로 안내드릴 예정입니다.
""" % (D[2], D[3]),
    outcome="applied", classification="confirmation",
    imitates="DC Inside minor-gallery reply with URLs inside full-width brackets （ ） and 「 」",
    why="Both minor-gallery posts stated deleted; the general-gallery post is not spoken about",
    items={D[2]: "removed", D[3]: "removed", D[1]: "pending"},
)

# 24 BAND notice.
case(
    name="band-removal-notice",
    frm="help@band.us", name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 17:55:41 +0900",
    subject="[BAND] 신고 게시글 처리 결과 안내",
    body="""안녕하세요. BAND 고객센터입니다.

방송통신심의위원회(요청번호 %s)에서 신고하신 게시글의 처리 결과를 알려드립니다.

신고하신 게시글 %s 은 BAND 운영정책(불법 도박 홍보)에 따라 삭제되었습니다.

게시글 %s 은 이미 밴드에서 삭제되어 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""" % (R5, B[1], B[2]),
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 report-outcome notice",
    why="One post deleted under policy, the other already gone: not_found",
    items={B[1]: "removed", B[2]: "not_found"},
)

# 25 BAND informal, QP plain text, one item still being checked.
_body25 = """안녕하세요 밴드 운영팀 박지훈입니다.

말씀하신 두 게시글 중에
%s 는 밴드 리더 확인 후 오늘 삭제 처리했습니다.

%s 는 아직 검토 중이라 결과 나오면 바로 메일 드릴게요.

박지훈 드림
""" % (B[2], B[1])
case(
    name="band-informal-qp",
    frm="jihoon.park@band.us", name_from="박지훈 (BAND)",
    date="Mon, 09 Sep 2024 18:33:12 +0900",
    subject="RE: 밴드 게시글 삭제 요청 (%s)" % R5, reply_to_req=req_id(R5),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_body25),
    outcome="applied", classification="confirmation",
    imitates="Informal BAND staff reply (quoted-printable), one done and one still under review",
    why="Post 1215 deleted; post 1207 is still under review and stays pending",
    items={B[2]: "removed", B[1]: "pending"},
)

# ================================================================ REVIEW
# 26 NAVER promise.
case(
    name="naver-promise-will-delete",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Tue, 03 Sep 2024 11:25:40 +0900",
    subject="Re: [시정요구] %s" % R1, reply_to_req=req_id(R1),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중
%s
%s
두 건은 내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.

조치가 끝나면 결과를 정리하여 공문으로 회신드리겠습니다.

%s
""" % (N[1], N[2], NAVER_SIG),
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion after internal review",
    why="'삭제 조치될 예정' is a promise, not a statement: items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

# 27 YouTube under review.
case(
    name="youtube-under-review",
    frm="youtube-legal@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:02:17 +0900",
    subject="Re: [%s] 법적 요청 접수 및 검토 현황" % R3, reply_to_req=req_id(R3),
    body="""안녕하세요.

보내주신 요청과 관련하여 아래 동영상은 현재 법무팀에서 검토 중입니다.

  %s
  %s

The videos listed above are currently under review by our legal team. We will
follow up once a decision has been reached; this may take several business days.

감사합니다.
YouTube 팀
""" % (Y[1], Y[2]),
    outcome="review", review="not_understood",
    imitates="YouTube bilingual 'under review' status update",
    why="Under review names two videos but states no outcome",
    items={Y[1]: "pending", Y[2]: "pending"},
)

# 28 Kakao hedges.
case(
    name="kakao-hedged-appears-deleted",
    frm="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Fri, 06 Sep 2024 10:48:02 +0900",
    subject="Re: Daum 카페 게시물 조치 요청 %s" % R2, reply_to_req=req_id(R2),
    body="""안녕하세요, Daum 카페 운영 담당입니다.

%s 글은 현재 카페 쪽에서 이미 삭제된 것으로 보입니다.
%s 글도 검색이 잘 안 되는 걸 보면 없어진 것 같은데,
정확한 건 카페 관리 기록을 확인한 뒤 다시 말씀드릴게요.

Daum 카페 드림
""" % (K[1], K[2]),
    outcome="review", review="not_understood",
    imitates="Informal Daum cafe reply that only guesses ('…것으로 보입니다', '…것 같은데')",
    why="Hedged guesses are not statements; both posts stay pending",
    items={K[1]: "pending", K[2]: "pending"},
)

# 29 NAVER bulk statement about the twelve-item request.
case(
    name="naver-bulk-all-deleted",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 15:00:21 +0900",
    subject="[회신] 시정요구(%s) 조치 완료" % R1, reply_to_req=req_id(R1),
    body="""수신: 방송통신심의위원회 통신심의국
제목: 시정요구(%s) 조치 완료 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 게시물 12건에 대하여 모두 삭제 조치를 완료하였음을 알려드립니다.
3. 향후에도 불법정보 유통 방지를 위해 적극 협조하겠습니다.

%s
""" % (R1, NAVER_SIG),
    outcome="review", review="bulk",
    imitates="NAVER 공문 stating every item of the request was deleted, without listing URLs",
    why="A statement about all twelve items without naming each: bulk review, items pending",
    items={N[i]: "pending" for i in range(1, 13)},
)

# 30 BAND bulk for a two-item request.
case(
    name="band-bulk-both",
    frm="help@band.us", name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 13:12:45 +0900",
    subject="Re: [%s] 신고 게시글" % R5, reply_to_req=req_id(R5),
    body="""안녕하세요. BAND 고객센터입니다.

신고하신 게시글은 모두 확인 후 삭제 처리했습니다.
해당 밴드의 리더에게는 경고 조치가 함께 이루어졌습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND reply: 'all reported posts deleted' for a two-post request",
    why="Two-item request, statement names neither post: bulk",
    items={B[1]: "pending", B[2]: "pending"},
)

# 31 NAVER domain failing authentication.
case(
    name="naver-dmarc-fail",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", auth="fail",
    date="Fri, 06 Sep 2024 22:41:09 +0900",
    subject="[긴급] 시정요구 %s 조치 결과" % R1,
    body="""방송통신심의위원회 담당자님,

요청하신 게시물 처리 결과입니다.

%s - 삭제
%s - 삭제
%s - 삭제

확인 부탁드립니다.
""" % (N[1], N[3], N[11]),
    outcome="review", review="untrusted",
    imitates="Result list claiming to be from NAVER but failing DKIM/SPF/DMARC",
    why="Platform domain failing authentication: untrusted, nothing applied",
    items={N[1]: "pending", N[3]: "pending", N[11]: "pending"},
)

# 32 NAVER cafe manager writing from gmail.
case(
    name="cafe-manager-gmail",
    frm="pillmarket.manager@gmail.com", name_from="필마켓 카페 매니저",
    date="Wed, 04 Sep 2024 21:05:33 +0900",
    subject="카페 게시글 삭제했습니다 (%s 관련)" % R1,
    body="""안녕하세요. 네이버 카페 '필마켓24' 매니저입니다.

네이버에서 연락을 받고 말씀하신 글 확인했습니다.
%s 이 글은 제가 매니저 권한으로 삭제했습니다.

앞으로 이런 글이 안 올라오게 관리하겠습니다. 죄송합니다.
""" % N[3],
    outcome="review", review="unknown_sender",
    imitates="Community manager (not the platform) reporting a deletion from a personal mailbox",
    why="Sender is no platform's domain, though it names our request and a URL",
    items={N[3]: "pending"},
)

# 33 Law firm on behalf of the uploader.
case(
    name="lawfirm-for-uploader",
    frm="jkim@bomnal-law.kr", name_from="김정우 변호사",
    date="Tue, 10 Sep 2024 16:30:00 +0900",
    subject="YouTube 동영상 관련 의견서 제출 (%s)" % R3,
    body="""방송통신심의위원회 귀중

법무법인 봄날의 김정우 변호사입니다. 저희는 유튜브 채널 운영자를 대리하고 있습니다.

귀 위원회가 시정요구한 동영상 %s 은
의뢰인이 2024. 9. 9. 자진하여 삭제하였음을 알려드립니다.

의뢰인은 향후 심의 절차에서 의견을 진술할 기회를 요청합니다.

법무법인 봄날 변호사 김정우
""" % Y[1],
    outcome="review", review="unknown_sender",
    imitates="Letter from the uploader's law firm to the regulator",
    why="A third party (not YouTube) states the video was deleted: unknown sender",
    items={Y[1]: "pending"},
)

# 34 Kakao stating the status of a NAVER item.
case(
    name="kakao-about-naver-cafe",
    frm="policy@kakaocorp.com", name_from="카카오 정책협력팀",
    date="Fri, 13 Sep 2024 10:05:18 +0900",
    subject="Re: 시정요구 %s 관련 문의" % R6,
    body="""안녕하세요, 카카오 정책협력팀입니다.

보내주신 요청서의 대상은 당사가 운영하는 서비스가 아니지만, 확인 차 접속해 본 결과
%s 게시물은 현재 삭제되어 있습니다.

향후 요청은 해당 서비스 운영사로 보내주시기 바랍니다.

%s
""" % (S1, KAKAO_SIG),
    outcome="review", review="wrong_platform",
    imitates="Misdirected request answered by another portal that looked at the post",
    why="Kakao states the status of a NAVER item: wrong platform",
    items={S1: "pending"},
)

# 35 NAVER asks for documents.
case(
    name="naver-asks-documents",
    frm="right-center@naver.com", name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 14:22:51 +0900",
    subject="[보정 요청] 시정요구 %s 관련 추가 자료 요청" % R1, reply_to_req=req_id(R1),
    body="""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 두 건은 판매 게시물 여부를 판단하기 어려워,
처리를 위해 심의 의결서 사본 또는 위반 내용을 특정할 수 있는 자료를 보내주시기 바랍니다.

 1. %s
 2. %s

자료가 접수되면 검토를 재개하겠습니다.
네이버 권리보호센터
""" % (N[3], N[4]),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 보정 요청 asking for the 심의 의결서 before acting",
    why="Asks for supporting documents about two named posts; nothing decided",
    items={N[3]: "pending", N[4]: "pending"},
)

# 36 DC Inside policy notice naming nothing.
case(
    name="dc-policy-newsletter",
    frm="notice@dcinside.com", name_from="디시인사이드",
    date="Sun, 08 Sep 2024 07:00:00 +0900",
    subject="[디시인사이드] 운영정책 개정 안내",
    body="""안녕하세요. 디시인사이드입니다.

2024년 9월 20일부터 디시인사이드 운영정책이 아래와 같이 개정됩니다.

 - 불법 촬영물 신고 처리 기준 명확화
 - 갤러리 관리자(매니저) 삭제 권한 범위 조정
 - 권리침해 신고 시 제출 서류 간소화

개정 전문: https://www.dcinside.com/policy/operation
문의: https://www.dcinside.com/help

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="DC Inside policy-change newsletter sent to registered partners",
    why="Trusted platform mail naming no item and no request; only policy/help links",
    items={},
)

# ================================================================ IGNORED
# 37 NAVER out-of-office.
case(
    name="naver-out-of-office",
    frm="minji.lee@navercorp.com", name_from="이민지",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[부재중] Re: [시정요구] %s" % R1, reply_to_req=req_id(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이민지입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 시정요구 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply from a NAVER employee",
    why="Out-of-office auto-reply: ignored",
    items={},
)

# 38 Kakao DSN.
_dsn_text = """이 메일은 시스템에서 자동으로 발송되었습니다.

보내신 메일을 아래 수신자에게 전달하지 못했습니다.

  <cafe-report-old@daum.net>: 존재하지 않는 계정입니다.
  (550 5.1.1 user unknown)
"""
case(
    name="kakao-dsn-bounce",
    frm="MAILER-DAEMON@daum.net", name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:31:02 +0900",
    subject="전송 실패: [시정요구] %s" % R2,
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn227"

--dsn227
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s

--dsn227
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net
Arrival-Date: Tue, 03 Sep 2024 10:30:58 +0900

Final-Recipient: rfc822; cafe-report-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn227
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: cafe-report-old@daum.net
Subject: [시정요구] %s
Message-ID: <%s@kcsc.example>
Date: Tue, 03 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

아래 정보에 대하여 시정요구를 통보합니다.
1. %s
2. %s
3. %s

--dsn227--
""" % (b64(_dsn_text), R2, req_id(R2), K[1], K[2], K[5]),
    outcome="ignored", classification="bounce",
    imitates="Daum mail server DSN (550 user unknown) with the original request attached",
    why="Delivery failure report; the URLs are in our own returned request",
    items={},
)

# 39 YouTube MDN.
case(
    name="youtube-read-receipt",
    frm="legal-kr@google.com", name_from="YouTube Legal KR",
    date="Wed, 04 Sep 2024 13:05:12 +0900",
    subject="읽음: [시정요구] %s" % R3,
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn227"

--mdn227
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자가 2024-09-04 오후 1:05에 메일을 읽었습니다.
제목: [시정요구] %s

--mdn227
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <%s@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn227--
""" % (R3, req_id(R3)),
    outcome="ignored", classification="read_receipt",
    imitates="Read receipt (MDN, '읽음:') for our request",
    why="Read receipt: ignored",
    items={},
)

# 40 DC Inside ticket receipt echoing the report.
case(
    name="dc-ticket-receipt",
    frm="noreply@dcinside.com", name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 09:31:10 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC240905-0413)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""고객님의 문의가 정상적으로 접수되었습니다.

접수번호: DC240905-0413
접수일시: 2024-09-05 09:31
문의유형: 게시물 신고 / 기관 요청
문의내용(요약):
  방송통신심의위원회 시정요구 %s
  %s 외 2건

담당자가 확인 후 순차적으로 답변드립니다. 본 메일은 발신 전용입니다.
""" % (R4, D[1]),
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk ticket receipt echoing the report summary",
    why="Pure receipt: echoes the report, states nothing about the posts",
    items={},
)

# 41 BAND ticket receipt.
case(
    name="band-ticket-receipt",
    frm="noreply@band.us", name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 14:01:20 +0900",
    subject="[BAND] 고객센터 문의 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. BAND 고객센터입니다.

보내주신 문의가 접수되었습니다. (문의번호 #7739120)
접수된 순서대로 확인 후 이메일로 답변드리겠습니다.

※ 이 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-centre 문의 접수 완료 auto-notice",
    why="Ticket receipt naming nothing: ignored",
    items={},
)

# 42 NAVER 공문 receipt.
case(
    name="naver-gongmun-receipt",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 10:20:07 +0900",
    subject="[접수] 시정요구 %s 접수 확인" % R6, reply_to_req=req_id(R6),
    body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구(%s) 공문을 2024. 9. 9. 접수하였습니다.
담당 부서에서 검토 후 처리 결과를 회신드리겠습니다.

감사합니다.
""" % R6,
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER receipt confirming a 시정요구 공문 was received",
    why="Receipt only: the request is acknowledged, nothing stated about the post",
    items={},
)

# 43 Kakao out-of-office, bilingual.
case(
    name="kakao-out-of-office-bilingual",
    frm="sora.han@kakaocorp.com", name_from="Sora Han",
    date="Tue, 10 Sep 2024 10:00:33 +0900",
    subject="자동 회신: [시정요구] %s" % R7, reply_to_req=req_id(R7),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sora.han@kakaocorp.com"],
    body="""추석 연휴 기간(9/13~9/18) 동안 회신이 늦어질 수 있습니다.
긴급 건은 safety-report@kakaocorp.com 으로 연락 부탁드립니다.

I am out of the office for the Chuseok holidays and will reply when I return.
Urgent matters: safety-report@kakaocorp.com

한소라 / Sora Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Outlook automatic reply (자동 회신) from a Kakao employee",
    why="Out-of-office auto-reply: ignored",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set 227 (Korean replies): NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside and BAND. Written by tests/corpus/blind227/make.py; expected
# results written from each email's meaning before the reader was run.
"""


def main():
    write_requests()
    for i, c in enumerate(CASES):
        c["from"] = c.pop("frm")
        name = c.get("name_from", "")
        if not name.isascii():
            # Display names as RFC 2047 encoded-words, as real mailers send them.
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii() and i % 2 == 1:
            # Every other non-ASCII subject encoded too (the rest stay raw UTF-8).
            c["subject"] = Header(c["subject"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind227", HEADER, CASES)


if __name__ == "__main__":
    main()
