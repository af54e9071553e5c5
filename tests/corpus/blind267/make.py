#!/usr/bin/env python3
"""Blind set 267: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien, Inven) writing in Korean and
English, plus the doubtful and ignorable mail a regulator's mailbox gets.

Written before any run of the reader, from each email's meaning alone.

    python3 tests/corpus/blind267/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

# NAVER (largest request, 13 items)
N1 = "https://blog.naver.com/haneul_moon77/223561204418"
N2 = "https://blog.naver.com/haneul_moon77/223561209902"
N3 = "https://cafe.naver.com/coinriverhub/58213"
N4 = "https://cafe.naver.com/coinriverhub/58240"
N5 = "https://cafe.naver.com/coinriverhub/58277"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471822036"
N7 = "https://blog.naver.com/greyfox_trade/223549871120"
N8 = "https://m.blog.naver.com/greyfox_trade/223549873301"
N9 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31188702&articleid=9120"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38814207&memberNo=51730022"
N11 = "https://blog.naver.com/PostView.naver?blogId=salt_lamp22&logNo=223570011845"
N12 = "https://cafe.naver.com/%EB%B6%80%EC%97%85%EC%A0%95%EB%B3%B4%EB%B0%A9/1204"
N12_RAW = "https://cafe.naver.com/부업정보방/1204"
N13 = "https://tv.naver.com/v/58112074"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

# DC Inside (5)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9381122"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=44120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=44187"
D4 = "https://gall.dcinside.com/mini/board/view/?id=lucky777&no=3051"
D5 = "https://gall.dcinside.com/board/view/?id=hit&no=21988"
DC = [D1, D2, D3, D4, D5]

# Daum / Kakao (3)
K1 = "https://cafe.daum.net/moneytree77/Fh2x/3381"
K2 = "https://cafe.daum.net/moneytree77/Fh2x/3395"
K3 = "https://bbroker.tistory.com/118"
DAUM = [K1, K2, K3]

# SOOP (2)
S1 = "https://vod.sooplive.co.kr/player/131558204"
S2 = "https://ch.sooplive.co.kr/lucky_dal7/post/88123410"
SOOP = [S1, S2]

# FM Korea (3)
F1 = "https://www.fmkorea.com/7251180334"
F2 = "https://www.fmkorea.com/7251193027"
F3 = "https://www.fmkorea.com/index.php?mid=humor&document_srl=7249981105"
FMK = [F1, F2, F3]

# Clien (1)
C1 = "https://www.clien.net/service/board/park/18773401"

# Nate Pann (2)
P1 = "https://pann.nate.com/talk/372118845"
P2 = "https://pann.nate.com/talk/372120017"
NATE = [P1, P2]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NAVER, "gambling", "req-240903-01@kcsc.example", "illegal gambling promotion, blog/cafe/kin/post/tv"),
    ("KCSC-240905-02", "dcinside", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     DC, "defamation", "req-240905-02@kcsc.example", "gallery posts naming a private person"),
    ("KCSC-240906-03", "daum", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     DAUM, "fraud", "req-240906-03@kcsc.example", "investment fraud recruiting"),
    ("KCSC-240910-04", "soop", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     SOOP, "obscenity", "req-240910-04@kcsc.example", "VOD and channel post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00",
     FMK, "privacy", "req-240911-05@kcsc.example", "doxxing posts"),
    ("KCSC-240912-06", "clien", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [C1], "privacy", "req-240912-06@kcsc.example", "one post"),
    ("KCSC-240913-07", "nate", "2024-09-13T09:05:00+09:00", "2024-09-20T18:00:00+09:00",
     NATE, "obscenity", "req-240913-07@kcsc.example", "Pann talk posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# MIME helpers (fixed boundaries: deterministic output)
# --------------------------------------------------------------------------

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=()):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body}\n"


def quoted_request(ref, urls, date_line, prefix=""):
    lines = [
        "방송통신심의위원회 통신심의 결과에 따라 아래 정보에 대한 시정요구를 드립니다.",
        f"요청번호: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 통신심의 담당"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


NAVER_POLICY = "NAVER 정책지원 <policy@navercorp.com>"

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- applied --

rows = [
    (N1, "삭제", "블로그 게시물 삭제"),
    (N2, "삭제", "블로그 게시물 삭제"),
    (N3, "게시중단", "카페 운영원칙 위반"),
    (N4, "임시조치", "30일간 접근 제한"),
    (N5, "게시물 없음", "작성자가 이미 삭제"),
    (N6, "삭제", "질문 및 답변 삭제"),
    (N7, "비공개 처리", "블로그 게시물 비공개 전환"),
    (N8, "비공개 처리", "블로그 게시물 비공개 전환"),
    (N9, "미조치", "위반 사항 확인되지 않음(게시 유지)"),
    (N10, "삭제", "포스트 삭제"),
    (N11, "접속 차단", "국내 접속 차단"),
    (N12, "게시중단", "카페 게시물 게시중단"),
    (N13, "연령 제한", "19세 이상 시청 제한"),
]
html_rows = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u.replace("&", "&amp;")}</a></td><td>{s}</td><td>{n}</td></tr>'
    for i, (u, s, n) in enumerate(rows, 1)
)
case(
    name="naver-kcsc-result-table-html",
    date="Mon, 09 Sep 2024 17:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 귀중</p>
<p>안녕하세요, 네이버 정책지원팀입니다.<br>
귀 위원회에서 2024. 9. 3. 요청하신 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{html_rows}
</table>
<p>미조치 건에 대한 의견이 있으시면 회신 주시기 바랍니다.<br>
네이버 게시물 운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (NAVER policy desk), HTML",
    why="Trusted NAVER table giving one result per URL for all 13 items; policy link is not an item",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
           N11: "restricted", N12: "removed", N13: "restricted"},
)

case(
    name="naver-blog-blind-ko",
    date="Wed, 04 Sep 2024 15:12:44 +0900",
    **{"from": "right_noreply@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 아래 블로그 게시물에 대하여 블라인드 처리를 완료하였습니다.

- {N1}
- {N2}

처리일시: 2024.09.04 15:10
요청번호: KCSC-240903-01

게시자는 관련 법령에 따라 재게시를 요청할 수 있으며, 재게시 요청이 접수되면 별도로 안내드리겠습니다.

본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 notice (블라인드 처리)",
    why="블라인드 처리 완료 for two named blog posts; the repost sentence is about a possible future request, not a status",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-cafe-numbered-en",
    date="Thu, 05 Sep 2024 11:03:27 +0900",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 - Cafe posts",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Regarding your request KCSC-240903-01, our Cafe operations team has reviewed
the three cafe posts below.

1. {N3}
   Removed for breaching the Cafe operating policy (promotion of illegal gambling).
2. {N4}
   We could not find this post. It had already been deleted by its author
   before our review.
3. {N5}
   No action taken. The post is a summary of a news article and does not
   violate our policies, so it remains available.

The other items of your request are handled by the Blog and Knowledge iN teams.

Kind regards,
Jiwoo Park
NAVER Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Trust & Safety English reply, numbered list with status on the line below",
    why="each numbered URL has its own unhedged outcome: removed, deleted by author (not found), no action with reason",
    items={N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-kin-tv-arrow-lines",
    date="Fri, 06 Sep 2024 10:20:05 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="KCSC-240903-01 지식iN/네이버TV 처리 결과",
    body=f"""안녕하세요, 네이버 정책지원팀 한도윤입니다.
