#!/usr/bin/env python3
"""Blind set 357: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien; Nate and Ppomppu as bystanders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind357/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before any
run of the reader. All names, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
TISTORY_SLUG = "코인-리딩방-수익-인증"
TISTORY_RAW = "https://sunnyside-notes.tistory.com/entry/" + TISTORY_SLUG
TISTORY_ENC = "https://sunnyside-notes.tistory.com/entry/" + quote(TISTORY_SLUG, safe="-")

N = {
    1: "https://blog.naver.com/moonlit_otter/223512340011",
    2: "https://blog.naver.com/moonlit_otter/223512340187",
    3: "https://blog.naver.com/greyheron_k/223498761002",
    4: "https://cafe.naver.com/quietvalleyfans/48213",
    5: "https://cafe.naver.com/quietvalleyfans/48299",
    6: "https://cafe.naver.com/stockrumorlab/90112",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122334",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38812001&memberNo=5512093",
    9: "https://blog.naver.com/paper_lantern77/223530019876",
    10: "https://cafe.naver.com/quietvalleyfans/48350",
    11: "https://blog.naver.com/greyheron_k/223498761555",
    12: "https://tv.naver.com/v/59120374",
    13: "https://cafe.naver.com/stockrumorlab/90188",
    14: "https://blog.naver.com/paper_lantern77/223530020441",
}
D = {
    1: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118204",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118377",
    3: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9902115",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=leakgossip&no=55120",
    5: "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=3310",
}
K = {
    1: "https://cafe.daum.net/nightmarket88/Zx3k/1207",
    2: "https://cafe.daum.net/nightmarket88/Zx3k/1214",
    3: TISTORY_ENC,
    4: "https://sunnyside-notes.tistory.com/88",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131205577",
    2: "https://ch.sooplive.co.kr/ironkettle/post/88120431",
    3: "https://vod.sooplive.co.kr/player/131209904",
}
F = {
    1: "https://www.fmkorea.com/7188204411",
    2: "https://www.fmkorea.com/7188311096",
    3: "https://www.fmkorea.com/7190023348",
}
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/1093321",
    2: "https://www.inven.co.kr/board/maple/5974/302118",
}
C = {1: "https://www.clien.net/service/board/park/18712093"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id (no <>), note
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", N, "financial_fraud",
     "req.240902-01@kcsc.example", "stock-tip rooms and fake profit screenshots"),
    ("KCSC-240903-02", "dcinside", "2024-09-03", "2024-09-10", D, "privacy",
     "req.240903-02@kcsc.example", "personal data of a private person"),
    ("KCSC-240903-03", "daum", "2024-09-03", "2024-09-10", K, "financial_fraud",
     "req.240903-03@kcsc.example", "cafe and Tistory recruiting for a tip room"),
    ("KCSC-240904-04", "soop", "2024-09-04", "2024-09-11", S, "obscene",
     "req.240904-04@kcsc.example", "VOD and channel post"),
    ("KCSC-240904-05", "fmkorea", "2024-09-04", "2024-09-11", F, "defamation",
     "req.240904-05@kcsc.example", ""),
    ("KCSC-240905-06", "inven", "2024-09-05", "2024-09-12", I, "illegal_trade",
     "req.240905-06@kcsc.example", "account trading posts"),
    ("KCSC-240905-07", "clien", "2024-09-05", "2024-09-12", C, "privacy",
     "req.240905-07@kcsc.example", ""),
]
REQ_MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for k in sorted(urls):
            lines.append(",".join([ref, plat, sent, due, urls[k], cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_body(ref, urls, date_line):
    """The regulator's own request, as quoted back in replies."""
    out = [
        f"제목: [방송통신심의위원회] 불법정보 시정요구 협조 요청 ({ref})",
        "",
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "아래 게시물에 대하여 정보통신망법에 따른 시정요구(삭제)를 요청드리오니",
        f"조치 후 결과를 회신하여 주시기 바랍니다. ({date_line})",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        out.append(f"{i}. {urls[k]}")
    out += ["", "KCSC 통신심의국 드림"]
    return out


def quote_gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


FOOT_NAVER = (
    "본 메일은 발신 전용입니다. 운영정책: https://policy.naver.com/policy/service_group.html\n"
    "권리보호센터: https://right.naver.com/report/reason"
)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- NAVER ---
case(
    name="naver-gesijungdan-html-table",
    **{"from": "noreply-right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 14:21:07 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회(요청번호 KCSC-240902-01)에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 URL</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치(30일)</td><td>2024.09.05</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블라인드</td><td>2024.09.05</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>위반사항 없음 - 게시 유지</td><td>2024.09.06</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>삭제</td><td>2024.09.06</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">게시중단 제도 안내: <a href="https://right.naver.com/guide/notice">https://right.naver.com/guide/notice</a><br>
본 메일은 발신 전용입니다.</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (HTML table per URL)",
    why="Table row per URL: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 게시 유지 rejected",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed"},
)

CSV_ROWS = [
    (1, "삭제"), (2, "삭제"), (3, "임시조치"), (4, "삭제"), (5, "게시 유지(운영원칙 위반 아님)"),
    (6, "삭제"), (7, "삭제"), (8, "비공개 처리"), (9, "게시물 없음"), (10, "블라인드"),
    (11, "임시조치"), (12, "삭제"), (13, "삭제"), (14, "존재하지 않는 게시물"),
]
csv_text = "번호,URL,처리결과,처리일\r\n" + "".join(
    f"{k},{N[k]},{st},2024-09-09\r\n" for k, st in CSV_ROWS)
case(
    name="naver-csv-attachment-all",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 17:40:22 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv_7f3a21=="

--==nv_7f3a21==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01 건으로 요청하신 14건의 처리 결과를
첨부 파일(CSV)로 정리하여 회신드립니다. 게시물별 결과는 첨부 파일을
확인해 주시기 바랍니다.

감사합니다.
네이버 정책지원팀 드림

--==nv_7f3a21==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--==nv_7f3a21==--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal reply to a 시정요구 with a per-URL result spreadsheet (CSV attachment)",
    why="CSV attachment gives a result for each of the 14 URLs",
    items={N[k]: {"삭제": "removed", "임시조치": "restricted", "비공개 처리": "removed",
                  "게시물 없음": "not_found", "블라인드": "removed",
                  "존재하지 않는 게시물": "not_found"}.get(st, "rejected")
           for k, st in CSV_ROWS},
)

case(
    name="naver-english-trust-safety",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 10:02:45 +0900",
    subject="Your request KCSC-240902-01 - outcome for four URLs",
    body=f"""Dear KCSC team,

Thank you for your request KCSC-240902-01. Our Trust & Safety team has
completed its review of the following URLs.

Removed for violating the NAVER Operating Policy (fraudulent investment
solicitation):
  - {N[7]}
  - {N[8]}

Age-restricted (viewing now requires a logged-in adult account, 19+):
  - {N[12]}

No violation found; this post will remain available:
  - {N[9]}

If the poster disagrees with a decision they may appeal through
https://help.naver.com/service/5635/contents/18897 . This does not affect
the outcome above.

Kind regards,
Haneul Seo
NAVER Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER English trust-and-safety outcome letter grouped by decision",
    why="Bulleted URLs under headings: removed, age-restricted, no violation; help link is not an item",
    items={N[7]: "removed", N[8]: "removed", N[12]: "restricted", N[9]: "rejected"},
)

orig = request_body("KCSC-240902-01", N, "기한: 2024. 9. 9.")
case(
    name="naver-top-posted-original-message",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우 (NAVER)",
    date="Wed, 11 Sep 2024 09:15:30 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    body=f"""안녕하세요, 네이버 운영정책팀 한지우입니다.

요청하신 게시물 중 아래 2건은 카페 운영원칙 위반으로 삭제 처리하였습니다.

{N[10]}
{N[13]}

나머지 게시물은 확인 중이며 결과가 나오는 대로 다시 연락드리겠습니다.

한지우 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:05 PM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)

""" + "\n".join(orig),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply by a portal policy officer over the regulator's full request",
    why="Two URLs named as deleted above the Original Message; the quoted request's URLs stay pending",
    items={N[10]: "removed", N[13]: "removed", N[1]: "pending", N[5]: "pending"},
)

case(
    name="naver-url-line-then-status",
    **{"from": "blog_cs@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Thu, 12 Sep 2024 11:48:03 +0900",
    subject="[네이버 블로그] KCSC-240902-01 요청 건 처리 결과",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

문의하신 블로그 게시물의 처리 결과를 안내드립니다.

1) {N[3]}
   → 비공개 처리 완료 (운영정책 위반)

2) {N[11]}
   → 해당 게시물이 존재하지 않습니다. (작성자가 이미 삭제)

블로그 운영정책은 https://blog.naver.com/blogpeople/220933445566 에서 확인하실 수 있습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 블로그 고객센터 reply: numbered URL with its result on the line below",
    why="Status on the line under each URL: 비공개 처리 removed, 존재하지 않음 not_found; policy blog link is not an item",
    items={N[3]: "removed", N[11]: "not_found"},
)

qp_body = f"""안녕하세요, 네이버 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01)과 관련하여 안내드립니다.

{N[6]} 게시물은 카페 운영원칙(불법 투자 권유) 위반으로 삭제되었습니다.

{N[13]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않습니다.

감사합니다.
네이버 카페 운영팀
"""
case(
    name="naver-cafe-quoted-printable",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 게시물 조치 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 카페 운영팀 조치 결과 notice, quoted-printable with encoded subject",
    why="One post deleted (removed), one 임시조치 for 30 days (restricted)",
    items={N[6]: "removed", N[13]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 10:11:54 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0612-33871)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 KCSC-240902-01 관련 문의가 접수되어 답변드립니다.

확인 결과, 아래 지식iN 게시물은 운영원칙(불법·유해 정보)에 따라 삭제되었습니다.
{N[7]}

추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
네이버를 이용해 주셔서 감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 answer mail carrying a 접수번호 and a result",
    why="Receipt wording with an unhedged deletion of a named URL is a confirmation, not an acknowledgement",
    items={N[7]: "removed"},
)

case(
    name="naver-angle-bracket-wrapped",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 18:20:41 +0900",
    subject="Re: KCSC-240902-01 - NAVER Post and Blog",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    body="""Hello,

Further to our earlier note, the NAVER Post article at
<https://post.naver.com/viewer/postView.naver?volumeNo=38812001&
memberNo=5512093> has been taken down for breaching our policy on
investment fraud.

The blog post <https://blog.naver.com/paper_lantern77/223530020441> does
not exist: there is no post with that number on the blog, so no action
was possible.

Best regards,
NAVER Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="English abuse-desk reply with RFC 3986 angle-bracket URLs wrapped by the mail client",
    why="Wrapped <URL> taken down (removed); second post does not exist (not_found)",
    items={N[8]: "removed", N[14]: "not_found"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply-right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Mon, 16 Sep 2024 09:05:12 +0900",
    subject="[NAVER] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""안녕하세요. NAVER 권리보호센터입니다.
신고하신 게시물의 처리 결과를 안내해 드립니다.

━━━━━━━━━━━━━━━━━━━━━━━━
■ 신고 번호 : RP-2409-118273
■ 신고 URL : {N[2]}
■ 신고 사유 : 불법 투자 권유 (KCSC-240902-01)
■ 처리 결과 : 게시중단(삭제)
━━━━━━━━━━━━━━━━━━━━━━━━
■ 신고 번호 : RP-2409-118274
■ 신고 URL : {N[5]}
■ 신고 사유 : 불법 투자 권유 (KCSC-240902-01)
■ 처리 결과 : 게시 유지 (운영정책 위반 사항이 확인되지 않음)
━━━━━━━━━━━━━━━━━━━━━━━━

{FOOT_NAVER}""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 result notice echoing the report form fields (■ 신고 URL / ■ 처리 결과)",
    why="Each echoed report block carries its own result: 게시중단(삭제) removed, 게시 유지 rejected",
    items={N[2]: "removed", N[5]: "rejected"},
)

case(
    name="naver-outlook-html-blind",
    **{"from": "minseo.park@navercorp.com"},
    name_from="박민서",
    date="Tue, 17 Sep 2024 13:44:09 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    type="html",
    body=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'맑은 고딕';font-size:10pt">
<p>안녕하세요, 네이버 카페 정책 담당 박민서입니다.</p>
<p>아래 카페 게시글 2건은 금일 블라인드 처리하였음을 알려드립니다.</p>
<ul>
<li><a href="{N[4]}">{N[4]}</a></li>
<li><a href="{N[5]}">{N[5]}</a></li>
</ul>
<p>감사합니다.<br>박민서 드림</p>
</div>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Monday, September 2, 2024 4:05 PM<br>
<b>To:</b> policy@navercorp.com<br>
<b>Subject:</b> [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)</p>
<p>아래 게시물에 대하여 시정요구(삭제)를 요청드립니다.</p>
<p>1. {N[1]}<br>2. {N[2]}<br>3. {N[3]}<br>4. {N[4]}<br>5. {N[5]}</p>
</div></body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook HTML reply with the regulator's request quoted under a From/Sent block",
    why="Two cafe posts named as 블라인드 (removed); URLs only in the quoted request stay pending",
    items={N[4]: "removed", N[5]: "removed", N[1]: "pending", N[3]: "pending"},
)

# ------------------------------------------------------------ DC Inside ---
case(
    name="dc-operator-deleted-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 16:02:11 +0900",
    subject="[디시인사이드] KCSC-240903-02 게시물 처리 결과 회신",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물에 대한 처리 결과를 회신드립니다.

1. {D[1]}
 - 운영자 삭제
2. {D[2]}
 - 운영자 삭제
3. {D[4]}
 - 운영자 삭제 및 작성자 IP 차단
4. {D[5]}
 - 작성자 본인이 이미 삭제한 글로, 현재 게시물이 존재하지 않습니다.

갤러리 이용 안내: https://gall.dcinside.com/board/view/?id=notice&no=1

디시인사이드 운영팀 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 운영팀 reply listing 운영자 삭제 per gallery post",
    why="운영자 삭제 is removed; the post already deleted by its author is not_found; notice link is not an item",
    items={D[1]: "removed", D[2]: "removed", D[4]: "removed", D[5]: "not_found"},
)

case(
    name="dc-single-kept",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-02)",
    reply_to_req=REQ_MID["KCSC-240903-02"],
    body=f"""안녕하세요, 디시인사이드입니다.

주식 갤러리 게시물({D[3]})은 검토 결과
특정인을 식별할 수 있는 개인정보가 포함되어 있지 않아 삭제 대상에 해당하지
않는다고 판단하였습니다. 해당 게시물은 게시 유지됩니다.

나머지 게시물은 별도 메일로 회신드렸습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside refusal with its reason (no identifiable personal data, 게시 유지)",
    why="A refusal with its reason for a named post: rejected",
    items={D[3]: "rejected"},
)

dc_html = f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>KCSC-240903-02 요청 건 중 아래 게시물의 조치 결과를 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td><a href="{D[4]}">유출정보 마이너 갤러리 55120</a><br>{D[4]}</td><td>삭제</td></tr>
<tr><td><a href="{D[5]}">미니 갤러리 3310</a><br>{D[5]}</td><td>접근 제한 (성인 인증 후 열람)</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="dc-base64-html-table",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:12:13 +0900",
    subject="[디시인사이드] 조치 결과 안내 (KCSC-240903-02)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dc_html)}""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside HTML result table sent base64-encoded",
    why="삭제 removed; 접근 제한 (adult verification) restricted",
    items={D[4]: "removed", D[5]: "restricted"},
)

dc_orig = request_body("KCSC-240903-02", D, "기한: 2024. 9. 10.")
case(
    name="dc-gmail-quoted-request",
    **{"from": "manager.kang@dcinside.com"},
    name_from="강도윤",
    date="Wed, 11 Sep 2024 20:41:36 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-02)",
    reply_to_req=REQ_MID["KCSC-240903-02"],
    body=f"""코인 갤러리 118377번 글 삭제했습니다.
{D[2]}

나머지는 담당자가 따로 정리해서 보내드릴 예정입니다.

강도윤 / 디시인사이드 커뮤니티운영

2024년 9월 3일 (화) 오후 4:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quote_gt(dc_orig),
    outcome="applied",
    classification="confirmation",
    imitates="Short Gmail-style reply from a community manager over the '>'-quoted request",
    why="One URL deleted in the reply; the '>'-quoted request URLs stay pending",
    items={D[2]: "removed", D[1]: "pending", D[3]: "pending"},
)

case(
    name="dc-text-table-all",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 09:58:40 +0900",
    subject="[디시인사이드] 시정요구 조치결과 (KCSC-240903-02) - 최종",
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240903-02 요청 건의 최종 조치결과입니다.

| No | 게시물 URL                                                              | 조치결과        |
|----|-------------------------------------------------------------------------|-----------------|
| 1  | {D[1]} | 삭제            |
| 2  | {D[2]} | 삭제            |
| 3  | {D[3]}      | 유지(위반 아님) |
| 4  | {D[4]} | 게시물 없음     |
| 5  | {D[5]}       | 삭제            |

디시인사이드 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a plain-text pipe table",
    why="One result per row for all five posts",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "not_found", D[5]: "removed"},
)

