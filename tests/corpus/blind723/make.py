#!/usr/bin/env python3
"""Blind set 723: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Inven; Clien as a misaddressed platform),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Written from each email's meaning before any run of the reader. Every
email, name, id and URL is fictional. Deterministic:

    python3 tests/corpus/blind723/make.py

writes requests.csv, cases/*.eml and expected.toml.
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

SET = "blind723"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N = {
    1: "https://blog.naver.com/lucky_harbor77/223561000101",
    2: "https://blog.naver.com/lucky_harbor77/223561000188",
    3: "https://blog.naver.com/moonstep_k/223559870412",
    4: "https://cafe.naver.com/bluewavecasino/48213",
    5: "https://cafe.naver.com/bluewavecasino/48250",
    6: "https://cafe.naver.com/toto_garden2/10922",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230988",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=51230077",
    9: "https://blog.naver.com/PostView.naver?blogId=sunny_dal&logNo=223560044120",
    10: "https://in.naver.com/betmaster_kim/contents/internal/701245566101",
    11: "https://cafe.naver.com/ca-fe/cafes/31055812/articles/2207",
    12: "https://m.blog.naver.com/moonstep_k/223559870533",
    13: "https://cafe.naver.com/toto_garden2/10955",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812977",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinbit&no=330127",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinbit&no=330498",
    5: "https://gall.dcinside.com/mini/board/view/?id=hwarang_fan&no=5512",
}
K = {
    1: "https://cafe.daum.net/nightowl2020/Ab3x/1184",
    2: "https://cafe.daum.net/nightowl2020/Ab3x/1190",
    3: "https://cafe.daum.net/dream_exchange/Kq1f/532",
    4: "https://brunch.co.kr/@seomhoney/77",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131224570",
    2: "https://vod.sooplive.co.kr/player/131230118",
    3: "https://ch.sooplive.co.kr/dalbit_bj2/post/88123410",
}
T = {
    1: "https://pann.nate.com/talk/372118450",
    2: "https://pann.nate.com/talk/372120933",
}
F = {
    1: "https://www.fmkorea.com/7381240551",
    2: "https://www.fmkorea.com/7381299017",
}
I = {1: "https://www.inven.co.kr/board/lostark/4811/1039922"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-03T10:20:00+09:00", "2024-09-10", N, "illegal_gambling",
     "blog, cafe, KnowledgeiN, Post and Influencer pages advertising betting sites"),
    (R2, "dcinside", "2024-09-04T14:05:00+09:00", "2024-09-11", D, "privacy",
     "gallery posts exposing a private person's details"),
    (R3, "daum", "2024-09-05T09:40:00+09:00", "2024-09-12", K, "obscenity",
     "Daum cafe and Brunch posts"),
    (R4, "soop", "2024-09-06T16:30:00+09:00", "2024-09-13", S, "illegal_gambling",
     "VODs and a channel post promoting a betting site"),
    (R5, "nate", "2024-09-09T11:00:00+09:00", "2024-09-16", T, "defamation",
     "Nate Pann posts"),
    (R6, "fmkorea", "2024-09-10T10:10:00+09:00", "2024-09-17", F, "drugs",
     "posts advertising drug sales"),
    (R7, "inven", "2024-09-11T15:00:00+09:00", "2024-09-18", I, "illegal_trade",
     "account trading post"),
]
REQ_MSGID = {r[0]: "req-" + r[0][5:].lower() for r in REQUESTS}
REQ_URLS = {r[0]: [r[4][k] for k in sorted(r[4])] for r in REQUESTS}
REQ_SENT = {
    R1: ("2024년 9월 3일 (화) 오전 10:20", "Tuesday, September 3, 2024 10:20 AM"),
    R2: ("2024년 9월 4일 (수) 오후 2:05", "Wednesday, September 4, 2024 2:05 PM"),
    R3: ("2024년 9월 5일 (목) 오전 9:40", "Thursday, September 5, 2024 9:40 AM"),
    R4: ("2024년 9월 6일 (금) 오후 4:30", "Friday, September 6, 2024 4:30 PM"),
    R5: ("2024년 9월 9일 (월) 오전 11:00", "Monday, September 9, 2024 11:00 AM"),
    R6: ("2024년 9월 10일 (화) 오전 10:10", "Tuesday, September 10, 2024 10:10 AM"),
    R7: ("2024년 9월 11일 (수) 오후 3:00", "Wednesday, September 11, 2024 3:00 PM"),
}
REQ_SUBJECT = "[{ref}] 불법정보 시정요구 / Request for correction of illegal information"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, REQ_MSGID[ref] + "@kcsc.example", note])


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def h(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def req_subject(ref, prefix="RE: "):
    return h(prefix + REQ_SUBJECT.format(ref=ref))


def request_text(ref):
    """The regulator's request as it went out (for quoting)."""
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에",
        "따른 불법정보로 심의·의결되었으므로 시정요구(해당 정보의 삭제 또는",
        "접속차단)하오니, 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        "요청번호: " + ref,
        "",
    ]
    for i, u in enumerate(REQ_URLS[ref], 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "방송통신심의위원회 통신심의국 드림", "takedown@kcsc.example"]
    return lines


def quote_gmail(ref):
    ko, _ = REQ_SENT[ref]
    out = ["", "%s, KCSC Takedown <takedown@kcsc.example>님이 작성:" % ko]
    out += [("> " + l).rstrip() for l in request_text(ref)]
    return "\n".join(out)