KCSC-240903-01 건 중 지식iN 및 네이버TV 게시물 처리 결과 공유드립니다.

{N6}
→ 질문 및 답변 삭제 완료

{N13}
→ 청소년 유해 콘텐츠로 분류하여 19세 이상 연령 제한 적용 (삭제 아님)

나머지 게시물은 확인되는 대로 따로 회신드리겠습니다.
감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy desk informal reply: bare URL, status on the line below",
    why="kin Q&A deleted; NAVER TV clip age-restricted, explicitly not deleted",
    items={N6: "removed", N13: "restricted"},
)

csv_text = (
    "번호,URL,처리결과,처리일\n"
    f"1,{N7},비공개 처리,2024-09-06\n"
    f"2,{N8},비공개 처리,2024-09-06\n"
    f"3,{N10},삭제,2024-09-06\n"
    f"4,{N11},국내 접속 차단,2024-09-07\n"
)
case(
    name="naver-csv-attachment",
    date="Sat, 07 Sep 2024 09:01:55 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] KCSC-240903-01 블로그/포스트 조치 결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "----=_NV_2409070901_a1", [
        part("text/plain; charset=utf-8",
             "안녕하세요.\n\nKCSC-240903-01 중 블로그·포스트 게시물 4건의 조치 결과를 첨부 파일로 송부합니다.\n"
             "확인 부탁드립니다.\n\n네이버 정책지원팀"),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"', b64(csv_text), "base64",
             ['Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"']),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV rows give 비공개 처리 (removed) x2, 삭제, 국내 접속 차단 (restricted)",
    items={N7: "removed", N8: "removed", N10: "removed", N11: "restricted"},
)