# ------------------------------------------------------- Daum / Kakao ----
case(
    name="daum-tistory-raw-korean-path",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 17:25:10 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240903-03)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

- 게시물({TISTORY_RAW})에 대해서는 정보통신망법 제44조의2
  제4항에 따라 30일간 임시조치(접근 차단)하였습니다. 게시자가 기간 내 재게시를
  요청하지 않으면 이후 삭제됩니다.
- {K[4]} 게시물은 운영정책 위반으로 삭제하였습니다.

티스토리 운영정책: https://www.tistory.com/policy/notice

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice for Tistory posts, raw Korean path in parentheses",
    why="Raw Korean slug matches the encoded URL: 임시조치 is restricted (later deletion is only conditional); the other is removed",
    items={K[3]: "restricted", K[4]: "removed"},
)

case(
    name="daum-cafe-angle-brackets",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Mon, 09 Sep 2024 14:00:05 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-03)",
    reply_to_req=REQ_MID["KCSC-240903-03"],
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 카페 게시글은 아래와 같이 처리되었습니다.

  * <{K[1]}> : 삭제 완료
  * <{K[2]}> : 블라인드 처리 완료 (카페 운영자 및 회원 열람 불가)

카페 운영정책 안내 <https://cs.daum.net/faq/15/4277.html>

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 카페 운영팀 reply with URLs in angle brackets and a colon result",
    why="삭제 and 블라인드 are both removed; the cs.daum.net help page is not an item",
    items={K[1]: "removed", K[2]: "removed"},
)