def quote_outlook(ref, to, dashes=True):
    _, en = REQ_SENT[ref]
    out = [""]
    out.append("-----Original Message-----" if dashes else "________________________________")
    out += [
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: " + en,
        "To: " + to,
        "Subject: " + REQ_SUBJECT.format(ref=ref),
        "",
    ]
    out += request_text(ref)
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alternative(text, html, boundary, enc="quoted-printable"):
    enc_f = qp if enc == "quoted-printable" else b64
    return "\n".join([
        'Content-Type: multipart/alternative; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: " + enc,
        "",
        enc_f(text).rstrip("\n"),
        "",
        "--" + boundary,
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: " + enc,
        "",
        enc_f(html).rstrip("\n"),
        "",
        "--" + boundary + "--",
        "",
    ])


def single(text, enc, ctype="plain"):
    f = qp if enc == "quoted-printable" else b64
    return "\n".join([
        "Content-Type: text/%s; charset=utf-8" % ctype,
        "Content-Transfer-Encoding: " + enc,
        "",
        f(text).rstrip("\n"),
        "",
    ])


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def add(**c):
    cases.append(c)


# ---------------------------------------------------------------- NAVER ---
add(
    name="naver-gesijungdan-numbered-ko",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 15:12:40 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

귀 위원회에서 2024. 9. 3. 요청하신 시정요구(요청번호 {R1}) 건 가운데
블로그·카페 게시물 5건에 대하여 아래와 같이 조치하였음을 알려드립니다.

1. {N[1]}
   - 조치내용: 게시물 삭제
2. {N[2]}
   - 조치내용: 게시물 삭제
3. {N[3]}
   - 조치내용: 블라인드 처리
4. {N[4]}
   - 조치내용: 임시조치(30일)
5. {N[5]}
   - 조치내용: 해당 게시물 없음 (작성자가 요청 접수 전에 삭제)

나머지 URL은 서비스별 담당 부서의 검토가 끝나는 대로 별도로 회신드리겠습니다.

네이버 권리보호센터 드림
https://right.naver.com
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단 조치 결과 회신 (numbered list, 조치내용 line under each URL)",
    why="trusted NAVER reply, each URL with its own 조치내용: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found; the rest only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "pending"},
)

_txt = f"""Dear KCSC team,

Please find below the outcome of our review of the URLs in your request
{R1} that were assigned to the Cafe, KnowledgeiN and Post teams.

URL | Action | Date
{N[6]} | Removed (illegal gambling promotion) | 2024-09-05
{N[7]} | Access restricted in Korea (국내 접근 제한) | 2024-09-05
{N[8]} | No action: the post does not violate our policies or Korean law | 2024-09-05

Our operating principles: https://policy.naver.com/rules/service.html

NAVER Trust & Safety
"""
_html = f"""<html><body style="font-family:sans-serif">
<p>Dear KCSC team,</p>
<p>Please find below the outcome of our review of the URLs in your request
{R1} that were assigned to the Cafe, KnowledgeiN and Post teams.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th><th>Date</th></tr>
<tr><td><a href="{N[6]}">{N[6]}</a></td><td>Removed (illegal gambling promotion)</td><td>2024-09-05</td></tr>
<tr><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>Access restricted in Korea (국내 접근 제한)</td><td>2024-09-05</td></tr>
<tr><td><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a></td><td>No action: the post does not violate our policies or Korean law</td><td>2024-09-05</td></tr>
</table>
<p>Our operating principles: <a href="https://policy.naver.com/rules/service.html">policy.naver.com</a></p>
<p>NAVER Trust &amp; Safety</p>
</body></html>
"""
add(
    name="naver-en-html-table",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 18:40:03 +0900",
    subject=req_subject(R1, "Re: "), reply_to_req=REQ_MSGID[R1],
    raw_mime=alternative(_txt, _html, "----=_NV_Part_0905_7781"),
    outcome="applied",
    imitates="NAVER English trust-and-safety outcome with an HTML results table (multipart/alternative, quoted-printable)",
    why="removed, restricted in Korea, and 'no action, does not violate' = rejected, one row per URL",
    items={N[6]: "removed", N[7]: "restricted", N[8]: "rejected"},
)

_csv = "번호,URL,조치결과,조치일자\n" + "\n".join([
    f"1,{N[1]},삭제,2024-09-06",
    f"2,{N[2]},삭제,2024-09-06",
    f"3,{N[3]},블라인드,2024-09-06",
    f"4,{N[4]},임시조치,2024-09-06",
    f"5,{N[5]},게시물 없음(작성자 삭제),-",
    f"6,{N[6]},삭제,2024-09-06",
    f"7,{N[7]},국내 접속 차단,2024-09-06",
    f"8,{N[8]},조치 안 함(위반 사항 없음),-",
    f"9,{N[9]},삭제,2024-09-06",
    f"10,{N[10]},게시물 없음,-",
    f"11,{N[11]},비공개 처리,2024-09-06",
    f"12,{N[12]},삭제,2024-09-06",
    f"13,{N[13]},검토 중,-",
]) + "\n"
_body = f"""안녕하세요. 네이버 권리보호센터입니다.

요청번호 {R1} 13건에 대한 조치 결과를 첨부 파일로 보내드립니다.
검토 중인 건은 결과가 나오는 대로 추가로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터
"""
_fn = "조치결과_" + R1 + ".csv"
add(
    name="naver-csv-attachment-13",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Fri, 06 Sep 2024 17:05:11 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    raw_mime="\n".join([
        'Content-Type: multipart/mixed; boundary="nv-mixed-240906"',
        "",
        "--nv-mixed-240906",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64(_body).rstrip("\n"),
        "",
        "--nv-mixed-240906",
        'Content-Type: text/csv; charset=utf-8; name="%s"' % Header(_fn, "utf-8").encode(),
        'Content-Disposition: attachment; filename="%s"' % Header(_fn, "utf-8").encode(),
        "Content-Transfer-Encoding: base64",
        "",
        b64("\ufeff" + _csv).rstrip("\n"),
        "",
        "--nv-mixed-240906--",
        "",
    ]),
    outcome="applied",
    imitates="Korean portal 조치결과 spreadsheet sent as a CSV attachment (UTF-8 with BOM, base64)",
    why="one row per item of the 13-item request: 삭제/블라인드/비공개 removed, 임시조치/국내 접속 차단 restricted, 게시물 없음 not_found, 조치 안 함(위반 없음) rejected, 검토 중 pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed", N[7]: "restricted", N[8]: "rejected",
           N[9]: "removed", N[10]: "not_found", N[11]: "removed", N[12]: "removed",
           N[13]: "pending"},
)

