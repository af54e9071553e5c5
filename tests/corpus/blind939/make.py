#!/usr/bin/env python3
"""Blind set blind939: Korean portals and community sites (NAVER, Kakao/Daum,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, plus Inven and Nate as senders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind939/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on them. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind939"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_harbor77/223561100201"
N2 = "https://blog.naver.com/moonlit_harbor77/223561100347"
N3 = "https://blog.naver.com/gray_sparrow_kr/223558870012"
N4 = "https://cafe.naver.com/bluepinewood/48213"
N5 = "https://cafe.naver.com/bluepinewood/48290"
N6 = "https://cafe.naver.com/quietriverstock/1177"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471120088"
N8 = "https://m.blog.naver.com/tinlantern_09/223570045512"
N9 = "https://cafe.naver.com/quietriverstock/1190"
N10 = "https://blog.naver.com/PostView.naver?blogId=rustcandle&logNo=223549981230"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38002211&memberNo=55102930"
N12 = "https://blog.naver.com/gray_sparrow_kr/223559001874"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918231"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_paper&no=220481"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_paper&no=220517"
D4 = "https://m.dcinside.com/board/dd_lounge/88412"
D5 = "https://gall.dcinside.com/mini/board/view/?id=nightfox&no=3321"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/greenlamp77/Ab3k/1542"
K2 = "https://cafe.daum.net/greenlamp77/Ab3k/1560"
# 불법-토토-사이트-추천, stored percent-encoded; written raw in one email.
K3_RAW = "https://hollowpine.tistory.com/entry/불법-토토-사이트-추천"
K3 = ("https://hollowpine.tistory.com/entry/"
      "%EB%B6%88%EB%B2%95-%ED%86%A0%ED%86%A0-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%B6%94%EC%B2%9C")
K4 = "https://hollowpine.tistory.com/214"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/128840112"
S2 = "https://vod.sooplive.co.kr/player/128840355"
S3 = "https://ch.sooplive.co.kr/nightowl_bj/post/99120433"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7421188031"
F2 = "https://www.fmkorea.com/best/7421190456"

C1 = "https://www.clien.net/service/board/park/18800231"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123044"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123107"
P3 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410982"
PPOM = [P1, P2, P3]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     NAVER, "gambling", "blogs, cafes, Knowledge iN and Post promoting illegal betting sites"),
    ("KCSC-240904-02", "dcinside", "2024-09-04T11:02:00+09:00", "2024-09-11T23:59:59+09:00",
     DC, "fraud", "gallery posts advertising coin pump schemes"),
    ("KCSC-240905-03", "daum", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     DAUM, "gambling", "Daum cafe and Tistory posts"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:05:00+09:00", "2024-09-13T23:59:59+09:00",
     SOOP, "obscenity", "VODs and station post of one broadcaster"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T14:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [F1, F2], "defamation", ""),
    ("KCSC-240910-06", "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [C1], "privacy", "personal data of a private person"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     PPOM, "illegal_ads", "unlicensed phone resale adverts"),
]


def req_mid(ref):
    return "req." + ref[5:].lower()


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pending(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== NAVER (KCSC-240903-01, 12 items) =====

case(
    name="naver-kcsc-result-html-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 17:20:41 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 통신심의 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 네이버㈜의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef3ee"><th>No</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>블로그</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>블로그</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>블로그</td><td>임시조치(30일)</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>4</td><td>{N4}</td><td>카페</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>5</td><td>{N5}</td><td>카페</td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>6</td><td>{N6}</td><td>카페</td><td>조치 불가</td><td>위반 사항이 확인되지 않아 게시물 유지</td></tr>
</table>
<p>나머지 6건은 확인 중이며, 완료되는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>
<a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table returned by a Korean portal (삭제/임시조치/블라인드/게시물 없음/조치 불가)",
    why="six rows, each an item-level result: 삭제, 임시조치, 블라인드, 게시물 없음(author deleted), 조치 불가(kept)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected"},
)

case(
    name="naver-cs-numbered-arrows",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Sat, 07 Sep 2024 10:03:12 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대해 아래와 같이 처리하였음을 알려드립니다.

1. {N7}
   → 지식iN 질문 및 답변 전체 삭제 완료
2. {N8}
   → 게시중단 처리 완료

더 궁금하신 사항은 고객센터로 문의해 주세요.
감사합니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply with a numbered list and arrow result lines",
    why="Knowledge iN thread deleted, blog post 게시중단: both removed",
    items={N7: "removed", N8: "removed"},
)

_quoted_req = "\n".join("> %d. %s" % (i + 1, u) for i, u in enumerate(NAVER))
case(
    name="naver-en-top-posted-gmail-quote",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 16:45:09 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hello,

Following up on your request KCSC-240903-01, our Trust & Safety team has
completed its review of three of the listed items:

- {N10}
  Taken down for violating our policy on illegal gambling promotion.
- {N11}
  Removed.
- {N12}
  After review we found no violation of our policies or of Korean law, so
  the post remains online.

The other links are still being processed by the service teams.

Best regards,
Jiwon Seo
NAVER Trust & Safety

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear NAVER,
>
> Pursuant to Article 21 of the Act on the Establishment and Operation of
> the Korea Communications Commission, we request that you take corrective
> measures (deletion) on the following information:
>
{_quoted_req}
>
> Please report the measures taken by 10 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply top-posted over the Gmail-quoted regulator request",
    why="three items stated (two removed, one kept with reason); the 12 quoted URLs are the regulator's own text",
    items={N10: "removed", N11: "removed", N12: "rejected"},
)

_csv = "\n".join([
    "url,service,result,processed_at",
    f"{N1},blog,삭제,2024-09-06",
    f"{N3},blog,임시조치,2024-09-06",
    f"{N9},cafe,게시물 없음(작성자 삭제),2024-09-06",
    f"{N12},blog,삭제,2024-09-07",
]) + "\n"
case(
    name="naver-csv-attachment-base64",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    subject="[KCSC-240903-01] 조치 결과 파일 송부",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b939-csv"

--nv-b939-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건의 일부 처리 결과를 첨부 파일(CSV, UTF-8)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림
''')}
--nv-b939-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--nv-b939-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal sending its processing results as a CSV attachment",
    why="CSV rows: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found",
    items={N1: "removed", N3: "restricted", N9: "not_found", N12: "removed"},
)

case(
    name="naver-cafe-qp-colon-list",
    from_="cafe_support@naver.com", name_from="네이버 카페",
    date="Sun, 08 Sep 2024 09:12:33 +0900",
    subject="[네이버 카페] 게시물 조치 안내 (KCSC-240903-01)",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. 네이버 카페 운영지원 담당입니다.

위원회에서 요청하신 카페 게시물 3건에 대한 조치 결과를 안내드립니다.

- {N4} : 운영자 삭제
- {N5} : 비공개 처리 (카페 매니저 조치 확인)
- {N9} : 작성자 탈퇴로 게시물이 이미 삭제되어 확인할 수 없습니다

카페 운영원칙은 카페 고객센터에서 확인하실 수 있습니다.
https://help.naver.com/service/5615/category/bookmark

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations notice in quoted-printable Korean",
    why="운영자 삭제 and 비공개 처리 are removed; gone with the author's account is not_found; help link is no item",
    items={N4: "removed", N5: "removed", N9: "not_found"},
)

case(
    name="naver-url-below-statement",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 14:02:55 +0900",
    subject="Re: KCSC-240903-01",
    body=f"""안녕하세요, 네이버입니다.