# ----------------------------------------------------------------- SOOP ---
case(
    name="soop-english-vod-outcome",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Safety Team",
    date="Mon, 09 Sep 2024 19:33:27 +0900",
    subject="[SOOP] Result of your report KCSC-240904-04",
    body=f"""Hello,

This is the SOOP Safety Team. Here is the result of our review of the
content you reported under KCSC-240904-04.

VOD {S[1]}
  Deleted by our operations team (sexual content policy).

Channel post {S[2]}
  Made private (비공개) by our operations team; it can no longer be
  viewed by anyone but the operations team.

VOD {S[3]}
  Already deleted by the streamer before our review; there was nothing
  left to act on.

Community guidelines: https://www.sooplive.co.kr/policy/guideline

SOOP Safety Team""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) safety team English result letter, status under each URL",
    why="Deleted and made private are removed; already deleted by the streamer is not_found",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="soop-korean-age-restricted",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 10:18:44 +0900",
    subject="[SOOP] 요청하신 VOD 조치 안내 (KCSC-240904-04)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD {S[3]} 는
검토 결과 청소년 유해 요소가 확인되어 19세 이상 시청 제한(연령 제한)으로
설정하였습니다. 성인 인증을 마친 이용자만 시청할 수 있습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP 고객센터 notice setting a VOD to 19+ viewing only",
    why="Age restriction is restricted",
    items={S[3]: "restricted"},
)

# -------------------------------------------------------------- FM Korea --
case(
    name="fmkorea-fullwidth-parentheses",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 22:07:19 +0900",
    subject="에펨코리아 - 시정요구(KCSC-240904-05) 처리 결과",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

보내주신 요청에 대해 다음과 같이 처리하였습니다.

첫째, 포텐 게시글（{F[1]}）은 명예훼손 소지가 있어 삭제하였습니다.
둘째, 자유게시판 게시글（{F[2]}）은 사실관계에 대한 의견 표명으로 판단되어 삭제 사유에 해당하지 않으므로 유지합니다.
셋째, 요청하신 세 번째 주소（{F[3]}）는 존재하지 않는 문서입니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="FM Korea 운영진 reply in prose with URLs inside full-width parentheses",
    why="Deleted removed; kept with a reason rejected; nonexistent document not_found",
    items={F[1]: "removed", F[2]: "rejected", F[3]: "not_found"},
)

case(
    name="fmkorea-two-urls-one-line",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 08:51:02 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240904-05)",
    reply_to_req=REQ_MID["KCSC-240904-05"],
    body=f"""{F[2]}, {F[3]}은 두 게시물 모두 운영규정 위반으로 삭제 처리했습니다.

에펨코리아 운영진""",
    outcome="applied",
    classification="confirmation",
    imitates="Terse moderator reply naming two URLs on one line, the second glued to a Korean particle",
    why="Both URLs named and both deleted: removed",
    items={F[2]: "removed", F[3]: "removed"},
)

# ----------------------------------------------------------------- Inven --
case(
    name="inven-url-below-statement",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Mon, 09 Sep 2024 15:40:00 +0900",
    subject="[인벤] KCSC-240905-06 요청 게시물 처리 결과",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

아래 게시물은 계정 거래 금지 규정 위반으로 삭제되었습니다.
{I[1]}

아래 게시물은 블라인드 처리되었습니다.
{I[2]}

인벤 이용약관: https://www.inven.co.kr/member/policy/

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Inven 고객지원 reply with each statement followed by its URL on the next line",
    why="Statement line, URL below it: 삭제 and 블라인드 both removed",
    items={I[1]: "removed", I[2]: "removed"},
)

case(
    name="inven-author-deleted",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 13:05:51 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240905-06)",
    reply_to_req=REQ_MID["KCSC-240905-06"],
    body=f"""안녕하세요, 인벤입니다.

메이플스토리 게시판 게시물 {I[2]} 은(는)
확인 결과 작성자가 스스로 삭제한 게시물로, 현재 조회되지 않습니다.
별도 조치할 대상이 없음을 알려드립니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Inven reply: post already deleted by its author",
    why="Deleted by its author before any action: not_found",
    items={I[2]: "not_found"},
)