add(
    name="naver-topposted-outlook-quote",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="Seoyeon Kim",
    date="Fri, 06 Sep 2024 13:47:29 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    body=f"""
Hello,

Following up on the two items you asked about by phone this morning:

{N[9]} -- removed on 6 September at 11:20 KST.

{N[10]} -- this one had already been deleted by its creator before our
review, so there was nothing left for us to act on.

The other URLs are being answered by the rights protection centre.

Best regards,
Seoyeon Kim
Policy Operations, NAVER Corp.
{quote_outlook(R1, "policy@navercorp.com")}
""",
    outcome="applied",
    imitates="Outlook top-posted reply by a named NAVER policy employee over the quoted request (-----Original Message-----)",
    why="two statements above the quote; the 13 URLs in the quoted request below say nothing",
    items={N[9]: "removed", N[10]: "not_found", N[1]: "pending", N[6]: "pending"},
)

add(
    name="naver-url-then-result-line",
    **{"from": "cafe_blog_ops@naver.com"}, name_from=h("네이버 카페·블로그 운영팀"),
    date="Fri, 06 Sep 2024 19:02:55 +0900",
    subject=h(f"[네이버] 요청번호 {R1} 처리 결과 안내 (카페/모바일 블로그)"),
    body=f"""
안녕하세요. 네이버 카페·블로그 운영팀입니다.
요청번호 {R1} 가운데 카페 및 모바일 블로그 게시물 처리 결과를 안내드립니다.

{N[11]}
→ 처리결과: 비공개 처리 완료 (9/6)

{N[12]}
→ 처리결과: 삭제 완료 (9/6)

{N[13]}
→ 처리결과: 게시물 확인 불가 (존재하지 않는 주소)

감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe/blog operations notice: bare URL, result on the next line after an arrow",
    why="비공개 처리 and 삭제 are removed; 존재하지 않는 주소 is not_found; each status sits on the line below its URL",
    items={N[11]: "removed", N[12]: "removed", N[13]: "not_found"},
)