case(
    name="naver-korean-path-particle",
    date="Mon, 09 Sep 2024 13:37:48 +0900",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 고객센터",
    subject="문의하신 카페 게시물 처리 안내",
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

문의하신 카페 게시물 {N12_RAW}에 대해서는 권리침해 신고 절차에 따라 30일간 임시조치(접근 제한)하였습니다.

참고로 함께 적어주신 {N11} 은(는) 작성자가 이미 삭제한 게시물로 확인됩니다.

(요청번호 KCSC-240903-01)
더 궁금하신 점은 카페 고객센터로 문의해 주세요.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe help-centre reply on 임시조치, raw Korean cafe path followed by a particle",
    why="raw Korean path matches the percent-encoded item; 임시조치(접근 제한) is restricted; post already deleted by its author is not_found",
    items={N12: "restricted", N11: "not_found"},
)

case(
    name="naver-top-posted-outlook",
    date="Thu, 05 Sep 2024 18:25:12 +0900",
    **{"from": "minseo.lee@navercorp.com"},
    name_from="Minseo Lee",
    subject="RE: 시정요구 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Both greyfox_trade posts in your request have been made private by NAVER
and are no longer publicly visible:

{N7}
{N8}

The rest of the request is still with the Cafe team; they will answer
separately.

Best regards,
Minseo Lee | Policy Operations | NAVER Corp.

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: 시정요구 KCSC-240903-01

{quoted_request("KCSC-240903-01", NAVER, "")}""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted original request",
    why="top text names two posts made private (removed); the 13 URLs below the Outlook header block are our own request",
    items={N7: "removed", N8: "removed"},
)

case(
    name="naver-qp-post-kin",
    date="Tue, 10 Sep 2024 08:55:31 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] KCSC-240903-01 포스트/지식iN 결과",
    raw_mime=single("text/plain; charset=utf-8", qp(
        "안녕하세요, 네이버입니다.\n\n"
        "요청번호 KCSC-240903-01 관련 결과입니다.\n\n"
        f"1) 네이버 포스트 {N10}\n"
        "   - 운영정책 위반으로 삭제하였습니다.\n"
        f"2) 지식iN {N6}\n"
        "   - 존재하지 않는 게시물입니다. 주소를 다시 확인해 주세요.\n\n"
        "감사합니다.\n네이버 정책지원팀"), "quoted-printable"),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply sent quoted-printable (Korean body)",
    why="post deleted; kin link does not exist (not_found)",
    items={N10: "removed", N6: "not_found"},
)

case(
    name="naver-echoed-report-en",
    date="Wed, 11 Sep 2024 20:14:09 +0900",
    **{"from": "noreply-report@navercorp.com"},
    name_from="NAVER Report Center",
    subject="Your reports have been reviewed",
    body=f"""This is an update on reports submitted by KCSC (takedown@kcsc.example).

Report ID: NV-2409-77120
Reported URL: {N3}
Report category: Illegal gambling
Decision: Content removed

Report ID: NV-2409-77121
Reported URL: {N4}
Report category: Illegal gambling
Decision: Content removed

Report ID: NV-2409-77122
Reported URL: {N9}
Report category: Illegal gambling
Decision: No violation found - the content stays up

You can review the decisions at https://right.naver.com/mypage (login required).
This mailbox is not monitored.""",
    outcome="applied",
    classification="confirmation",
    imitates="report-centre decision digest echoing each report (Reported URL / Decision)",
    why="each echoed report carries its own decision; the mypage link is a dashboard, not an item",
    items={N3: "removed", N4: "removed", N9: "rejected"},
)

case(
    name="naver-gmail-quote-tv",
    date="Fri, 13 Sep 2024 16:48:00 +0900",
    **{"from": "tv-ops@navercorp.com"},
    name_from="NAVER TV Ops",
    subject="Re: 시정요구 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""The NAVER TV clip {N13} is now blocked for viewers in Korea.
Other items are handled by the relevant service teams.

NAVER TV Operations

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", NAVER, "", "> ")}""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style reply with the request quoted below 'On ... wrote:'",
    why="one unquoted statement: the clip is blocked in Korea (restricted); quoted URLs are ours",
    items={N13: "restricted"},
)