# ----------------------------------------------------------------- Clien --
case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    date="Fri, 06 Sep 2024 18:12:30 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240905-07)",
    reply_to_req=REQ_MID["KCSC-240905-07"],
    body="""안녕하세요, 클리앙 운영자입니다.

요청해 주신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien operator's one-line reply in the request thread",
    why="Naming no URL, but the request has a single item: removed",
    items={C[1]: "removed"},
)

case(
    name="clien-private-moderator",
    **{"from": "moderator@clien.net"},
    name_from="클리앙 모두의공원 관리",
    date="Mon, 09 Sep 2024 12:22:18 +0900",
    subject="[클리앙] 게시물 조치 알림 - KCSC-240905-07",
    body=f"""방송통신심의위원회 담당자님 안녕하세요.

모두의공원 게시물 {C[1]} 은
관리자 권한으로 비공개(블라인드) 처리하였습니다. 작성자에게는 운영규칙
위반 안내를 발송하였습니다.

클리앙 운영규칙: https://www.clien.net/service/board/rule

클리앙 관리팀""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien moderator notice of a post hidden by admin rights",
    why="비공개(블라인드) 처리 is removed; rules page is not an item",
    items={C[1]: "removed"},
)

# --------------------------------------------------------------- REVIEW ---
case(
    name="naver-promise-internal-review",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 16:45:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 가운데 아래 블로그 게시물 2건은 게시자 소명 절차가 진행
중이어서, 내부 검토를 마친 뒤 조치할 예정입니다.

- {N[9]}
- {N[14]}

검토 결과는 다음 주 중 회신드리겠습니다.""",
    outcome="review",
    review="not_understood",
    imitates="Portal interim reply promising action after internal review",
    why="Only a promise ('조치할 예정') about named URLs: nothing stated, items stay pending",
    items={N[9]: "pending", N[14]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 11:02:33 +0900",
    subject="[디시인사이드] 문의 답변 (KCSC-240903-02)",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

문의하신 주식 갤러리 게시물 {D[3]} 은
현재 목록에서 보이지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.""",
    outcome="review",
    review="not_understood",
    imitates="Community-site CS reply guessing a post is already gone",
    why="Hedged ('삭제된 것으로 보입니다') and deferred: not a statement, item stays pending",
    items={D[3]: "pending"},
)