add(
    name="naver-qp-rejected-ko",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    raw_mime=single(f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 {N[8]} 에 대하여 내부 검토를 진행하였습니다.

해당 게시물은 스포츠 경기 결과를 분석한 글로서 도박 사이트 주소나 가입 유도
문구가 포함되어 있지 않으며, 네이버 포스트 운영원칙 및 관련 법령에 위반되는
내용이 확인되지 않아 게시중단 조치를 하지 않기로 결정하였습니다.

판단에 참고할 추가 자료가 있으시면 회신 부탁드립니다.

네이버 권리보호센터 드림
""", "quoted-printable"),
    outcome="applied",
    imitates="NAVER 게시중단 요청 불수용(no action) notice with its reason, quoted-printable Korean",
    why="a refusal with its reason (no rule broken, no 게시중단) on one named URL = rejected; the invitation to send more material is not a demand",
    items={N[8]: "rejected"},
)

add(
    name="naver-en-korea-only-and-gone",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 09:31:18 +0900",
    subject=req_subject(R1, "Re: "), reply_to_req=REQ_MSGID[R1],
    body=f"""
Dear Sir or Madam,

With regard to your request {R1}:

- The KnowledgeiN question at {N[7]} has been made inaccessible from
  Korea under a temporary measure (임시조치). It is still reachable from
  outside Korea.
- The Influencer page {N[10]} does not exist anymore; the creator closed
  the account on 4 September.

Kind regards,
NAVER Policy Team
""",
    outcome="applied",
    imitates="NAVER English policy-team reply, bulleted, Korea-only restriction plus an account closed by its creator",
    why="inaccessible from Korea only = restricted; page no longer exists, closed by its creator = not_found",
    items={N[7]: "restricted", N[10]: "not_found"},
)

add(
    name="naver-ack-plus-statement",
    **{"from": "help@naver.com"}, name_from=h("네이버 고객센터"),
    date="Wed, 04 Sep 2024 11:08:44 +0900",
    subject=h("[네이버 고객센터] 문의 접수 및 처리 결과 안내"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409-NV-551207)

문의하신 블로그 게시물 {N[2]} 은(는) 운영정책 위반으로 삭제 처리되었습니다.

추가 문의는 고객센터 홈페이지를 이용해 주세요.
https://help.naver.com

※ 본 메일은 발신전용입니다.
""",
    outcome="applied",
    imitates="NAVER 고객센터 receipt template that also carries the result of the inquiry",
    why="a receipt line plus an unhedged 삭제 처리되었습니다 on one named URL is a confirmation, not a bare acknowledgement",
    items={N[2]: "removed"},
)

add(
    name="naver-wrapped-angle-url",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 16:20:37 +0900",
    subject=req_subject(R1, "Re: "), reply_to_req=REQ_MSGID[R1],
    body=f"""
Hello,

The following two items from {R1} were removed on 9 September:

<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
docId=471230988>

{N[8]}

Both authors have received a warning under our operating policy.

NAVER Trust & Safety
""",
    outcome="applied",
    imitates="plain-text reply whose mail client hard-wrapped a long URL inside angle brackets (RFC 3986 appendix C style)",
    why="the KnowledgeiN URL is split across two lines inside <>; a clerk rejoins it; both stated removed",
    items={N[7]: "removed", N[8]: "removed"},
)

add(
    name="naver-hedge-and-statement-en",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="Seoyeon Kim",
    date="Thu, 05 Sep 2024 20:11:09 +0900",
    subject=req_subject(R1, "RE: "), reply_to_req=REQ_MSGID[R1],
    body=f"""
Hi,

Quick update on two of the items:

{N[3]} was blinded (블라인드) by our blog team this afternoon.

As for {N[5]}, our logs suggest it may have been deleted by the cafe
manager, but I cannot confirm this yet. I will come back to you on it.

Seoyeon
""",
    outcome="applied",
    imitates="informal English update from a NAVER policy employee, one firm statement and one hedge",
    why="블라인드 = removed for the first URL; 'may have been deleted … cannot confirm' is a hedge, the second stays pending",
    items={N[3]: "removed", N[5]: "pending"},
)

# ----------------------------------------------------------- DC Inside ---
add(
    name="dc-operator-delete-sections",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 16:44:02 +0900",
    subject=req_subject(R2), reply_to_req=REQ_MSGID[R2],
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회 시정요구({R2})에 따라 확인한 결과를 회신드립니다.

■ 운영자 삭제 완료 (3건)
 - {D[1]}
 - {D[2]}
 - {D[3]}

■ 작성자 자진 삭제로 확인 불가 (1건)
 - {D[4]}

나머지 1건(미니 갤러리 게시물)은 담당 부서 확인 후 다시 연락드리겠습니다.
삭제된 게시물의 작성자에 대해서는 글쓰기 차단 조치도 함께 진행하였습니다.

디시인사이드 운영팀
""",
    outcome="applied",
    imitates="DC Inside 운영팀 reply grouping URLs under ■ section headings (운영자 삭제 / 작성자 삭제)",
    why="heading statuses cover the bullets below them: three removed, one not_found (author deleted); the fifth only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "pending"},
)

add(
    name="dc-english-angle-bracket",
    **{"from": "support@dcinside.com"}, name_from="DCInside Support",
    date="Fri, 06 Sep 2024 10:03:51 +0900",
    subject=req_subject(R2, "Re: "), reply_to_req=REQ_MSGID[R2],
    body=f"""
Dear KCSC,

Thank you for your notice. The mini-gallery post
<{D[5]}> was deleted by our
moderation team on September 5 and the poster has been blocked from
writing for 30 days.

Regards,
DCInside Support Team
""",
    outcome="applied",
    imitates="short English DC Inside support reply, URL in angle brackets inside a wrapped sentence",
    why="deleted by the moderation team = removed",
    items={D[5]: "removed"},
)

add(
    name="dc-gmail-korean-particle",
    **{"from": "cs@dcinside.com"}, name_from=h("디시인사이드 고객지원"),
    date="Mon, 09 Sep 2024 14:26:40 +0900",
    subject=req_subject(R2, "Re: "), reply_to_req=REQ_MSGID[R2],
    body=f"""
문의하신 건 확인했습니다.

{D[4]}은 이미 작성자가 지운 글이라 저희 쪽에서 따로 조치할 게 없었습니다.
{D[3]}도 확인해 보니 어제 운영자 삭제 처리되었습니다.

감사합니다.
디시인사이드 고객지원
{quote_gmail(R2)}
""",
    outcome="applied",
    imitates="Gmail-style Korean reply with particles (은/도) glued to the URLs, request quoted with '>' below '…님이 작성:'",
    why="the particle is not part of the URL; author-deleted = not_found, 운영자 삭제 = removed; quoted URLs say nothing",
    items={D[4]: "not_found", D[3]: "removed", D[1]: "pending"},
)

_dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 {R2} 처리 결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{D[1].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>2</td><td>{D[2].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>3</td><td>{D[5].replace('&', '&amp;')}</td><td>삭제 불가 (언론 보도 인용 게시물로 운영원칙 위반 아님)</td></tr>
</table>
<p>문의: <a href="https://gall.dcinside.com/board/lists?id=notice">디시인사이드 공지</a></p>
</body></html>
"""
add(
    name="dc-html-only-table",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 12:30:00 +0900",
    subject=req_subject(R2), reply_to_req=REQ_MSGID[R2],
    raw_mime=single(_dc_html, "quoted-printable", "html"),
    outcome="applied",
    imitates="HTML-only DC Inside result table (no text part), URLs as plain cell text",
    why="two rows 삭제 = removed; 삭제 불가 with its reason (no rule broken) = rejected; the notice-board link is not an item",
    items={D[1]: "removed", D[2]: "removed", D[5]: "rejected"},
)

# ---------------------------------------------------------------- Daum ---
add(
    name="daum-imsijochi-30days",
    **{"from": "right@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 10:45:12 +0900",
    subject=h(f"[카카오] 권리침해 신고 처리 결과 안내 ({R3})"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 다음 카페 게시물에 대한 처리 결과를 알려드립니다.

[처리 대상]
- {K[1]}
- {K[2]}

[처리 내용] 정보통신망법 제44조의2에 따른 임시조치 (30일간 게시물 접근 차단)
[처리 일시] 2024.09.06 10:31

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

카카오 권리침해신고센터
https://cs.daum.net/redbell/top.html
""",
    outcome="applied",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice ([처리 대상] / [처리 내용] blocks)",
    why="임시조치 (30-day access block) applies to both listed URLs = restricted; the later deletion is only conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

add(
    name="daum-en-fullwidth-colon",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 15:58:20 +0900",
    subject=req_subject(R3, "Re: "), reply_to_req=REQ_MSGID[R3],
    body=f"""
Hello,

Re: {R3}

• {K[3]}：This cafe was closed by its manager on 28 August, so the post no longer exists（게시물 없음）.
• {K[4]}：Deleted for violating the Brunch operating policy（운영정책 위반으로 삭제）.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied",
    imitates="Kakao English reply with Korean glosses, full-width colon and parentheses right after each URL",
    why="post no longer exists = not_found; deleted = removed; the full-width colon ends each URL",
    items={K[3]: "not_found", K[4]: "removed"},
)

add(
    name="daum-outlook-update-over-quote",
    **{"from": "jiwoo.park@kakaocorp.com"}, name_from="Jiwoo Park",
    date="Wed, 11 Sep 2024 17:14:06 +0900",
    subject=req_subject(R3), reply_to_req=REQ_MSGID[R3],
    body=f"""
Hello,

An update on the two nightowl2020 cafe posts: after a second review our
team deleted both of them outright instead of keeping the temporary
measure.

{K[1]}
{K[2]}

Best,
Jiwoo Park | Kakao Trust & Safety
{quote_outlook(R3, "right@kakaocorp.com", dashes=False)}
""",
    outcome="applied",
    imitates="Outlook reply (underscore separator, From/Sent/To/Subject block) with a statement above a bare URL list",
    why="the statement before the two bare URLs covers both = removed; the quoted request below names all four and says nothing",
    items={K[1]: "removed", K[2]: "removed", K[3]: "pending"},
)

# ---------------------------------------------------------------- SOOP ---
add(
    name="soop-text-table-ko",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from=h("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 11:20:45 +0900",
    subject=req_subject(R4), reply_to_req=REQ_MSGID[R4],
    body=f"""
안녕하세요. SOOP 운영팀입니다.
{R4} 관련 조치 내역을 회신드립니다.

구분   | URL                                                | 조치
-------+----------------------------------------------------+--------------------------
VOD    | {S[1]}        | 삭제
VOD    | {S[2]}        | 삭제
게시글 | {S[3]} | 19세 이상 시청 제한 설정

해당 방송국에는 운영정책 위반에 따른 7일 방송 정지 조치가 함께 내려졌습니다.

SOOP 운영팀
""",
    outcome="applied",
    imitates="SOOP (AfreecaTV) 운영팀 reply with a plain-text pipe table",
    why="two VODs 삭제 = removed; 19세 이상 시청 제한 = age-restricted = restricted",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

add(
    name="soop-rejected-with-reason-en",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 14:02:33 +0900",
    subject=req_subject(R4, "Re: "), reply_to_req=REQ_MSGID[R4],
    body=f"""
Dear KCSC,

We looked at the channel post {S[3]} that you flagged. It links to the
page of a government-licensed sports lottery retailer and contains no
odds, referral codes or addresses of private betting sites. As it breaches
neither our Operating Policy nor the National Sports Promotion Act, we
have decided to leave it up.

The two VODs from the same request are still with our VOD team.

SOOP Trust & Safety
""",
    outcome="applied",
    imitates="SOOP English refusal with its reason (content stays up)",
    why="'decided to leave it up' because it breaks no rule = rejected; the VODs are only said to be in progress",
    items={S[3]: "rejected", S[1]: "pending", S[2]: "pending"},
)

add(
    name="soop-vod-private-then-deleted",
    **{"from": "vod_ops@sooplive.co.kr"}, name_from=h("SOOP VOD 운영"),
    date="Wed, 11 Sep 2024 18:37:00 +0900",
    subject=req_subject(R4), reply_to_req=REQ_MSGID[R4],
    body=f"""
안녕하세요, SOOP VOD 운영 담당입니다.

{S[1]} 및 {S[2]} VOD는 비공개 전환 후 삭제되었습니다.
두 VOD의 하이라이트 클립도 함께 정리했습니다.

감사합니다.
""",
    outcome="applied",
    imitates="SOOP VOD operations note, two URLs joined by 및 in one sentence",
    why="one sentence states both named VODs were deleted = removed",
    items={S[1]: "removed", S[2]: "removed"},
)

# ---------------------------------------------------------------- Nate ---
add(
    name="nate-pann-blind-ko",
    **{"from": "pann_admin@nate.com"}, name_from=h("네이트 판 운영자"),
    date="Tue, 10 Sep 2024 13:55:21 +0900",
    subject=req_subject(R5), reply_to_req=REQ_MSGID[R5],
    body=f"""
안녕하세요. 네이트 판 운영팀입니다.
요청하신 게시글 처리 결과입니다.

1) {T[1]} : 블라인드 처리 완료
2) {T[2]} : 작성자 본인이 이미 삭제한 게시글로 확인되어 별도 조치가 불가합니다.

감사합니다.
""",
    outcome="applied",
    imitates="Nate Pann 운영팀 블라인드 처리 notice",
    why="블라인드 = removed; already deleted by its author = not_found",
    items={T[1]: "removed", T[2]: "not_found"},
)

add(
    name="nate-en-adult-only-and-refusal",
    **{"from": "trust@skcomms.co.kr"}, name_from="SK Communications Trust & Safety",
    date="Wed, 11 Sep 2024 10:12:48 +0900",
    subject=req_subject(R5, "Re: "), reply_to_req=REQ_MSGID[R5],
    body=f"""
Result for {R5}:

1. {T[1]}
   Limited to adult-verified members (성인 인증 필요); hidden from
   everyone else.

2. {T[2]}
   We reviewed this post and will not take it down. It is a consumer
   complaint about a named company and contains no false statement of
   fact and no personal data. It remains available.

SK Communications | Nate Trust & Safety
""",
    outcome="applied",
    imitates="Nate (SK Communications) English result, status indented below each numbered URL",
    why="adult-verified only = age-restricted = restricted; 'will not take it down … remains available' with reason = rejected",
    items={T[1]: "restricted", T[2]: "rejected"},
)

# -------------------------------------------------------------- FM Korea ---
add(
    name="fmkorea-base64-deleted",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 16:48:09 +0900",
    subject=req_subject(R6), reply_to_req=REQ_MSGID[R6],
    raw_mime=single(f"""안녕하세요, 에펨코리아 운영진입니다.
보내주신 시정요구({R6}) 건 처리했습니다.

- {F[1]} 삭제, 작성자 영구 이용정지
- {F[2]} 삭제

비슷한 게시물이 다시 올라오지 않도록 키워드 필터도 추가해 두었습니다.
""", "base64"),
    outcome="applied",
    imitates="FM Korea admin reply sent as a base64 UTF-8 body",
    why="both URLs 삭제 = removed",
    items={F[1]: "removed", F[2]: "removed"},
)

add(
    name="fmkorea-one-done-one-reviewing",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 09:05:30 +0900",
    subject=req_subject(R6), reply_to_req=REQ_MSGID[R6],
    body=f"""
안녕하세요.

두 번째 게시물({F[2]})은 삭제했습니다.
첫 번째 게시물({F[1]})은 작성자 소명 내용을 검토 중이라 결과 나오면 다시 연락드릴게요.

에펨코리아 운영진
""",
    outcome="applied",
    imitates="FM Korea informal reply, URLs in parentheses, one done and one under review",
    why="삭제했습니다 = removed; 검토 중 = pending",
    items={F[2]: "removed", F[1]: "pending"},
)

# ---------------------------------------------------------------- Inven ---
add(
    name="inven-sole-item-no-url",
    **{"from": "help@inven.co.kr"}, name_from=h("인벤 운영팀"),
    date="Thu, 12 Sep 2024 11:40:00 +0900",
    subject=req_subject(R7), reply_to_req=REQ_MSGID[R7],
    body="""
안녕하세요. 인벤 운영팀입니다.

요청하신 로스트아크 거래 게시판 게시물은 확인 즉시 삭제 조치하였으며,
작성자 계정은 게시판 이용 제한 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Inven 운영팀 short reply in the request's thread, naming no URL",
    why="the request has one item and the reply (same thread, ref in subject) says it was deleted = removed",
    items={I[1]: "removed"},
)

# ------------------------------------------------------------- REVIEW ---
add(
    name="naver-promise-sequential",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 09:50:27 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물
 - {N[1]}
 - {N[2]}
에 대해서는 담당 부서에서 검토 후 순차적으로 게시중단 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will be handled in order' interim reply",
    why="조치될 예정 is a promise; the URLs are named but no status is stated",
    items={N[1]: "pending", N[2]: "pending"},
)

add(
    name="naver-bulk-all-13",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Sat, 07 Sep 2024 10:02:14 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청번호 {R1}로 요청하신 게시물 13건에 대하여 모두 게시중단(삭제) 조치를
완료하였습니다.

협조 요청에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 'all N items actioned' closing notice",
    why="a statement about all 13 items of a multi-item request without naming each",
    items={N[1]: "pending", N[7]: "pending", N[13]: "pending"},
)

add(
    name="dc-hedge-seems",
    **{"from": "support@dcinside.com"}, name_from="DCInside Support",
    date="Thu, 05 Sep 2024 09:15:42 +0900",
    subject=req_subject(R2, "Re: "), reply_to_req=REQ_MSGID[R2],
    body=f"""
Hello,

It looks like {D[2]} may already have been removed by the gallery's
manager, and the coinbit post <{D[3]}> seems to be unavailable as well.
Our team will double-check both and confirm by Friday.

DCInside Support Team
""",
    outcome="review", review="not_understood",
    imitates="English support interim reply with hedges ('looks like', 'may', 'seems')",
    why="hedges and a promise to confirm: no statement; named URLs stay pending",
    items={D[2]: "pending", D[3]: "pending"},
)

add(
    name="soop-bulk-all-taken-down",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 20:05:00 +0900",
    subject=req_subject(R4, "Re: "), reply_to_req=REQ_MSGID[R4],
    body=f"""
Dear KCSC,

All of the content listed in your request {R4} has been taken down by
our operations team.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="SOOP English 'all content taken down' one-liner",
    why="a statement about every item of a three-item request without naming them",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

add(
    name="daum-auth-fail",
    **{"from": "right@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"), auth="fail",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    subject=h(f"[카카오] 권리침해 신고 처리 결과 안내 ({R3})"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.
- {K[3]}
- {K[4]}

카카오 권리침해신고센터
""",
    outcome="review", review="untrusted",
    imitates="Kakao 처리 결과 notice whose DKIM/SPF/DMARC fail (spoofed or broken by a relay)",
    why="claims from a platform domain failing authentication are not applied",
    items={K[3]: "pending", K[4]: "pending"},
)

add(
    name="dc-gallery-manager-gmail",
    **{"from": "coinbit.manager88@gmail.com"}, name_from=h("coinbit 갤러리 매니저"),
    date="Fri, 06 Sep 2024 23:41:10 +0900",
    subject=req_subject(R2, "Re: "),
    body=f"""
안녕하세요, coinbit 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받아서 아래 글 두 개 제가 삭제했습니다.

{D[3]}
{D[4]}

앞으로 비슷한 글은 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail account",
    why="a gallery manager is a user, not the platform; gmail.com is no platform's domain",
    items={D[3]: "pending", D[4]: "pending"},
)

add(
    name="clien-wrong-platform",
    **{"from": "admin@clien.net"}, name_from=h("클리앙 운영진"),
    date="Wed, 11 Sep 2024 13:30:19 +0900",
    subject=req_subject(R6, "Re: "), reply_to_req=REQ_MSGID[R6],
    body=f"""
안녕하세요, 클리앙 운영진입니다.

보내주신 주소 {F[1]} 는 클리앙 게시물이 아닙니다.
저희 사이트에서는 해당 게시물을 찾을 수 없으니 에펨코리아 측에 문의하시기 바랍니다.

클리앙 운영진
""",
    outcome="review", review="wrong_platform",
    imitates="Clien admin answering a request misaddressed to it (an FM Korea URL)",
    why="Clien states 'cannot find' about an FM Korea item: a platform speaking of another platform's item",
    items={F[1]: "pending"},
)

add(
    name="naver-no-claims-channel-notice",
    **{"from": "right@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject=h("[안내] 기관 게시중단 요청 접수 채널 변경 안내"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

2024년 10월 1일부터 행정기관·공공기관의 게시중단 요청은 기관 전용 접수
페이지(https://right.naver.com/agency)를 통해서만 접수됩니다.
기존 이메일 접수는 2024년 9월 30일까지 병행 운영됩니다.

기관 담당자 계정 발급 방법은 위 페이지에서 확인하실 수 있습니다.

네이버 권리보호센터 드림
""",
    outcome="review", review="no_claims",
    imitates="NAVER service notice to agencies about a new intake channel",
    why="trusted NAVER mail naming no item and no request; the intake page is the platform's own link",
    items={},
)

add(
    name="fmkorea-asks-official-letter",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 13:22:41 +0900",
    subject=req_subject(R6), reply_to_req=REQ_MSGID[R6],
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청하신 2건
{F[1]}
{F[2]}
관련하여, 메일 본문만으로는 기관 요청인지 확인이 어려워서요.
시정요구서(공문) 사본과 담당자 연락처를 보내주시면 확인 후 바로 처리하겠습니다.

에펨코리아 운영진
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community-site admin asking for the official 시정요구서 before acting",
    why="asks for the official letter; nothing done yet",
    items={F[1]: "pending", F[2]: "pending"},
)

add(
    name="nate-conditional-sommyeong",
    **{"from": "pann_admin@nate.com"}, name_from=h("네이트 판 운영자"),
    date="Mon, 09 Sep 2024 17:48:33 +0900",
    subject=req_subject(R5), reply_to_req=REQ_MSGID[R5],
    body=f"""
안녕하세요. 네이트 판 운영팀입니다.

{T[1]}
{T[2]}

위 두 게시글은 게시자에게 소명 기회를 부여하였으며, 7일 이내에 소명이 없을
경우 삭제될 예정입니다. 소명이 접수되면 내용을 검토하여 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Nate Pann notice giving the poster a chance to explain (소명) before deletion",
    why="deletion is conditional and in the future; no present status",
    items={T[1]: "pending", T[2]: "pending"},
)

add(
    name="naver-outsourced-cs-domain",
    **{"from": "cs.team@greenmonitor.co.kr"}, name_from=h("네이버 고객센터 위탁운영팀"),
    date="Fri, 06 Sep 2024 21:09:14 +0900",
    subject=req_subject(R1), reply_to_req=REQ_MSGID[R1],
    body=f"""
안녕하세요. 네이버 고객센터 위탁운영팀입니다.

{R1} 건 중 아래 카페 게시물은 삭제 처리되었음을 알려드립니다.
- {N[4]}
- {N[5]}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="NAVER customer-service outsourcer replying from its own company domain",
    why="greenmonitor.co.kr is no platform's sender domain, whatever the signature says",
    items={N[4]: "pending", N[5]: "pending"},
)

# ------------------------------------------------------------ IGNORED ---
add(
    name="naver-ooo-chuseok",
    **{"from": "jaehyun.lee@navercorp.com"}, name_from=h("이재현"),
    date="Sat, 14 Sep 2024 08:00:12 +0900",
    subject=h("[자동회신] 부재중: " + "RE: " + REQ_SUBJECT.format(ref=R1)),
    reply_to_req=REQ_MSGID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이재현입니다.
추석 연휴(9월 14일~18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.

긴급한 게시중단 요청은 right@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 18 September (Chuseok holidays).
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English Chuseok out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="out-of-office auto-reply",
    items={},
)

add(
    name="nate-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.skcomms.co.kr"}, name_from="Mail Delivery System", auth="none",
    date="Mon, 09 Sep 2024 11:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="9A2C1E0F77.1725847241/mx2.skcomms.co.kr"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--9A2C1E0F77.1725847241/mx2.skcomms.co.kr",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx2.skcomms.co.kr.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "<pann-report@skcomms.co.kr>: host mailstore.skcomms.co.kr[203.0.113.41] said:",
        "    550 5.1.1 <pann-report@skcomms.co.kr>: Recipient address rejected: User",
        "    unknown in virtual mailbox table (in reply to RCPT TO command)",
        "",
        "--9A2C1E0F77.1725847241/mx2.skcomms.co.kr",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx2.skcomms.co.kr",
        "X-Postfix-Queue-ID: 9A2C1E0F77",
        "Arrival-Date: Mon,  9 Sep 2024 11:00:39 +0900 (KST)",
        "",
        "Final-Recipient: rfc822; pann-report@skcomms.co.kr",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mailstore.skcomms.co.kr",
        "Diagnostic-Code: smtp; 550 5.1.1 <pann-report@skcomms.co.kr>: Recipient",
        "    address rejected: User unknown in virtual mailbox table",
        "",
        "--9A2C1E0F77.1725847241/mx2.skcomms.co.kr",
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822",
        "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: pann-report@skcomms.co.kr",
        "Subject: [%s] Request for correction of illegal information" % R5,
        "Message-ID: <%s@kcsc.example>" % REQ_MSGID[R5],
        "Date: Mon, 09 Sep 2024 11:00:00 +0900",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Request " + R5 + ": please remove the following posts.",
        "1. " + T[1],
        "2. " + T[2],
        "",
        "--9A2C1E0F77.1725847241/mx2.skcomms.co.kr--",
        "",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning our request with its URLs",
    why="a delivery failure report; the URLs are in our own returned message",
    items={T[1]: "pending", T[2]: "pending"},
)

add(
    name="daum-mdn-displayed",
    **{"from": "minji.choi@kakaocorp.com"}, name_from=h("최민지"),
    date="Thu, 05 Sep 2024 10:02:17 +0900",
    subject=h("읽음: " + REQ_SUBJECT.format(ref=R3)),
    reply_to_req=REQ_MSGID[R3],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kakao-0905"',
        "",
        "--mdn-kakao-0905",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "보낸 메일을 수신자가 읽었습니다.",
        "",
        "받는 사람: right@kakaocorp.com",
        "제목: " + REQ_SUBJECT.format(ref=R3),
        "읽은 시간: 2024년 9월 5일 목요일 오전 10:02",
        "",
        "--mdn-kakao-0905",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0",
        "Final-Recipient: rfc822;right@kakaocorp.com",
        "Original-Message-ID: <%s@kcsc.example>" % REQ_MSGID[R3],
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn-kakao-0905--",
        "",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, 읽음:) from a Kakao employee",
    why="a read receipt says nothing about items",
    items={},
)

add(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from=h("디시인사이드 고객센터"),
    date="Wed, 04 Sep 2024 14:06:02 +0900",
    subject=h("[디시인사이드] 문의가 접수되었습니다 (DC-20240904-00871)"),
    reply_to_req=REQ_MSGID[R2],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

문의가 정상적으로 접수되었습니다.

- 접수번호: DC-20240904-00871
- 문의제목: [{R2}] 불법정보 시정요구
- 접수일시: 2024-09-04 14:06

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다. (영업일 기준 1~3일 소요)
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk receipt with 접수번호",
    why="a pure receipt: ticket created, nothing stated about items",
    items={},
)

add(
    name="soop-helpdesk-auto-ack",
    **{"from": "support@sooplive.co.kr"}, name_from="SOOP Support",
    date="Fri, 06 Sep 2024 16:31:09 +0900",
    subject=h(f"[SOOP] 문의 접수 완료 / Request received [#SP-771203] {R4}"),
    reply_to_req=REQ_MSGID[R4],
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- 이 줄 위에 답장을 입력하세요 / Please type your reply above this line -##

고객님의 문의(#SP-771203)가 접수되었습니다. 담당자 배정 후 순차적으로 답변드리겠습니다.

Your request (#SP-771203) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

SOOP Support
https://help.sooplive.co.kr
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style bilingual ticket receipt (#SP-…) from SOOP support",
    why="ticket receipt only",
    items={},
)

add(
    name="fmkorea-ooo-quoting-request",
    **{"from": "ops.lead@fmkorea.com"}, name_from="FMKorea Ops",
    date="Tue, 10 Sep 2024 10:10:31 +0900",
    subject=h("Automatic reply: " + REQ_SUBJECT.format(ref=R6)),
    reply_to_req=REQ_MSGID[R6],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until 19 September with limited access to email.
For moderation requests please write to admin@fmkorea.com.

9월 19일까지 부재중입니다. 게시물 관련 요청은 admin@fmkorea.com 으로 보내주세요.

{quote_outlook(R6, "ops.lead@fmkorea.com")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' that quotes the original request (URLs included)",
    why="out-of-office auto-reply; the URLs are only in our quoted request",
    items={F[1]: "pending", F[2]: "pending"},
)

HEADER = """# Blind set 723 (tests/corpus/blind723/): Korean portals and community
# sites, Korean and English, with doubtful and ignorable mail. Generated by
# make.py; expected results written from each email's meaning before any
# run of the reader. Each case is judged alone on a fresh ledger."""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