nb64_html = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240903-01 중 아래 2건에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>게시물</th><th>결과</th></tr>
<tr><td>{N11.replace("&", "&amp;")}</td><td>국내 접속 차단</td></tr>
<tr><td>{N9.replace("&", "&amp;")}</td><td>삭제</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>"""
case(
    name="naver-base64-html-table",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="KCSC-240903-01 추가 조치 결과",
    raw_mime=multipart("alternative", "=_nv_alt_0914", [
        part("text/html; charset=utf-8", b64(nb64_html), "base64"),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="base64-encoded HTML-only mail from a portal's mailing system",
    why="table rows: blog post blocked in Korea (restricted), cafe post deleted",
    items={N11: "restricted", N9: "removed"},
)

case(
    name="dc-operator-list-ko",
    date="Fri, 06 Sep 2024 14:02:33 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] KCSC-240905-02 처리 결과 안내",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
KCSC-240905-02 관련 처리 결과 안내드립니다.

· {D1} : 삭제 완료
· {D2} : 삭제 완료
· {D3} : 작성자 자진 삭제로 게시물 없음
· {D4} : 미니 갤러리 매니저에게 전달, 확인 후 처리 예정
· {D5} : 삭제 완료

추가 요청 사항은 회신 주시면 확인하겠습니다.
디시인사이드 운영팀 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 운영팀 reply, bulleted 'URL : 결과' list",
    why="three deleted, one gone by its author, the mini-gallery post only forwarded to its manager (promise: pending)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending", D5: "removed"},
)

case(
    name="dc-angle-brackets-en",
    date="Sat, 07 Sep 2024 10:44:19 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Support",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""Dear KCSC,

Following your notice we deleted these two posts on 6 September:
<{D1}>
<{D5}>

The writers' IPs are banned from posting on the board for 30 days.

DCinside Support""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside English support reply with URLs in angle brackets",
    why="two named posts deleted",
    items={D1: "removed", D5: "removed"},
)

case(
    name="dc-wrapped-url",
    date="Sun, 08 Sep 2024 21:30:02 +0900",
    **{"from": "mgallery@dcinside.com"},
    name_from="디시인사이드 마이너갤러리 운영",
    subject="RE: [KCSC-240905-02] 마이너 갤러리 게시물",
    body=(
        "안녕하세요.\n"
        "요청하신 마이너 갤러리 게시물 2건 모두 삭제했습니다.\n\n"
        f"1) {D2}\n"
        "2) 같은 작성자 글 https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&\n"
        "no=44187\n\n"
        "마이너갤러리 운영 담당"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="hard-wrapped plain text from an old webmail client: the second URL broken after its '&'",
    why="both posts named (the second wrapped mid-URL) and stated deleted",
    items={D2: "removed", D3: "removed"},
)

case(
    name="dc-outlook-original-message",
    date="Mon, 09 Sep 2024 09:15:40 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: 시정요구 KCSC-240905-02",
    body=f"""안녕하세요. 아래 2건 삭제 조치하였습니다.

{D4}
{D2}

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: report@dcinside.com
Subject: 시정요구 KCSC-240905-02

{quoted_request("KCSC-240905-02", DC, "")}""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the request unquoted below",
    why="two URLs above the original message are stated deleted; the five below are our own request",
    items={D4: "removed", D2: "removed"},
)

case(
    name="daum-kakao-result-ko",
    date="Mon, 09 Sep 2024 16:05:12 +0900",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 게시물 신고 처리 결과 안내 (KCSC-240906-03)",
    body=f"""안녕하세요, 카카오 고객센터입니다.
신고하신 게시물에 대한 처리 결과를 안내드립니다.

1) {K1} - 게시중단
2) {K2} - 게시물이 존재하지 않음 (삭제되었거나 주소 오류)
3) {K3} - 삭제

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com)로 문의해 주세요.
카카오 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 게시물 신고 처리 결과 안내 notice",
    why="게시중단 (removed), 존재하지 않음 (not_found), 삭제 (removed); cs.kakao.com is a help page",
    items={K1: "removed", K2: "not_found", K3: "removed"},
)

case(
    name="daum-ack-plus-statement",
    date="Tue, 10 Sep 2024 10:30:44 +0900",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum 카페 신고센터",
    subject="[Daum 카페] 신고 접수 및 처리 안내",
    body=f"""신고가 정상적으로 접수되었습니다. (접수번호 2409-KK-558120)

검토 결과, 신고하신 게시물 중 {K1} 은 카페 운영정책 위반으로 삭제되었습니다.
나머지 게시물은 담당 부서에서 추가로 확인하고 있습니다.

Daum 카페 신고센터""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe report receipt that also carries a first result",
    why="acknowledgement line plus an unhedged deletion of one named post: not a pure acknowledgement",
    items={K1: "removed"},
)

case(
    name="clien-sole-statement",
    date="Fri, 13 Sep 2024 11:48:21 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="Re: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req="req-240912-06",
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 운영자 권한으로 삭제하였습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="small community admin's one-line reply without the URL",
    why="one-item request, reply in thread, unhedged 삭제하였습니다: applies to the single item",
    items={C1: "removed"},
)