case(
    name="daum-bulk-all-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 09:40:12 +0900",
    subject="[카카오] 시정요구 처리 완료 안내 (KCSC-240903-03)",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청번호 KCSC-240903-03으로 신고하신 게시물 4건은
모두 삭제 처리가 완료되었습니다.

카카오는 앞으로도 건강한 인터넷 환경을 위해 노력하겠습니다.

감사합니다.""",
    outcome="review",
    review="bulk",
    imitates="Kakao one-paragraph 처리 완료 notice covering a whole request",
    why="'4건 모두 삭제' without naming each URL for a four-item request: bulk, items pending",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending"},
)

case(
    name="soop-bulk-english",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Safety Team",
    date="Thu, 12 Sep 2024 07:55:00 +0900",
    subject="Re: KCSC-240904-04",
    reply_to_req=REQ_MID["KCSC-240904-04"],
    body="""Hi,

All of the content listed in your request has been removed from SOOP.

Thanks,
SOOP Safety Team""",
    outcome="review",
    review="bulk",
    imitates="Short English 'all reported content removed' reply",
    why="One statement for all three items without naming them: bulk",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="naver-dmarc-fail-notice",
    **{"from": "noreply-right@navercorp.com"},
    auth="fail",
    name_from="NAVER 권리보호센터",
    date="Wed, 11 Sep 2024 03:12:45 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    body=f"""안녕하세요. NAVER 권리보호센터입니다.

요청하신 게시물은 아래와 같이 처리되었습니다.

{N[9]} : 삭제
{N[14]} : 삭제
{N[12]} : 삭제

자세한 내용은 아래 링크에서 로그인 후 확인하세요.
https://right-naver-check.example/login""",
    outcome="review",
    review="untrusted",
    imitates="Look-alike NAVER 게시중단 result notice failing DKIM/SPF/DMARC",
    why="NAVER domain but authentication fails: nothing applies",
    items={N[9]: "pending", N[14]: "pending", N[12]: "pending"},
)