아래 게시물은 청소년유해정보로 판단되어 19세 미만 이용자의 접근을
제한하였습니다(성인 인증 후 열람 가능).
{N2}

아래 게시물은 작성자가 직접 삭제하여 현재 존재하지 않습니다.
{N8}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER youth-protection (청소년유해) age-restriction notice, URL under its statement",
    why="age restriction -> restricted; deleted by its author -> not_found; each URL sits on the line after its statement",
    items={N2: "restricted", N8: "not_found"},
)

case(
    name="naver-en-single-author-deleted",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Wed, 11 Sep 2024 09:50:14 +0900",
    subject="Re: [KCSC-240903-01] item 6",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Dear KCSC,

Regarding item 6 of your request KCSC-240903-01
({N6}): the article no
longer exists. It was deleted by its author on 4 September, before our
team could act, so no action was needed on our side.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply that the reported post was already deleted by its author",
    why="one item, deleted by its author before review: not_found (URL in parentheses)",
    items={N6: "not_found"},
)

case(
    name="naver-en-wrapped-angle-urls",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Thu, 12 Sep 2024 10:14:40 +0900",
    subject="KCSC-240903-01: NAVER Post / Knowledge iN",
    body="""Dear KCSC team,

We have disabled the following content on NAVER Post and NAVER Knowledge iN
in accordance with our operating policy:

  <https://post.naver.com/viewer/postView.naver?
   volumeNo=38002211&memberNo=55102930>
  <""" + N7 + """>

Both pages now show a notice that the content is unavailable.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL the sender's client wrapped inside angle brackets",
    why="'disabled' = removed for both; the first URL is wrapped inside <...> (RFC 3986 appendix C style)",
    items={N11: "removed", N7: "removed"},
)

case(
    name="naver-kr-url-with-particles",
    from_="cafe_support@naver.com", name_from="네이버 카페",
    date="Thu, 12 Sep 2024 15:33:08 +0900",
    subject="RE: [KCSC-240903-01] 카페 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 카페 운영지원 담당입니다.

요청하신 건 중 {N9}은 카페 운영원칙 위반으로 삭제하였습니다.
{N6}의 경우 검토 결과 불법정보에 해당한다고 보기 어려워 게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs glued to Korean particles (은, 의)",
    why="1190 deleted -> removed; 1177 kept as not illegal -> rejected; particles are not part of the URLs",
    items={N9: "removed", N6: "rejected"},
)

case(
    name="naver-en-statement-and-hedge",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 11:05:27 +0900",
    subject="Re: [KCSC-240903-01] two blog posts",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hello,

{N3} was removed on 9 September under our policy on gambling promotion.

As for {N12}, it appears the blogger may
have deleted it already; we will confirm and get back to you.

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply mixing a firm outcome and a hedged one",
    why="first post stated removed; second only 'appears ... may have' and a promise: stays pending",
    items={N3: "removed", N12: "pending"},
)

case(
    name="naver-kr-promise-review",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 18:40:02 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물
{N1}
{N2}
에 대해서는 담당 부서의 내부 검토를 거쳐 순차적으로 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER customer-centre holding reply (검토 후 조치 예정)",
    why="names two items but only promises action: nothing to apply",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-en-bulk-actioned",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Tue, 17 Sep 2024 13:22:10 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""Hello,

All content reported under KCSC-240903-01 has now been reviewed and
actioned by the relevant NAVER services. This closes the case on our side.

Best regards,
NAVER Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="case-closing abuse-desk reply with a blanket statement",
    why="one sentence about all twelve items without naming any: bulk review, nothing applied",
    items=pending(NAVER),
)

case(
    name="naver-untrusted-spf-fail",
    from_="cafe_support@naver.com", name_from="네이버 카페",
    auth="fail",
    date="Wed, 11 Sep 2024 21:03:40 +0900",
    subject="[네이버 카페] 게시물 삭제 완료 (KCSC-240903-01)",
    body=f"""안녕하세요. 네이버 카페입니다.

요청하신 게시물 {N4} 은 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER Cafe deletion notice arriving with failed DKIM/SPF/DMARC",
    why="clear item statement, but the naver.com sender fails authentication",
    items={N4: "pending"},
)