case(
    name="clien-rejected-reason",
    date="Sat, 14 Sep 2024 15:20:00 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="KCSC-240912-06 검토 결과",
    body=f"""안녕하세요, 클리앙 운영진입니다.

모두의공원 게시물 {C1} 은 검토 결과 특정인을 알아볼 수 있는 정보가 없고 이용규칙 위반 사항도 확인되지 않아, 삭제하지 않고 게시를 유지하기로 하였습니다.

판단 근거가 되는 자료가 추가로 있으시면 보내주세요.

클리앙 운영진""",
    outcome="applied",
    classification="confirmation",
    imitates="community admin refusal with its reason",
    why="refusal with a reason: stays up (rejected); the offer to look at more material is not a request for it",
    items={C1: "rejected"},
)

case(
    name="soop-deleted-restricted-en",
    date="Wed, 11 Sep 2024 19:02:37 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="[SOOP] Result of your request KCSC-240910-04",
    body=f"""Hello,

Thank you for your request. Here is the result.

- VOD {S1} has been deleted, and the streamer received a 7-day broadcast suspension.
- The channel post {S2} has been restricted to adult-verified users (19+).

For our operating policy, see https://www.sooplive.co.kr/policy/operation.

SOOP Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (AfreecaTV) operating-team result notice in English",
    why="VOD deleted; channel post age-restricted",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-html-vod-private",
    date="Thu, 12 Sep 2024 09:33:03 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고 처리 결과 안내",
    type="html",
    body=f"""<html><body>
<div style="padding:20px;border:1px solid #ddd">
<h3 style="color:#0a5cff">SOOP 신고 처리 결과 안내</h3>
<p>안녕하세요, SOOP 고객센터입니다.</p>
<p>신고하신 VOD(<a href="{S1}">{S1}</a>)는 운영정책 위반으로 <b>비공개 처리</b>되었습니다.</p>
<p>요청번호: KCSC-240910-04</p>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다.</p>
</div>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP HTML 신고 처리 결과 notice",
    why="VOD 비공개 처리 (removed)",
    items={S1: "removed"},
)

case(
    name="soop-author-deleted-no-violation",
    date="Fri, 13 Sep 2024 17:10:49 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    subject="RE: KCSC-240910-04 검토 결과",
    body=f"""안녕하세요, SOOP 운영팀입니다.

{S1}
— 스트리머가 직접 삭제하여 현재 존재하지 않는 VOD입니다.

{S2}
— 검토 결과 운영정책 위반 사항이 없어 별도 조치하지 않았습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP operating-team reply, URL then a dash line with the result",
    why="VOD deleted by its streamer (not_found); channel post kept, no violation (rejected)",
    items={S1: "not_found", S2: "rejected"},
)

case(
    name="fmk-mixed-ko",
    date="Thu, 12 Sep 2024 13:25:36 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject="KCSC-240911-05 처리 결과",
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

KCSC-240911-05 로 요청하신 게시물 처리 결과입니다.

{F1} → 개인정보 노출로 삭제
{F2} → 개인정보 노출로 삭제
{F3} → 정치 풍자 게시물로, 특정 개인의 정보가 포함되어 있지 않아 유지

에펨코리아 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="community moderation team result list (URL → 결과)",
    why="two deleted; humor post kept with its reason (rejected)",
    items={F1: "removed", F2: "removed", F3: "rejected"},
)

case(
    name="fmk-fullwidth-parens",
    date="Fri, 13 Sep 2024 22:41:15 +0900",
    **{"from": "mod.haru@fmkorea.com"},
    name_from="에펨코리아 운영진 하루",
    subject="Re: 에펨코리아 게시물 관련",
    reply_to_req="req-240911-05",
    body=f"""수고 많으십니다.

1．{F1}（삭제 완료）
2．{F3}（해당 글 없음）

이상입니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="moderator reply typed with a Korean IME: full-width dots and parentheses glued to the URLs",
    why="first post deleted, second does not exist (not_found); full-width parentheses end each URL",
    items={F1: "removed", F3: "not_found"},
)