case(
    name="dc-gallery-manager-hanmail",
    **{"from": "coinpump_mgr@hanmail.net"},
    name_from="코인펌프 갤러리 매니저",
    date="Sat, 07 Sep 2024 23:18:09 +0900",
    subject="KCSC-240903-02 관련 - 갤러리 매니저입니다",
    body=f"""안녕하세요.
코인펌프 마이너 갤러리 매니저입니다. 디시 쪽에서 연락받고 메일드립니다.

말씀하신 글 {D[1]} 은
매니저 권한으로 삭제했습니다. 혹시 더 지울 글 있으면 알려주세요.""",
    outcome="review",
    review="unknown_sender",
    imitates="Volunteer gallery manager writing from a personal webmail address",
    why="Sender is not DC Inside's domain (a personal hanmail.net address): review, nothing applies",
    items={D[1]: "pending"},
)

case(
    name="daum-reply-about-dc-items",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 14:26:37 +0900",
    subject="[카카오] 처리 결과 안내",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청하신 게시물의 처리 결과입니다.</p>
<table border="1">
<tr><th>URL</th><th>결과</th></tr>
<tr><td>{D[2]}</td><td>삭제</td></tr>
<tr><td>{D[4]}</td><td>삭제</td></tr>
</table>
<p>감사합니다.</p>
</body></html>""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao result table whose rows are another site's (DC Inside) URLs, a copy-paste slip",
    why="Kakao cannot state what happened to DC Inside posts: wrong_platform, nothing applies",
    items={D[2]: "pending", D[4]: "pending"},
)