case(
    name="naver-receipt-kr",
    from_="noreply@help.naver.com", name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:14:55 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다: [KCSC-240903-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0303-7715

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre automatic inquiry receipt (접수번호)",
    why="pure receipt with a ticket number, no statement",
    items={},
)

# ===== DC Inside (KCSC-240904-02, 5 items) =====

case(
    name="dc-kr-bare-url-status-below",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 15:10:22 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과를 알려드립니다.

{D1}
삭제 완료

{D2}
삭제 완료

{D3}
해당 게시물은 작성자가 삭제하여 존재하지 않습니다

{D4}
게시중단(영구) 처리

{D5}
위반 내용이 확인되지 않아 유지

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operations reply: bare URL, result on the line below",
    why="all five stated: three removed, one author-deleted (not_found), one kept (rejected)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "rejected"},
)

case(
    name="dc-en-gmail-quote-one-done",
    from_="ops@dcinside.com", name_from="DCinside Operations",
    date="Mon, 09 Sep 2024 12:31:45 +0900",
    subject="Re: [KCSC-240904-02] Corrective request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hi,

We deleted the post at {D5} today.
The post {D4} is still under review by our legal team.

Regards,
DCinside Operations

On Wed, Sep 4, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear DC Inside,
>
> Please delete the following posts:
> {D1}
> {D2}
> {D3}
> {D4}
> {D5}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="short English reply over a Gmail-quoted request",
    why="one post deleted; one 'still under review' stays pending; quoted URLs are ours",
    items={D5: "removed", D4: "pending"},
)

case(
    name="dc-kr-fullwidth-parens",
    from_="report@dcinside.com", name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 10:47:19 +0900",
    subject="[디시인사이드] KCSC-240904-02 처리 안내",
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

코인 갤러리 게시물（{D2}）은 갤러리 관리자 확인 후 삭제되었습니다.
다른 게시물<{D3}>은 존재하지 않는 게시물로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with URLs inside full-width parentheses and angle brackets",
    why="first deleted -> removed; second does not exist -> not_found",
    items={D2: "removed", D3: "not_found"},
)

case(
    name="dc-echoed-report-form",
    from_="noreply@dcinside.com", name_from="디시인사이드",
    date="Fri, 06 Sep 2024 09:15:03 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""[신고 접수 내역]
신고 번호 : DCR-20240906-0412
신고 대상 : {D1}
신고 사유 : 불법 사행성 광고 (KCSC-240904-02)

[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시물 삭제 및 작성자 IP 30일 이용 차단

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo with a processing-result block (신고 처리 결과 안내)",
    why="the echoed report names one post and the result block says it was deleted",
    items={D1: "removed"},
)

case(
    name="dc-en-hedge",
    from_="ops@dcinside.com", name_from="DCinside Operations",
    date="Thu, 05 Sep 2024 19:02:11 +0900",
    subject="Re: [KCSC-240904-02] Corrective request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

It looks like these posts may already have been removed by the gallery
managers, but we cannot confirm that from our side at the moment:

{D2}
{D3}

We will let you know once we have checked the logs.

DCinside Operations
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply with a hedge and a promise",
    why="'may already have been removed ... cannot confirm': no statement, items stay pending",
    items={D2: "pending", D3: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    from_="nightfox.minigall@gmail.com", name_from="나이트폭스 미니갤 매니저",
    date="Sat, 07 Sep 2024 01:12:40 +0900",
    subject="디시 미니갤러리 글 삭제했습니다 (KCSC-240904-02)",
    body=f"""안녕하세요 나이트폭스 미니갤러리 매니저입니다.
디시 운영팀에서 위원회 메일을 전달받아서 확인했고
{D5} 글 지금 삭제했습니다.
혹시 더 필요한 거 있으면 이 메일로 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager (완장) writing from a personal webmail address",
    why="states a deletion, but gmail.com is no platform's domain",
    items={D5: "pending"},
)

case(
    name="dc-dsn-user-unknown",
    from_="MAILER-DAEMON@mail.dcinside.com", name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:02:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-b939-dc"

--dsn-b939-dc
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mail.dcinside.com[local] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown in local
    recipient table

--dsn-b939-dc
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 11:02:29 +0900

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address
    rejected: User unknown in local recipient table

--dsn-b939-dc
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240904-02] Corrective request
Date: Wed, 04 Sep 2024 11:02:00 +0900
Message-ID: <req.240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear DC Inside,

Please delete the following posts:
{D1}
{D2}
{D3}
{D4}
{D5}

KCSC

--dsn-b939-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# ===== Kakao / Daum / Tistory (KCSC-240905-03, 4 items) =====

case(
    name="daum-tistory-raw-korean-path",
    from_="tistory_cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 14:25:36 +0900",
    subject="[카카오] 티스토리 게시글 조치 결과 안내 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 티스토리 게시글 2건에 대해 운영정책 위반(불법 사행성 정보)으로
게시글을 비공개 처리하였습니다.

- {K3_RAW}
- {K4}

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre Tistory notice (비공개 처리), Korean slug written raw",
    why="both made non-public -> removed; the raw Korean path matches its percent-encoded form",
    items={K3: "removed", K4: "removed"},
)

case(
    name="daum-cafe-html-result",
    from_="cafe_cs@daum.net", name_from="Daum 카페",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject="Daum 카페 권리침해 신고 처리 결과 안내",
    type="html",
    body=f"""<html><body>
<div style="width:600px;border:1px solid #ddd;padding:16px">
<h3 style="color:#1a73e8">Daum 카페 신고 처리 결과</h3>
<p>방송통신심의위원회(KCSC-240905-03)에서 요청하신 카페 게시물의 처리 결과를 안내드립니다.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="border:1px solid #ccc"><a href="{K1}">{K1}</a></td><td style="border:1px solid #ccc">삭제</td></tr>
<tr><td style="border:1px solid #ccc"><a href="{K2}">{K2}</a></td><td style="border:1px solid #ccc">게시물 유지 (신고 사유에 해당하지 않음)</td></tr>
</table>
<p style="font-size:11px;color:#888">운영정책 안내: <a href="https://cs.daum.net/faq/63/policy.html">https://cs.daum.net/faq/63/policy.html</a></p>
</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe HTML report-result notice",
    why="K1 deleted -> removed; K2 kept as not meeting the reported reason -> rejected; policy link is no item",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="daum-en-bullets-temp-measure",
    from_="safety@kakaocorp.com", name_from="Kakao Safety",
    date="Wed, 11 Sep 2024 16:00:48 +0900",
    subject="Re: [KCSC-240905-03] corrective request - Daum / Tistory",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""Dear KCSC,

Please find our outcome below.

* {K1} - access to the post has been
  blocked for 30 days as a temporary measure (임시조치) while the author may
  file an objection.
* {K4} - we could not locate this
  post; the address returns "page not found" and there is no such entry in
  our records.

Kakao Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English reply describing a 30-day 임시조치 and a not-found link",
    why="임시조치 (30-day block) -> restricted; cannot locate -> not_found",
    items={K1: "restricted", K4: "not_found"},
)

case(
    name="daum-untrusted-dmarc-fail",
    from_="safety@kakaocorp.com", name_from="Kakao Safety",
    auth="fail",
    date="Thu, 12 Sep 2024 08:41:19 +0900",
    subject="Re: [KCSC-240905-03] corrective request - Daum / Tistory",
    body=f"""Dear KCSC,

The following cafe posts have been deleted:
{K1}
{K2}

Kakao Safety Team
""",
    outcome="review", review="untrusted",
    imitates="Kakao deletion notice failing DKIM/SPF/DMARC",
    why="item statements from kakaocorp.com but authentication failed",
    items={K1: "pending", K2: "pending"},
)

case(
    name="daum-asks-for-decision-document",
    from_="safety@kakaocorp.com", name_from="Kakao Safety",
    date="Fri, 06 Sep 2024 10:20:05 +0900",
    subject="Re: [KCSC-240905-03] 시정요구 관련 자료 요청",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 세이프티팀입니다.

아래 카페 게시물의 조치를 검토하기 위해 심의 의결서 사본과 각 게시물이
위반하는 법 조항을 회신해 주시기 바랍니다.

{K1}
{K2}

자료를 받는 대로 검토를 진행하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking the regulator for the decision document before acting",
    why="a request for documents about two items, no outcome",
    items={K1: "pending", K2: "pending"},
)

case(
    name="daum-ooo-bilingual",
    from_="hj.park@kakaocorp.com", name_from="Park Hyejin",
    date="Thu, 05 Sep 2024 09:41:02 +0900",
    subject="자동 응답: [KCSC-240905-03] 시정요구 / Automatic reply",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 9월 23일(월)까지 휴가로 부재중입니다.
급한 건은 세이프티팀 공용 주소(safety@kakaocorp.com)로 보내 주세요.

I am out of the office until Monday 23 September with limited access to
email. For urgent matters please write to safety@kakaocorp.com.

박혜진 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

# ===== SOOP (KCSC-240906-04, 3 items) =====

case(
    name="soop-kr-triangle-bullets",
    from_="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Mon, 09 Sep 2024 17:55:30 +0900",
    subject="[SOOP] KCSC-240906-04 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요. SOOP 운영팀입니다.
KCSC-240906-04 관련 조치 결과를 안내드립니다.

▶ {S1} : VOD 삭제
▶ {S2} : VOD 삭제
▶ {S3} : 방송국 게시글 블라인드

해당 BJ에게는 운영정책에 따라 방송 이용정지 7일이 적용되었습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="streaming-site operations notice with ▶ bullets (VOD 삭제, 블라인드)",
    why="two VODs deleted and a station post blinded: all removed",
    items={S1: "removed", S2: "removed", S3: "removed"},
)

case(
    name="soop-en-ticket-plus-result",
    from_="support@sooplive.com", name_from="SOOP Support",
    date="Tue, 10 Sep 2024 13:08:44 +0900",
    subject="[SOOP Support] Ticket #SP-2024-0910-3381 - result of your report",
    body=f"""Thank you for contacting SOOP.

Your report has been received (Ticket #SP-2024-0910-3381) and reviewed.

Result of review:
- VOD {S2} has been deleted for violating our
  sexual content policy.
- The station post {S3} has been set to
  19+ (adults only) viewing.

SOOP Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply combining a receipt line with a review result",
    why="acknowledgement wording plus unhedged item statements: deleted -> removed, 19+ -> restricted",
    items={S2: "removed", S3: "restricted"},
)

case(
    name="soop-en-broadcaster-deleted",
    from_="support@sooplive.com", name_from="SOOP Support",
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject="Re: KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""Hello,

The VOD at {S1} was deleted by the broadcaster
himself on 7 September and no longer exists on our service, so there was
nothing left for us to act on.

SOOP Support
""",
    outcome="applied", classification="confirmation",
    imitates="streaming-platform reply that the uploader deleted the VOD",
    why="deleted by its author, no longer exists -> not_found",
    items={S1: "not_found"},
)

case(
    name="soop-kr-bulk-no-urls",
    from_="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Thu, 12 Sep 2024 11:45:12 +0900",
    subject="[SOOP] KCSC-240906-04 처리 완료",
    reply_to_req=req_mid("KCSC-240906-04"),
    body="""안녕하세요. SOOP 운영팀입니다.

요청하신 VOD 및 방송국 게시글 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line '모두 삭제 완료' notice",
    why="blanket statement for a three-item request without naming the items",
    items=pending(SOOP),
)

case(
    name="soop-lookalike-domain",
    from_="help@sooplive-cs.kr", name_from="SOOP 고객센터",
    date="Thu, 12 Sep 2024 22:17:50 +0900",
    subject="[SOOP 고객센터] KCSC-240906-04 조치 완료",
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청하신 아래 VOD는 삭제 처리되었습니다.
{S1}
{S2}

조치 내역 확인은 아래 링크에서 로그인 후 가능합니다.
https://sooplive-cs.kr/login
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain mail imitating a platform's support desk",
    why="sooplive-cs.kr is not a SOOP sender domain",
    items={S1: "pending", S2: "pending"},
)

case(
    name="soop-ticket-receipt-en",
    from_="no-reply@sooplive.com", name_from="SOOP Support",
    date="Fri, 06 Sep 2024 14:06:40 +0900",
    subject="[SOOP Support] We received your inquiry (#SP-2024-0906-2210)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your inquiry.
Ticket number: SP-2024-0906-2210

Our team usually responds within 3 business days. You can add information
by replying to this email; please keep the ticket number in the subject.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt",
    why="pure receipt, no statement",
    items={},
)

# ===== FM Korea (KCSC-240909-05, 2 items) and Inven =====

case(
    name="fmk-kr-dash-list",
    from_="report@fmkorea.com", name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 20:14:09 +0900",
    subject="RE: [KCSC-240909-05] 시정요구",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""에펨코리아 운영진입니다.

{F1} - 삭제 조치
{F2} - 작성자에 의해 이미 삭제된 글입니다

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site moderator reply",
    why="deleted -> removed; already deleted by its author -> not_found",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmk-outlook-quote-kept",
    from_="report@fmkorea.com", name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 15:02:33 +0900",
    subject="RE: [KCSC-240909-05] 시정요구",
    body=f"""안녕하세요.

{F2} 게시글은 검토 결과 커뮤니티 규정 및 관련 법령 위반으로
보기 어려워 삭제하지 않고 유지합니다.

에펨코리아 운영진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:40 PM
To: report@fmkorea.com
Subject: [KCSC-240909-05] 시정요구

아래 게시물의 삭제를 요청합니다.
1. {F1}
2. {F2}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- quoting the request",
    why="F2 kept with a reason -> rejected; F1 appears only in the quoted request",
    items={F2: "rejected"},
)

case(
    name="inven-wrong-platform",
    from_="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 11:48:27 +0900",
    subject="RE: [KCSC-240909-05] 시정요구",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

보내주신 게시물
{F1}
{F2}
은 인벤이 운영하는 게시판의 글이 아니며, 당사 서비스에는 존재하지 않는 게시물입니다.
해당 사이트 운영자에게 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a site answering a request mis-addressed to it (not our service)",
    why="Inven states 'does not exist on our service' about FM Korea's items",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmk-dsn-delayed",
    from_="MAILER-DAEMON@mx.fmkorea.com", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 02:40:11 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-b939-fmk"

--dsn-b939-fmk
Content-Type: text/plain; charset=us-ascii

This is a warning message only. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Your message to <report@fmkorea.com> has not been delivered for 12 hours.
The mail system will keep trying for 4 more days.

--dsn-b939-fmk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.fmkorea.com

Final-Recipient: rfc822; report@fmkorea.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out
Will-Retry-Until: Sat, 14 Sep 2024 14:40:00 +0900

--dsn-b939-fmk
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@fmkorea.com
Subject: [KCSC-240909-05] 시정요구
Date: Mon, 09 Sep 2024 14:40:00 +0900
Message-ID: <req.240909-05@kcsc.example>

--dsn-b939-fmk--
""",
    outcome="ignored", classification="bounce",
    imitates="sendmail 'delayed' DSN warning (4.4.1)",
    why="delivery-delay report, no statement",
    items={},
)

# ===== Clien (KCSC-240910-06, 1 item) =====

case(
    name="clien-sole-no-url",
    from_="admin@clien.net", name_from="클리앙 운영팀",
    date="Wed, 11 Sep 2024 09:58:21 +0900",
    subject="RE: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""안녕하세요. 클리앙 운영팀입니다.

요청 주신 게시물은 확인 후 운영진이 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply in the request's thread without the URL",
    why="one-item request, one unhedged statement about 'the post': removed",
    items={C1: "removed"},
)

case(
    name="clien-promise-meeting",
    from_="admin@clien.net", name_from="클리앙 운영팀",
    date="Tue, 10 Sep 2024 18:30:47 +0900",
    subject="RE: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""안녕하세요. 클리앙 운영팀입니다.

{C1} 게시물은 운영진 회의를 거쳐
이번 주 안에 처리 여부를 결정한 뒤 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator team holding reply (decision pending a meeting)",
    why="names the item, only promises a decision",
    items={C1: "pending"},
)

case(
    name="clien-mdn-read-receipt",
    from_="admin@clien.net", name_from="클리앙 운영팀",
    date="Tue, 10 Sep 2024 10:22:05 +0900",
    subject="읽음: [KCSC-240910-06] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-b939-clien"

--mdn-b939-clien
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: admin@clien.net
제목: [KCSC-240910-06] 게시물 삭제 요청
읽은 시간: 2024-09-10 오전 10:22

--mdn-b939-clien
Content-Type: message/disposition-notification

Reporting-UA: clien.net; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@clien.net
Original-Message-ID: <req.240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b939-clien--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-localised MDN read receipt (읽음)",
    why="read receipt",
    items={},
)

# ===== Ppomppu (KCSC-240910-07, 3 items) =====

case(
    name="ppomppu-text-table",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 16:40:02 +0900",
    subject="[뽐뿌] KCSC-240910-07 처리 결과",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""뽐뿌 운영팀입니다. KCSC-240910-07 요청에 대한 처리 결과입니다.

구분 | 게시물 주소                                                        | 조치
-----+--------------------------------------------------------------------+----------------------
1    | {P1}  | 삭제
2    | {P2}  | 삭제
3    | {P3}      | 접근 제한(성인 인증 필요)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table with pipes",
    why="two deleted -> removed; access restricted to verified adults -> restricted",
    items={P1: "removed", P2: "removed", P3: "restricted"},
)

case(
    name="ppomppu-kr-prose-kept-and-missing",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 11:15:36 +0900",
    subject="RE: [KCSC-240910-07] 시정요구 회신",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

휴대폰 게시판 글({P3})은 단순 구매 후기로,
광고성 불법정보에 해당하지 않는다고 판단하여 삭제하지 않았습니다.

자유게시판 {P1} 는 존재하지 않는 게시물 번호입니다.
주소를 다시 확인해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply: one refusal with reason, one invalid link",
    why="kept as a plain review -> rejected; nonexistent post number -> not_found",
    items={P3: "rejected", P1: "not_found"},
)

case(
    name="ppomppu-conditional-deletion",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 14:05:50 +0900",
    subject="RE: [KCSC-240910-07] 시정요구 회신",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

{P2} 게시자에게 소명을 요청하였으며,
48시간 안에 소명이 없으면 해당 글은 삭제될 예정입니다.

결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator reply with a conditional future deletion",
    why="deletion only on a condition and in the future: no statement",
    items={P2: "pending"},
)

case(
    name="ppomppu-ooo-chuseok",
    from_="kim.sy@ppomppu.co.kr", name_from="김소연",
    date="Fri, 13 Sep 2024 18:01:09 +0900",
    subject="[자동회신] RE: [KCSC-240910-07] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""안녕하세요.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
연휴 기간 중 급한 신고 건은 help@ppomppu.co.kr 로 보내 주시면
운영팀에서 확인하겠습니다.

김소연 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ===== Nate =====

case(
    name="nate-youth-officer-notice",
    from_="youth@nate.com", name_from="네이트",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[네이트] 청소년보호책임자 변경 안내",
    body="""안녕하세요. 네이트입니다.

2024년 9월 9일부터 네이트의 청소년보호책임자가 아래와 같이 변경되었음을
관계 기관에 안내드립니다.

- 청소년보호책임자: 정책실 이도윤 실장
- 연락처: youth@nate.com / 02-0000-0000

앞으로 불법·유해정보 관련 요청은 위 연락처로 보내 주시기 바랍니다.

네이트 드림
""",
    outcome="review", review="no_claims",
    imitates="portal notice to agencies of a change of youth-protection officer",
    why="trusted platform mail that names no item and no request",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = f"""# Blind set {SET}: Korean portals and community sites, Korean and English
# mixed, with doubtful and ignorable mail. Written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
"""
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