case(
    name="fmk-statement-plus-promise",
    date="Sat, 14 Sep 2024 10:05:58 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject="KCSC-240911-05 1차 회신",
    body=f"""안녕하세요.

{F2} 글은 삭제 처리했습니다.
유머 게시판 글({F3})은 담당 운영진이 검토 후 조치할 예정입니다.

에펨코리아 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="first partial answer: one result, one promise",
    why="one post deleted; the humor-board post only promised a review (pending)",
    items={F2: "removed", F3: "pending"},
)

case(
    name="nate-pann-ko",
    date="Mon, 16 Sep 2024 14:50:20 +0900",
    **{"from": "pann-report@skcomms.co.kr"},
    name_from="네이트 판 운영자",
    subject="[네이트] 시정요구 조치 결과 (KCSC-240913-07)",
    body=f"""안녕하세요, 네이트 판 운영자입니다.

요청하신 게시물은 아래와 같이 조치하였습니다.

- {P1} : 게시물 삭제
- {P2} : 성인인증 후에만 열람할 수 있도록 제한

SK커뮤니케이션즈 네이트 판 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="Nate Pann operator's 시정요구 조치 결과",
    why="one deleted, one limited to adult-verified users (restricted)",
    items={P1: "removed", P2: "restricted"},
)

# ----------------------------------------------------------------- review --

case(
    name="naver-promise-ko",
    date="Wed, 04 Sep 2024 18:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: 시정요구 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물({N3}, {N5})은 관련 부서에서 검토 중이며, 검토가 끝나는 대로 조치될 예정입니다.
결과는 9월 13일까지 회신드리겠습니다.

감사합니다.""",
    outcome="review",
    classification="other",
    review="not_understood",
    imitates="interim reply: under review, action promised",
    why="검토 중 / 조치될 예정 are promises, not statements; names two items",
    items={N3: "pending", N5: "pending"},
)

case(
    name="dc-hedge-en",
    date="Sat, 07 Sep 2024 16:40:10 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Support",
    subject="Re: KCSC-240905-02",
    body=f"""Hello,

It looks like the posts at {D3} and {D4} may
already have been removed by the gallery managers, but we could not confirm
this from our logs yet. We will check again and let you know.

DCinside Support""",
    outcome="review",
    classification="other",
    review="not_understood",
    imitates="support reply hedging about gallery-manager deletions",
    why="'looks like', 'may already have been', 'could not confirm': hedges, no status",
    items={D3: "pending", D4: "pending"},
)

case(
    name="naver-bulk-ko",
    date="Tue, 10 Sep 2024 18:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="시정요구(KCSC-240903-01) 조치 완료",
    reply_to_req="req-240903-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240903-01)하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.""",
    outcome="review",
    classification="confirmation",
    review="bulk",
    imitates="one-line 조치 완료 for the whole request",
    why="a statement about all 13 items of the request without naming any of them",
    items={u: "pending" for u in NAVER},
)

case(
    name="daum-bulk-en",
    date="Wed, 11 Sep 2024 12:12:12 +0900",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body="""Dear KCSC,

All three posts listed in your request KCSC-240906-03 have been taken down.

Kakao Trust & Safety""",
    outcome="review",
    classification="confirmation",
    review="bulk",
    imitates="English one-sentence bulk confirmation",
    why="all three items taken down without naming each: bulk",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="naver-untrusted-dkim-fail",
    date="Thu, 05 Sep 2024 09:09:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    subject="[NAVER] 조치 결과 안내",
    body=f"""안녕하세요.

아래 게시물 2건을 삭제하였습니다.
{N1}
{N2}

네이버 정책지원팀""",
    outcome="review",
    classification="confirmation",
    review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/DMARC fail (relay or forgery)",
    why="platform domain but authentication fails: nothing applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="unknown-sender-blogger",
    date="Fri, 06 Sep 2024 23:02:41 +0900",
    **{"from": "greyfox.trade@gmail.com"},
    name_from="회색여우",
    subject="블로그 글 지웠습니다",
    body=f"""안녕하세요. 저는 {N7} 글 작성자입니다.
네이버에서 연락 받고 글 삭제했으니 확인 부탁드립니다.
모바일 주소({N8})도 같은 글입니다.""",
    outcome="review",
    classification="other",
    review="unknown_sender",
    imitates="the content's author writing from a webmail address",
    why="not a platform: the author's own word cannot set a status",
    items={N7: "pending", N8: "pending"},
)

case(
    name="nate-wrong-platform",
    date="Sat, 07 Sep 2024 11:20:00 +0900",
    **{"from": "pann-report@skcomms.co.kr"},
    name_from="네이트 판 운영자",
    subject="문의하신 게시물 관련",
    body=f"""안녕하세요, 네이트 판 운영자입니다.

보내주신 아래 주소는 네이트 서비스의 게시물이 아니며, 당사 시스템에서는 존재하지 않는 것으로 확인됩니다.

{D1}
{D5}

해당 사이트 운영자에게 직접 요청해 주시기 바랍니다.""",
    outcome="review",
    classification="confirmation",
    review="wrong_platform",
    imitates="portal answering a request misdirected to it, about another site's URLs",
    why="Nate states 'does not exist' for DC Inside items: another platform's items",
    items={D1: "pending", D5: "pending"},
)