case(
    name="soop-conditional-deletion",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 13:00:00 +0900",
    subject="[SOOP] 요청하신 VOD 관련 안내 (KCSC-240904-04)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD({S[1]})와 관련하여 스트리머에게 수정 요청을 전달하였습니다.
7일 이내에 문제 구간이 편집되지 않을 경우 운영정책에 따라 해당 VOD를
삭제할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.""",
    outcome="review",
    review="not_understood",
    imitates="SOOP notice of a correction request to the streamer with a conditional deletion",
    why="Condition and future deletion only: item stays pending",
    items={S[1]: "pending"},
)

case(
    name="fmkorea-asks-official-letter",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Fri, 06 Sep 2024 10:20:15 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240904-05)",
    reply_to_req=REQ_MID["KCSC-240904-05"],
    body="""안녕하세요, 에펨코리아 운영진입니다.

보내주신 요청은 잘 받았습니다. 다만 명예훼손 관련 게시물은 피해 당사자
확인이 필요하여, 위원회 명의의 시정요구 공문(PDF)과 심의 의결 번호를
보내주시면 확인 후 처리하겠습니다.

감사합니다.""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Community operator asking for the formal 공문 and decision number before acting",
    why="Asks the regulator for documents; no statement about any post",
    items={},
)

case(
    name="naver-policy-newsletter",
    **{"from": "notice@navercorp.com"},
    name_from="NAVER",
    date="Sun, 15 Sep 2024 09:00:00 +0900",
    subject="[NAVER] 운영정책 개정 안내 (2024년 10월 시행)",
    body="""안녕하세요. NAVER입니다.

NAVER 서비스 운영정책이 2024년 10월 15일부터 일부 개정되어 안내드립니다.

주요 개정 내용
1. 불법 투자 권유(리딩방) 게시물에 대한 게시 제한 기준을 구체화합니다.
2. 임시조치된 게시물의 재게시 요청 절차를 간소화합니다.

개정 전문: https://policy.naver.com/policy/service_group.html
문의: https://help.naver.com

감사합니다.""",
    outcome="review",
    review="no_claims",
    imitates="NAVER 운영정책 개정 안내 mailing to partner organisations",
    why="Trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="naver-forwarded-team-answer",
    **{"from": "legal-kr@navercorp.com"},
    name_from="네이버 법무실",
    date="Fri, 13 Sep 2024 16:10:27 +0900",
    subject="Fwd: [카페운영] KCSC-240902-01 처리 내역",
    body=f"""담당자님, 카페 운영팀 답변을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 6:02
Subject: [카페운영] KCSC-240902-01 처리 내역
To: 네이버 법무실 <legal-kr@navercorp.com>

법무실 확인용입니다.
{N[6]} - 삭제 완료
{N[10]} - 삭제 완료
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Gmail-style 'Forwarded message' from a portal's legal team passing on an internal team note",
    why="The statements are only inside the forwarded block: a person should confirm",
    items={N[6]: "pending", N[10]: "pending"},
)

case(
    name="dc-conflicting-template",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Sun, 08 Sep 2024 15:33:20 +0900",
    subject="[디시인사이드] 게시물 처리 결과 (KCSC-240903-02)",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 {D[1]} 은
운영자 삭제 처리되었습니다.

검토 결과 위 게시물({D[1]})은
운영원칙 위반 사항이 확인되지 않아 게시 유지됩니다.

감사합니다.""",
    outcome="review",
    review="conflicting_statements",
    imitates="Result mail where two template paragraphs contradict each other for the same post",
    why="Same URL said to be deleted and kept: conflicting, item stays pending",
    items={D[1]: "pending"},
)

# -------------------------------------------------------------- IGNORED ---
case(
    name="naver-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우 (NAVER)",
    date="Tue, 03 Sep 2024 08:00:02 +0900",
    subject="[부재중] RE: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240902-01)",
    reply_to_req=REQ_MID["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 한지우입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 운영정책팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 6 September with limited access to email.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="Out-of-office auto-reply",
    items={},
)

dsn_orig = "\n".join(request_body("KCSC-240903-02", D, "기한: 2024. 9. 10."))
case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 16:13:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B3F1A0.1725347585/mail.dcinside.com"
Auto-Submitted: auto-replied

--B3F1A0.1725347585/mail.dcinside.com
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-team@dcinside.com>: host mail.dcinside.com said: 550 5.1.1
    <legal-team@dcinside.com>: Recipient address rejected: User unknown

--B3F1A0.1725347585/mail.dcinside.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 16:13:04 +0900

Final-Recipient: rfc822; legal-team@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B3F1A0.1725347585/mail.dcinside.com
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-team@dcinside.com
Subject: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-02)
Message-ID: <req.240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 16:12:58 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--B3F1A0.1725347585/mail.dcinside.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning the regulator's request",
    why="Bounce; the URLs are only in the returned original",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="daum-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject="읽음: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-03)",
    reply_to_req=REQ_MID["KCSC-240903-03"],
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_MDN_20240904093112"

------=_MDN_20240904093112
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.

받는 사람: right@kakaocorp.com
제목: [방송통신심의위원회] 불법정보 시정요구 협조 요청 (KCSC-240903-03)
읽은 시간: 2024-09-04 오전 9:31

------=_MDN_20240904093112
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <req.240903-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_20240904093112--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, disposition-notification)",
    why="Read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Wed, 04 Sep 2024 15:02:40 +0900",
    subject="[SOOP 고객센터] 문의가 정상 접수되었습니다 (접수번호 SP-240904-1182)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 순차적으로 답변드리겠습니다.

[접수 내용]
접수번호: SP-240904-1182
문의 유형: 신고 > 불법·유해 콘텐츠
제목: 방송통신심의위원회 시정요구 (KCSC-240904-04)
신고 URL: {S[1]}

※ 본 메일은 발신 전용이며, 답변은 고객센터 '나의 문의내역'에서도 확인하실 수 있습니다.
https://www.sooplive.co.kr/customer/myqna""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="SOOP 고객센터 automatic ticket receipt echoing the submitted form",
    why="Pure receipt: the URL is only echoed from our own report, nothing is said about it",
    items={S[1]: "pending"},
)

case(
    name="nate-automatic-reply",
    **{"from": "pann.policy@skcomms.co.kr"},
    name_from="SK커뮤니케이션즈 정책팀",
    date="Thu, 05 Sep 2024 10:00:31 +0900",
    subject="자동 회신: [방송통신심의위원회] 협조 요청",
    body="""부재중 자동 회신입니다.
9월 9일까지 외근으로 메일 확인이 늦어질 수 있습니다.

Automatic reply: I am out of the office until 9 September.
For urgent matters please call 02-0000-0000.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' (자동 회신) without an Auto-Submitted header",
    why="Out-of-office auto-reply, recognisable from its subject and text",
    items={},
)

case(
    name="ppomppu-helpdesk-receipt",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Thu, 05 Sep 2024 11:47:09 +0900",
    subject="[뽐뿌] 고객센터 문의 접수 완료",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 뽐뿌 고객센터입니다.

보내주신 메일이 접수되었습니다. (접수번호 PP-0905-0412)
영업일 기준 2~3일 이내에 담당자가 확인 후 답변드리겠습니다.

감사합니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Ppomppu helpdesk automatic receipt",
    why="Pure acknowledgement with a ticket number",
    items={},
)

case(
    name="naver-english-report-received",
    **{"from": "no-reply@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 03 Sep 2024 09:12:00 +0900",
    subject="We've received your report - KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report and created case NV-TS-2409-77120.
Our team reviews reports in the order they arrive; you will hear from us
once a decision has been made.

Please do not reply to this message. To add information to your report,
visit https://help.naver.com/inquiry and quote the case number above.

NAVER Trust & Safety""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="English automated 'we've received your report' receipt with a case number",
    why="Pure acknowledgement of the request",
    items={},
)

HEADER = """# Blind set 357: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Inven, Clien; Nate and Ppomppu as bystanders),
# with the doubtful and ignorable mail a regulator's mailbox receives.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    # remove stale case files so the set stays exactly the case list
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        names = {c["name"] + ".eml" for c in cases}
        for f in os.listdir(cdir):
            if f.endswith(".eml") and f not in names:
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, "blind357", HEADER, cases)


if __name__ == "__main__":
    main()