case(
    name="inven-no-claims",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    **{"from": "youth@inven.co.kr"},
    name_from="인벤 청소년보호책임자",
    subject="[인벤] 청소년보호책임자 및 협조 창구 변경 안내",
    body="""안녕하세요, 인벤입니다.

2024년 9월 9일부로 당사 청소년보호책임자 및 유관기관 협조 창구가 변경되어 안내드립니다.

- 청소년보호책임자: 운영본부장 오세린
- 협조 요청 메일: youth@inven.co.kr
- 운영시간: 평일 10:00~18:00

게시물 관련 협조 요청은 위 메일로 보내주시면 신속히 처리하겠습니다.
인벤 운영본부 드림""",
    outcome="review",
    classification="other",
    review="no_claims",
    imitates="portal notice of a new youth-protection officer / contact point",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="fmk-asks-official-letter",
    date="Wed, 11 Sep 2024 17:30:00 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject="RE: KCSC-240911-05 관련 자료 요청",
    reply_to_req="req-240911-05",
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

요청하신 게시물 3건
{F1}
{F2}
{F3}
에 대해 조치하려면 위원회 명의의 공문(PDF)과 각 게시물이 위반하는 법령 조항을 함께 보내주셔야 합니다.
자료를 받는 대로 검토하겠습니다.""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="site asking for an official letter and legal basis before acting",
    why="asks for documents; no status given",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

case(
    name="soop-conditional-en",
    date="Wed, 11 Sep 2024 08:45:00 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240910-04",
    body=f"""Hello,

The VOD {S1} is under review by our policy team.
If it is confirmed to violate our operating policy, it will be removed
within 24 hours and we will notify you.

SOOP Trust & Safety""",
    outcome="review",
    classification="other",
    review="not_understood",
    imitates="under-review reply with a conditional promise",
    why="'under review' and 'if confirmed ... will be removed': no statement",
    items={S1: "pending"},
)

case(
    name="naver-forwarded-internal",
    date="Thu, 12 Sep 2024 15:15:15 +0900",
    **{"from": "minseo.lee@navercorp.com"},
    name_from="Minseo Lee",
    subject="Fwd: RE: KCSC-240903-01 카페 게시물",
    body=f"""FYI - see the Cafe team's note below.

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@navercorp.com>
Date: Thu, Sep 12, 2024 at 2:40 PM
Subject: RE: KCSC-240903-01 카페 게시물
To: Minseo Lee <minseo.lee@navercorp.com>

{N12} , {N4} 두 건 모두 삭제했습니다.
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="platform employee forwarding an internal team's note",
    why="the statement is in a forwarded internal message, not the sender's own words",
    items={N12: "pending", N4: "pending"},
)

case(
    name="daum-conflicting",
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 게시물 신고 처리 결과 안내 (KCSC-240906-03)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

처리 결과: 아래 게시물은 삭제되었습니다.
- {K2}

[상세 내역]
게시물 | 처리 결과
{K2} | 유지 (운영정책 위반 없음)

카카오 드림""",
    outcome="review",
    classification="confirmation",
    review="conflicting_statements",
    imitates="template notice whose summary and detail table disagree",
    why="the same URL is said deleted and kept (no violation)",
    items={K2: "pending"},
)

# ---------------------------------------------------------------- ignored --

case(
    name="naver-ooo-ko",
    date="Fri, 06 Sep 2024 08:00:12 +0900",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject="[자동회신] 부재중입니다 (RE: 시정요구 KCSC-240903-01)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 김서연입니다.
9월 6일(금)부터 9월 16일(월)까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내주시면 담당자가 확인하겠습니다.

감사합니다.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean groupware 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

dsn_text = """This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx2.dcinside.com[203.0.113.44] said: 550 5.1.1
    <report-old@dcinside.com>: Recipient address rejected: User unknown"""
dsn_status = """Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 11:30:08 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Original-Recipient: rfc822;report-old@dcinside.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.dcinside.com
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown"""
dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: =?UTF-8?B?7Iuc7KCV7JqU6rWs?= KCSC-240905-02
Message-ID: <req-240905-02-copy@kcsc.example>
Date: Thu, 05 Sep 2024 11:30:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

요청번호: KCSC-240905-02
1. {D1}
2. {D2}"""
case(
    name="dc-dsn-user-unknown",
    date="Thu, 05 Sep 2024 11:30:09 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "B1E2F3.1725503409/mail.dcinside.com", [
        part("text/plain; charset=us-ascii", dsn_text, "7bit",
             ["Content-Description: Notification"]),
        part("message/delivery-status", dsn_status, "7bit",
             ["Content-Description: Delivery report"]),
        part("message/rfc822", dsn_orig, "8bit",
             ["Content-Description: Undelivered Message"]),
    ], params='; report-type=delivery-status'),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="a bounce; the URLs are in our returned message",
    items={},
)

mdn_human = """귀하가 2024-09-06 09:40에 보낸 메시지
  제목: 시정요구 KCSC-240906-03
이(가) 2024-09-06 13:02에 cs-report@kakaocorp.com 에서 열람되었습니다."""
mdn_status = """Reporting-UA: mail.kakaocorp.com; Kakao Mail
Original-Recipient: rfc822;cs-report@kakaocorp.com
Final-Recipient: rfc822;cs-report@kakaocorp.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""
case(
    name="daum-mdn-read",
    date="Fri, 06 Sep 2024 13:02:30 +0900",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="읽음 확인: 시정요구 KCSC-240906-03",
    raw_mime=multipart("report", "mdn-kakao-0906", [
        part("text/plain; charset=utf-8", mdn_human),
        part("message/disposition-notification", mdn_status, "7bit"),
    ], params='; report-type=disposition-notification'),
    outcome="ignored",
    classification="read_receipt",
    imitates="MDN read receipt (읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    date="Tue, 10 Sep 2024 14:03:11 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-24091000188)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: SP-24091000188
문의유형: 게시물 신고
제목: 시정요구 KCSC-240910-04

담당자 확인 후 접수 순서대로 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역(https://help.sooplive.co.kr/my)에서도 확인하실 수 있습니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 안내)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="fmk-auto-ack-en",
    date="Wed, 11 Sep 2024 10:15:30 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea",
    subject="Re: KCSC-240911-05 [Received]",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for your message.

Your report has been received and will be handled in the order it arrived.
Please do not reply to this automatic message.

FM Korea Operations""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="auto-acknowledgement of a report mailbox",
    why="automatic receipt, no statement",
    items={},
)

case(
    name="nate-ooo-en-quoted",
    date="Fri, 13 Sep 2024 09:05:40 +0900",
    **{"from": "jhkang@skcomms.co.kr"},
    name_from="Jihoon Kang",
    subject="Automatic reply: 시정요구 KCSC-240913-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jhkang@skcomms.co.kr"],
    body=f"""I am out of the office until 18 September with limited access to email.
For urgent Pann moderation matters please contact pann-report@skcomms.co.kr.

{quoted_request("KCSC-240913-07", NATE, "", "> ")}""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange 'Automatic reply' quoting the incoming message",
    why="out-of-office; the URLs are only in the quoted request",
    items={},
)

delay_text = """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<admin@clien.net>: connect to mail.clien.net[192.0.2.61]:25: Connection timed out"""
delay_status = """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WZ1C92kTqz9
Arrival-Date: Thu, 12 Sep 2024 16:20:04 +0900 (KST)

Final-Recipient: rfc822; admin@clien.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.clien.net[192.0.2.61]:25: Connection
    timed out
Will-Retry-Until: Tue, 17 Sep 2024 16:20:04 +0900 (KST)"""
delay_hdrs = """From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: [KCSC-240912-06] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <req-240912-06@kcsc.example>
Date: Thu, 12 Sep 2024 16:20:00 +0900"""
case(
    name="clien-dsn-delayed",
    date="Thu, 12 Sep 2024 20:20:05 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "4WZ1C92kTqz9.1725967205/mx.kcsc.example", [
        part("text/plain; charset=us-ascii", delay_text, "7bit",
             ["Content-Description: Notification"]),
        part("message/delivery-status", delay_status, "7bit",
             ["Content-Description: Delivery report"]),
        part("text/rfc822-headers", delay_hdrs, "7bit",
             ["Content-Description: Undelivered Message Headers"]),
    ], params='; report-type=delivery-status'),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delay warning DSN from our own MTA",
    why="delivery-status notification (delayed): a bounce-type report",
    items={},
)


HEADER = """# Blind set 267 (Korean portals and community sites: NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, FM Korea, Clien, Inven; Korean and English), written
# from each email's meaning before the reader was run. Generated by make.py.
"""


def enc(text):
    """RFC 2047 encoded words (UTF-8, base64) for a non-ASCII header value,
    folded so that no encoded word exceeds 75 characters."""
    if text.isascii():
        return text
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode("utf-8")) > 39:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?="
                       for w in words)


def main():
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        c["subject"] = enc(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind267", HEADER, CASES)


if __name__ == "__main__":
    main()
