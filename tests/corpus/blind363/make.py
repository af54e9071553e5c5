#!/usr/bin/env python3
"""Blind set blind363: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, with Nate and Inven in the
configuration), mixing Korean and English, plus the doubtful and ignorable
mail a regulator's mailbox receives.

Written before any run of the reader; the expected result of each case comes
from the meaning of the email alone.

    python3 tests/corpus/blind363/make.py

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

SET = "blind363"

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://harborlight.tistory.com/entry/오늘의-정보-모음"
TISTORY_ENC = ("https://harborlight.tistory.com/entry/"
               "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%A0%95%EB%B3%B4-%EB%AA%A8%EC%9D%8C")

U = {
    # KCSC-240903-01, naver, 12 items (largest)
    "nb1": "https://blog.naver.com/moonlit_pier77/223551203841",
    "nb2": "https://blog.naver.com/moonlit_pier77/223551209917",
    "nb3": "https://blog.naver.com/greyfinch_lab/223560014422",
    "nc1": "https://cafe.naver.com/quietorchard/48213",
    "nc2": "https://cafe.naver.com/quietorchard/48290",
    "nc3": "https://cafe.naver.com/saltmarsh2024/1177",
    "nm1": "https://m.blog.naver.com/ambercove_k/223571100538",
    "npost": "https://post.naver.com/viewer/postView.naver?volumeNo=38014472&memberNo=55120931",
    "nkin": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80401&docId=471203388",
    "nb4": "https://blog.naver.com/greyfinch_lab/223560019950",
    "nc4": "https://cafe.naver.com/saltmarsh2024/1203",
    "ntv": "https://tv.naver.com/v/58120447",
    # KCSC-240905-02, dcinside, 5 items
    "dc1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812044",
    "dc2": "https://gall.dcinside.com/mgallery/board/view/?id=tidepool&no=331207",
    "dc3": "https://gall.dcinside.com/mgallery/board/view/?id=tidepool&no=331260",
    "dc4": "https://gall.dcinside.com/mini/board/view/?id=lanternhouse&no=5120",
    "dc5": "https://m.dcinside.com/board/tidepool/331299",
    # KCSC-240909-03, daum, 3 items
    "dm1": "https://cafe.daum.net/driftwoodclub/Kv9P/10422",
    "dm2": TISTORY_ENC,
    "dm3": "https://cafe.daum.net/driftwoodclub/Kv9P/10455",
    # KCSC-240910-04, soop, 3 items
    "sp1": "https://vod.sooplive.co.kr/player/131520944",
    "sp2": "https://vod.sooplive.co.kr/player/131522807",
    "sp3": "https://ch.sooplive.co.kr/nightkite22/post/129330411",
    # KCSC-240911-05, fmkorea, 2 items
    "fm1": "https://www.fmkorea.com/7451203388",
    "fm2": "https://www.fmkorea.com/7451290016",
    # KCSC-240912-06, clien, 1 item
    "cl1": "https://www.clien.net/service/board/park/18822041",
    # KCSC-240913-07, ppomppu, 2 items
    "pp1": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120447",
    "pp2": "https://www.ppomppu.co.kr/zboard/view.php?id=humor&no=661208",
}

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", "illegal-gambling",
     ["nb1", "nb2", "nb3", "nc1", "nc2", "nc3", "nm1", "npost", "nkin", "nb4", "nc4", "ntv"],
     "NAVER blog/cafe/post/kin/tv, 시정요구(삭제)"),
    ("KCSC-240905-02", "dcinside", "2024-09-05", "2024-09-12", "defamation",
     ["dc1", "dc2", "dc3", "dc4", "dc5"], "DC Inside galleries"),
    ("KCSC-240909-03", "daum", "2024-09-09", "2024-09-16", "privacy",
     ["dm1", "dm2", "dm3"], "Daum cafe and Tistory (Kakao)"),
    ("KCSC-240910-04", "soop", "2024-09-10", "2024-09-17", "obscenity",
     ["sp1", "sp2", "sp3"], "SOOP VODs and channel post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11", "2024-09-18", "illegal-drugs",
     ["fm1", "fm2"], "FM Korea posts"),
    ("KCSC-240912-06", "clien", "2024-09-12", "2024-09-19", "privacy",
     ["cl1"], "Clien 모두의공원 post"),
    ("KCSC-240913-07", "ppomppu", "2024-09-13", "2024-09-20", "fraud",
     ["pp1", "pp2"], "Ppomppu boards"),
]


def req_mid(ref):
    return "kcsc-" + ref[5:].lower() + "@kcsc.example"


def req_reply(ref):
    return "kcsc-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, keys, note in REQUESTS:
        for k in keys:
            w.writerow([ref, plat, sent, due, U[k], cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def naver_request_text():
    lines = [
        "수신: 네이버(주) 정책지원팀",
        "제목: 불법정보 시정요구(삭제) 요청 - KCSC-240903-01",
        "",
        "아래 게시물은 정보통신망법상 불법정보(불법 도박 광고)에 해당하여",
        "시정요구(삭제)를 요청하오니 2024. 9. 10.까지 조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, k in enumerate(REQUESTS[0][5], 1):
        lines.append(f"{i}. {U[k]}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


def dc_request_text():
    lines = [
        "디시인사이드 운영팀 귀하",
        "",
        "요청번호 KCSC-240905-02 (명예훼손 정보 5건)",
        "아래 게시물에 대해 삭제를 요청합니다. 2024-09-12까지 회신 바랍니다.",
        "",
    ]
    for k in REQUESTS[1][5]:
        lines.append(U[k])
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# --- NAVER (KCSC-240903-01) ---------------------------------------------
rows = [
    ("nb1", "블로그", "삭제", "-"),
    ("nb2", "블로그", "삭제", "-"),
    ("nb3", "블로그", "임시조치(30일)", "게시자 이의제기 기간 중"),
    ("nc1", "카페", "블라인드", "카페 운영자 통보"),
    ("nc2", "카페", "게시물 없음", "작성자가 요청 전 삭제"),
    ("nc3", "카페", "접근 제한(국내)", "-"),
    ("nm1", "블로그", "삭제", "-"),
    ("npost", "포스트", "비공개 처리", "-"),
    ("nkin", "지식iN", "삭제", "-"),
    ("nb4", "블로그", "조치 불가", "운영정책 위반 사항 확인되지 않음"),
    ("nc4", "카페", "삭제", "-"),
    ("ntv", "네이버TV", "접속 차단(대한민국)", "해외 접속은 유지"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{U[k].replace('&', '&amp;')}</td><td>{svc}</td><td>{res}</td><td>{note}</td></tr>"
    for i, (k, svc, res, note) in enumerate(rows, 1)
)
case(
    name="naver-siljeong-result-table-12",
    date="Mon, 09 Sep 2024 17:42:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신",
    reply_to_req=req_reply("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 2024. 9. 3.자 시정요구(요청번호 KCSC-240903-01)에 대하여 아래와 같이 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5e9"><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치 불가 건은 당사 운영정책(<a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a>) 기준으로 위반 여부를 판단한 결과이며, 추가 소명 자료가 있으시면 회신 부탁드립니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply (HTML table: 삭제/임시조치/블라인드/게시물 없음/접근 제한/조치 불가)",
    why="trusted NAVER table states one result per URL: 삭제/블라인드/비공개 removed, 임시조치/접근 제한/접속 차단 restricted, 게시물 없음 not_found, 조치 불가 (no violation) rejected",
    items={U["nb1"]: "removed", U["nb2"]: "removed", U["nb3"]: "restricted", U["nc1"]: "removed",
           U["nc2"]: "not_found", U["nc3"]: "restricted", U["nm1"]: "removed", U["npost"]: "removed",
           U["nkin"]: "removed", U["nb4"]: "rejected", U["nc4"]: "removed", U["ntv"]: "restricted"},
)

case(
    name="naver-cafe-blind-and-author-deleted",
    date="Thu, 05 Sep 2024 14:31:50 +0900",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영지원",
    subject="Re: [KCSC-240903-01] 네이버 카페 게시물 시정요구",
    reply_to_req=req_reply("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청 주신 건 중 카페 게시글 두 건의 확인 결과를 먼저 말씀드립니다.

- {U['nc1']} : 블라인드 처리 완료 (9/5 14:10)
- {U['nc2']} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

블로그·포스트 등 나머지 URL은 각 서비스 담당 부서에서 확인하고 있으며 별도로 회신드리겠습니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 게시중단(블라인드) notice to a reporter",
    why="blind applied to 48213 (removed); 48290 was already deleted by its author (not_found); the rest is only said to be in progress",
    items={U["nc1"]: "removed", U["nc2"]: "not_found"},
)

case(
    name="naver-english-url-then-result-line",
    date="Fri, 06 Sep 2024 10:05:27 +0900",
    **{"from": "trust-safety@naver.com"},
    name_from="NAVER Trust & Safety",
    subject="Outcome of your report KCSC-240903-01 (NAVER Blog)",
    body=f"""Hello,

Thank you for contacting NAVER (ref. KCSC-240903-01). We have completed our
review of the blog posts in your request. The outcome for each is below.

{U['nb1']}
Result: Removed for violating the Blog Operating Policy

{U['nb2']}
Result: Removed for violating the Blog Operating Policy

{U['nm1']}
Result: Not found. The post had already been deleted by its author before our review.

Our operating policy is available at https://policy.naver.com/rules/service.html.

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="global trust-and-safety outcome mail: bare URL with the result on the next line",
    why="each URL is followed by its own unhedged result line: two removed, one not_found; the policy link is not an item",
    items={U["nb1"]: "removed", U["nb2"]: "removed", U["nm1"]: "not_found"},
)

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{U['nc3']},삭제,2024-09-06 11:20",
    f"2,{U['nc4']},삭제,2024-09-06 11:21",
    f"3,\"{U['nkin']}\",게시물 없음(이미 삭제됨),-",
    f"4,\"{U['npost']}\",임시조치,2024-09-06 11:40",
]) + "\n"
case(
    name="naver-csv-attachment-four",
    date="Fri, 06 Sep 2024 16:12:03 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="RE: KCSC-240903-01 조치결과(일부) 송부",
    reply_to_req=req_reply("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NAVER_3390_1725606723"

------=_NAVER_3390_1725606723
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 가운데 카페·지식iN·포스트 4건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 건은 정리되는 대로 추가로 보내드리겠습니다.

감사합니다.

------=_NAVER_3390_1725606723
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_NAVER_3390_1725606723--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (번호,URL,조치결과,조치일시)",
    why="the attached CSV gives one result per URL: two 삭제 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={U["nc3"]: "removed", U["nc4"]: "removed", U["nkin"]: "not_found", U["npost"]: "restricted"},
)

items_top = {U[k]: "pending" for k in REQUESTS[0][5]}
items_top.update({U["ntv"]: "removed", U["nkin"]: "removed"})
case(
    name="naver-top-posted-two-over-quoted-request",
    date="Wed, 04 Sep 2024 18:20:44 +0900",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    subject="Re: 불법정보 시정요구(삭제) 요청 - KCSC-240903-01",
    reply_to_req=req_reply("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 박지윤입니다.

시정요구 건 중 네이버TV 영상과 지식iN 질문은 오늘 오후 삭제했습니다.
{U['ntv']}
{U['nkin']}

나머지 10건은 서비스별로 확인 중이라 결과가 나오는 대로 다시 말씀드리겠습니다.

박지윤 드림

2024년 9월 3일 (화) 오후 4:02, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(naver_request_text())}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply from a portal staffer over the quoted request",
    why="only the two URLs under the top statement are removed; the twelve URLs in the quoted request below '님이 작성:' are not statements",
    items=items_top,
)

case(
    name="naver-tv-korea-block-kin-private",
    date="Sat, 07 Sep 2024 09:14:36 +0900",
    **{"from": "tv-ops@navercorp.com"},
    name_from="NAVER TV Operations",
    subject="[KCSC-240903-01] NAVER TV / 지식iN action taken",
    body=f"""Dear KCSC team,

Regarding request KCSC-240903-01:

The NAVER TV clip {U['ntv']} is now blocked for viewers in Korea (geo-restriction applied on 6 Sep, KST). It remains reachable from outside Korea.

The 지식iN question <{U['nkin']}> has been set to private (비공개) by our operator and is no longer visible to anyone.

Kind regards,
NAVER TV Operations
""",
    outcome="applied", classification="confirmation",
    imitates="country-withheld notice plus a portal 비공개 처리 notice, URLs inline and in angle brackets",
    why="blocked only in Korea is restricted; made private for everyone (비공개) is removed",
    items={U["ntv"]: "restricted", U["nkin"]: "removed"},
)

case(
    name="naver-statement-then-url-below",
    date="Mon, 09 Sep 2024 11:48:02 +0900",
    **{"from": "trust-safety@naver.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240903-01 cafe posts",
    reply_to_req=req_reply("KCSC-240903-01"),
    body=f"""Hello,

Here is the outcome for two of the cafe posts in request KCSC-240903-01.

The following post was removed under the Cafe policy on illegal information:
{U['nc4']}

The following post remains available, as we found no violation of our
policies or of Korean law in it:
{U['nc3']}

If you disagree with this decision you may send additional material through
https://help.naver.com/service/5614/contents/19224 and we will look again.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome mail with each statement followed by its URL on the line below",
    why="1203 removed; 1177 stays up because it breaks no rule (rejected); the help-centre link is not an item and the offer to look again is no request for information",
    items={U["nc4"]: "removed", U["nc3"]: "rejected"},
)

b64_body = f"""안녕하세요. 네이버 블로그 운영팀입니다.

방송통신심의위원회 시정요구(KCSC-240903-01) 대상 블로그 게시물 3건에 대한 조치 결과입니다.

1) {U['nb3']}
   게시중단 처리하였습니다.
2) {U['nb4']}
   게시중단 처리하였습니다.
3) {U['nb2']}
   운영자 권한으로 비공개 전환하였습니다.

해당 블로거에게는 운영정책 위반 사실을 통지하였습니다.

네이버 블로그 운영팀
"""
case(
    name="naver-blog-base64-body",
    date="Tue, 10 Sep 2024 15:03:19 +0900",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 시정요구 조치 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(b64_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 notice, base64-encoded body with encoded-word subject",
    why="two 게시중단 and one 비공개 전환 by the operator: all three removed",
    items={U["nb3"]: "removed", U["nb4"]: "removed", U["nb2"]: "removed"},
)

case(
    name="naver-withheld-kr-and-declined",
    date="Wed, 11 Sep 2024 13:27:45 +0900",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe Policy",
    subject="[KCSC-240903-01] quietorchard cafe - result",
    body=f"""Hello,

We checked the two posts in the quietorchard cafe that you listed under KCSC-240903-01.

* {U['nc2']} - access from Korea has been restricted (접근 제한) as requested.
* {U['nc1']} - we decline to take action. The post quotes a news article and does not break our Cafe operating policy, so it stays up.

Regards,
NAVER Cafe Policy
""",
    outcome="applied", classification="confirmation",
    imitates="bulleted English outcome mail: restricted in Korea plus a refusal with its reason",
    why="48290 restricted in Korea; 48213 refused with a reason (rejected)",
    items={U["nc2"]: "restricted", U["nc1"]: "rejected"},
)

# --- DC Inside (KCSC-240905-02) -----------------------------------------
case(
    name="dc-numbered-list-arrow-below",
    date="Fri, 06 Sep 2024 19:02:33 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240905-02] 게시물 삭제 요청 처리 결과",
    reply_to_req=req_reply("KCSC-240905-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {U['dc1']}
   → 삭제 완료
2. {U['dc2']}
   → 삭제 완료
3. {U['dc3']}
   → 작성자 본인이 이미 삭제한 글로, 현재 존재하지 않습니다.
4. {U['dc5']}
   → 삭제 완료

작성자에 대해서는 갤러리 이용 차단을 병행하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 삭제 처리 결과 reply, numbered URL list with '→ result' below",
    why="three 삭제 완료 (removed) and one already deleted by its author (not_found); the mini-gallery post is not mentioned",
    items={U["dc1"]: "removed", U["dc2"]: "removed", U["dc3"]: "not_found", U["dc5"]: "removed"},
)

dc_qp_body = f"""안녕하세요, 디시인사이드 권리보호팀입니다.

KCSC-240905-02 건 중 두 게시물에 대해 검토를 마쳤습니다.

주식 갤러리 글 {U['dc1']} 은
특정 종목에 대한 개인 의견으로 판단되어 삭제하지 않고 유지합니다.
명예훼손으로 볼 만한 사실 적시가 확인되지 않았습니다.

미니 갤러리 글 {U['dc4']} 은
오늘 삭제 처리했습니다.

디시인사이드 권리보호팀
"""
case(
    name="dc-qp-kept-and-deleted",
    date="Mon, 09 Sep 2024 10:41:09 +0900",
    **{"from": "right@dcinside.com"},
    name_from="디시인사이드 권리보호팀",
    subject="RE: [KCSC-240905-02] 검토 결과",
    reply_to_req=req_reply("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(dc_qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside rights-protection reply, quoted-printable Korean body",
    why="stock_new2 post kept because it breaks no rule (rejected, with reason); mini-gallery post deleted (removed); URLs followed by a space and the particle 은",
    items={U["dc1"]: "rejected", U["dc4"]: "removed"},
)

case(
    name="dc-angle-bracket-operator-deleted",
    date="Sat, 07 Sep 2024 12:16:58 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240905-02] 추가 회신",
    reply_to_req=req_reply("KCSC-240905-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

지난 회신에서 누락된 게시물 <{U['dc3']}> 은
확인 결과 작성자 삭제가 아니라 운영자 삭제 처리된 글이었습니다. 정정하여 안내드립니다.

이용에 불편을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside correction mail, URL in angle brackets wrapped before its particle",
    why="a single trusted statement that 331260 was deleted by the operator (운영자 삭제) is removed; on a fresh ledger nothing regresses",
    items={U["dc3"]: "removed"},
)

dc_outlook = f"""요청 주신 건 중 아래 두 건 삭제했습니다.

{U['dc2']}
{U['dc3']}

나머지 3건은 갤러리 관리자 확인이 끝나는 대로 회신드리겠습니다.

--
김도현 | 디시인사이드 운영팀
cs@dcinside.com

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <cs@dcinside.com>
Sent: 2024-09-05 (목) 10:12:40 (GMT+09:00)
Subject: [KCSC-240905-02] 게시물 삭제 요청

{dc_request_text()}
"""
case(
    name="dc-outlook-original-message-below",
    date="Tue, 10 Sep 2024 17:55:21 +0900",
    **{"from": "dohyun.kim@dcinside.com"},
    name_from="김도현",
    subject="RE: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240905-02"),
    body=dc_outlook,
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply with the unprefixed request under -----Original Message-----",
    why="the two URLs under the top statement are removed; the request's five URLs under -----Original Message----- are quoted, not statements",
    items={U["dc2"]: "removed", U["dc3"]: "removed", U["dc1"]: "pending", U["dc4"]: "pending", U["dc5"]: "pending"},
)

# --- Daum / Kakao (KCSC-240909-03) --------------------------------------
case(
    name="daum-tistory-raw-korean-path-imsi",
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-03)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대해 아래와 같이 조치하였음을 알려드립니다.

■ 대상: {TISTORY_RAW}
■ 조치: 임시조치 (30일간 게시물 접근 차단)
■ 조치일: 2024-09-11

■ 대상: {U['dm1']}
■ 조치: 게시물 삭제
■ 조치일: 2024-09-11

임시조치 기간 중 게시자의 재게시 요청이 있으면 관련 법령에 따라 처리됩니다.
자세한 절차는 고객센터(https://cs.kakao.com/helps?service=8)를 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice with ■ 대상/조치 blocks",
    why="Tistory entry (raw Korean path = the percent-encoded URL) under 임시조치 is restricted; the cafe post deleted is removed; the help link is not an item",
    items={U["dm2"]: "restricted", U["dm1"]: "removed"},
)

daum_req_quote = quoted(f"""Dear Kakao,

Under request KCSC-240909-03 we ask you to remove the following:
{U['dm1']}
{TISTORY_RAW}
{U['dm3']}

KCSC Takedown desk""")
case(
    name="daum-english-gmail-quote",
    date="Thu, 12 Sep 2024 11:07:42 +0900",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240909-03 Daum Cafe / Tistory",
    reply_to_req=req_reply("KCSC-240909-03"),
    body=f"""Hi,

The Daum Cafe post {U['dm3']} was deleted this morning.

We could not locate {U['dm1']} -- the link returns no post on our
side, and the cafe has no article with that number.

The Tistory entry is handled by a different team; they will write to you
separately.

Kakao Trust & Safety

On Mon, Sep 9, 2024 at 11:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{daum_req_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply over a Gmail-quoted request",
    why="10455 removed, 10422 not_found; the Tistory entry appears only in the quoted request and in a 'will write separately' line",
    items={U["dm3"]: "removed", U["dm1"]: "not_found", U["dm2"]: "pending"},
)

# --- SOOP (KCSC-240910-04) ----------------------------------------------
case(
    name="soop-bilingual-private-and-age",
    date="Wed, 11 Sep 2024 20:44:10 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject="[SOOP] KCSC-240910-04 처리 결과 / Result of your request",
    reply_to_req=req_reply("KCSC-240910-04"),
    body=f"""안녕하세요, SOOP 운영정책팀입니다. (English below)

- VOD {U['sp1']} : 운영자 비공개 처리 완료
- VOD {U['sp2']} : 19세 이상 시청 제한 적용

채널 게시글은 검토가 끝나는 대로 안내드리겠습니다.

---

Hello, this is the SOOP Policy team.

- VOD {U['sp1']} : made private by SOOP operations (no longer viewable)
- VOD {U['sp2']} : age restriction (19+) applied

We will update you on the channel post once our review is complete.

SOOP 운영정책팀 / SOOP Policy
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) bilingual policy-team notice: 비공개 처리 and 19세 시청 제한",
    why="the same two statements in Korean and English agree: 131520944 made private (removed), 131522807 age-restricted (restricted); the channel post is pending",
    items={U["sp1"]: "removed", U["sp2"]: "restricted"},
)

case(
    name="soop-html-action-table",
    date="Fri, 13 Sep 2024 14:09:55 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="SOOP - Action report for KCSC-240910-04",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the actions taken on the content you reported (reference KCSC-240910-04).</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Content</th><th>Type</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td><a href="{U['sp3']}">{U['sp3']}</a></td><td>Channel post</td><td>Deleted</td></tr>
<tr><td><a href="{U['sp1']}">{U['sp1']}</a></td><td>VOD</td><td>No violation found &ndash; no action</td></tr>
<tr><td><a href="{U['sp2']}">{U['sp2']}</a></td><td>VOD</td><td>Deleted</td></tr>
</tbody></table>
<p>See our Community Guidelines at <a href="https://www.sooplive.co.kr/policy/guideline">sooplive.co.kr/policy/guideline</a>.</p>
<p>SOOP Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="platform action report as an HTML table (Content / Type / Action taken)",
    why="post deleted (removed), one VOD kept with no violation (rejected), the other VOD deleted (removed); the guideline link is not an item",
    items={U["sp3"]: "removed", U["sp1"]: "rejected", U["sp2"]: "removed"},
)

case(
    name="soop-receipt-number-with-result",
    date="Thu, 12 Sep 2024 09:31:12 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 신고 처리 결과 안내 (접수번호 SP-20240911-0448)",
    body=f"""SOOP 고객센터입니다.

신고하신 내용이 접수되어 처리되었습니다.
· 접수번호: SP-20240911-0448
· 관련 요청: KCSC-240910-04

[처리 결과]
신고하신 게시글 {U['sp3']}
은(는) 커뮤니티 가이드 위반으로 삭제되었습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket system result mail (접수번호 + 처리 결과), URL followed by a wrapped particle",
    why="a receipt number plus an unhedged 삭제되었습니다 about the named post is a confirmation, not an acknowledgement",
    items={U["sp3"]: "removed"},
)

# --- FM Korea (KCSC-240911-05) ------------------------------------------
case(
    name="fmkorea-url-glued-to-particles",
    date="Fri, 13 Sep 2024 22:18:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240911-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{U['fm1']}은 운영 규정 위반으로 삭제 처리했고, {U['fm2']}의 경우 작성자가 스스로 지운 상태라 조치할 글이 없었습니다.

작성자 계정은 영구 이용정지했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply in one Korean sentence, URLs glued to 은/의",
    why="7451203388 deleted (removed); 7451290016 already deleted by its author (not_found); the particles are not part of the URLs",
    items={U["fm1"]: "removed", U["fm2"]: "not_found"},
)

case(
    name="fmkorea-fullwidth-parens-kept",
    date="Thu, 12 Sep 2024 15:40:02 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="FM코리아 신고센터",
    subject="KCSC-240911-05 관련 회신",
    body=f"""안녕하십니까. FM코리아 신고센터입니다.

문의하신 게시물（{U['fm2']}）은 내부 기준상 삭제 사유에 해당하지 않아 현 상태로 유지하기로 결정하였습니다。 해당 글은 의약품 관련 뉴스 기사를 옮긴 것으로, 판매·알선 내용은 확인되지 않았습니다.

나머지 한 건은 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community reply with full-width parentheses and full-stop around the URL",
    why="7451290016 stays up with a reason (rejected); the other post is only promised a separate answer",
    items={U["fm2"]: "rejected"},
)

# --- Clien (KCSC-240912-06) ---------------------------------------------
case(
    name="clien-sole-statement-one-item",
    date="Fri, 13 Sep 2024 10:22:36 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="RE: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240912-06"),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.
클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply naming no URL, to a one-item request",
    why="the email's only statement, answering a request of one item (thread and reference), applies to that item",
    items={U["cl1"]: "removed"},
)

case(
    name="clien-english-blinded",
    date="Sat, 14 Sep 2024 08:55:19 +0900",
    **{"from": "support@clien.net"},
    name_from="CLIEN Support",
    subject="Your request KCSC-240912-06",
    body=f"""Hello,

The post {U['cl1']} has been blinded
(블라인드) by an administrator on 13 September and is no longer visible to
members or visitors.

CLIEN Support
""",
    outcome="applied", classification="confirmation",
    imitates="English admin reply using the Korean term 블라인드",
    why="blinded and no longer visible to anyone is removed",
    items={U["cl1"]: "removed"},
)

# --- Ppomppu (KCSC-240913-07) -------------------------------------------
case(
    name="ppomppu-bullets-deleted-and-missing",
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    subject="[뽐뿌] KCSC-240913-07 처리 결과",
    reply_to_req=req_reply("KCSC-240913-07"),
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

• {U['pp1']} → 삭제 완료
• {U['pp2']} → 존재하지 않는 게시물입니다 (이미 삭제되었거나 없는 글 번호)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk bulleted result list with arrows",
    why="freeboard post deleted (removed); humor post does not exist (not_found)",
    items={U["pp1"]: "removed", U["pp2"]: "not_found"},
)

case(
    name="ppomppu-received-and-one-deleted",
    date="Sat, 14 Sep 2024 13:45:33 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240913-07"),
    body=f"""보내주신 요청 잘 접수하였습니다.

확인 결과 유머게시판 글 {U['pp2']} 은 사기 광고로 판단되어 삭제 처리하였습니다.
자유게시판 글(9120447)은 작성자 소명을 받고 있어 검토 중입니다.

뽐뿌 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="receipt phrase followed by a partial result",
    why="the acknowledgement phrase is followed by an unhedged deletion of the humor post (removed); the freeboard post is under review (pending)",
    items={U["pp2"]: "removed", U["pp1"]: "pending"},
)

case(
    name="ppomppu-html-board-table",
    date="Wed, 18 Sep 2024 11:02:47 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌 운영자",
    subject="[뽐뿌] 시정요구 조치결과 (KCSC-240913-07)",
    type="html",
    body=f"""<div style="font-size:12px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 KCSC-240913-07 건의 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>게시판</th><th>글번호</th><th>URL</th><th>처리</th></tr>
<tr><td>자유게시판</td><td>9120447</td><td>{U['pp1'].replace('&', '&amp;')}</td><td>블라인드</td></tr>
<tr><td>유머게시판</td><td>661208</td><td>{U['pp2'].replace('&', '&amp;')}</td><td>삭제</td></tr>
</table>
<p>뽐뿌 운영자 드림</p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table from a community site",
    why="블라인드 and 삭제 are both removed",
    items={U["pp1"]: "removed", U["pp2"]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-be-deleted",
    date="Wed, 04 Sep 2024 09:12:05 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="RE: KCSC-240903-01 접수 및 처리 예정 안내",
    reply_to_req=req_reply("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 12건은 각 서비스 담당 부서에 전달되었으며, 운영정책 검토 후 순차적으로 조치될 예정입니다.
특히 아래 블로그 게시물은 검토가 끝나는 대로 삭제될 예정입니다.

{U['nb1']}
{U['nb2']}

처리 결과는 기한 내에 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'received, will be actioned' reply naming URLs",
    why="only promises ('조치될 예정', '삭제될 예정'): no statement, the named items stay pending",
    items={U["nb1"]: "pending", U["nb2"]: "pending"},
)

case(
    name="dc-hedged-seems-already-gone",
    date="Sun, 08 Sep 2024 21:33:48 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240905-02"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

주말이라 간단히 먼저 말씀드리면, {U['dc1']} 글은 이미 지워진 것 같습니다.
{U['dc5']} 도 삭제된 것으로 보이는데, 정확한 처리 이력은 월요일에 다시 확인해서 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal weekend reply from a community-site desk with hedges",
    why="'지워진 것 같습니다' and '삭제된 것으로 보이는데' are hedges, to be checked on Monday: items stay pending",
    items={U["dc1"]: "pending", U["dc5"]: "pending"},
)

case(
    name="naver-bulk-all-twelve-deleted",
    date="Tue, 10 Sep 2024 18:00:31 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="RE: KCSC-240903-01 조치 완료",
    reply_to_req=req_reply("KCSC-240903-01"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 시정요구 대상 게시물 12건은 전체 삭제 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line 'all done' reply to a multi-item 시정요구",
    why="a statement about all twelve items without naming each, for a request of twelve: bulk review, items pending",
    items={U[k]: "pending" for k in REQUESTS[0][5]},
)

case(
    name="soop-bulk-all-taken-down",
    date="Sat, 14 Sep 2024 16:26:04 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240910-04",
    reply_to_req=req_reply("KCSC-240910-04"),
    body="""Hello,

All of the content you reported under KCSC-240910-04 has been taken down,
and the streamer's channel has received a strike.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="short English 'all reported content removed' reply",
    why="'all of the content you reported' for a request of three items without naming each: bulk",
    items={U["sp1"]: "pending", U["sp2"]: "pending", U["sp3"]: "pending"},
)

case(
    name="naver-dmarc-fail-relay",
    date="Thu, 05 Sep 2024 23:48:15 +0900",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="NAVER 정책지원팀",
    subject="[NAVER] KCSC-240903-01 조치 결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 게시물을 삭제하였습니다.

{U['nb3']}
{U['nb4']}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="ordinary portal result mail whose DKIM/SPF/DMARC fail (relayed or forged)",
    why="a NAVER domain failing authentication: untrusted, nothing applied",
    items={U["nb3"]: "pending", U["nb4"]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Sat, 07 Sep 2024 02:14:51 +0900",
    **{"from": "tidepool.manager@gmail.com"},
    name_from="타이드풀갤 매니저",
    subject="위원회 삭제요청 관련 (KCSC-240905-02)",
    body=f"""안녕하세요 타이드풀 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받아서 연락드립니다.

말씀하신 글 두 개 제가 직접 삭제했고 작성자 차단까지 걸었습니다.
{U['dc2']}
{U['dc3']}

추가로 지울 글 있으면 이쪽으로 바로 보내주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer gallery manager (완장) answering from a personal webmail address",
    why="a gallery manager writing from gmail.com is not the platform's domain: unknown_sender, nothing applied",
    items={U["dc2"]: "pending", U["dc3"]: "pending"},
)

case(
    name="naver-search-excluded-fmkorea",
    date="Fri, 13 Sep 2024 11:30:22 +0900",
    **{"from": "search_help@navercorp.com"},
    name_from="네이버 검색 고객센터",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청 (참조)",
    reply_to_req=req_reply("KCSC-240911-05"),
    body=f"""안녕하세요. 네이버 검색 고객센터입니다.

참조로 받은 요청 건과 관련하여, 아래 게시물은 네이버 검색 결과에서 제외(삭제) 처리하였습니다.

{U['fm1']}
{U['fm2']}

원문 게시물 자체의 삭제는 해당 사이트 운영자에게 요청하셔야 합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal search-team notice about de-listing another site's pages from search results",
    why="NAVER states a 'removal' (from its search results) for FM Korea's items: not the items' own platform, wrong_platform, nothing applied",
    items={U["fm1"]: "pending", U["fm2"]: "pending"},
)

case(
    name="daum-asks-for-official-letter",
    date="Tue, 10 Sep 2024 14:58:09 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 추가 자료 요청 (KCSC-240909-03)",
    reply_to_req=req_reply("KCSC-240909-03"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청(KCSC-240909-03)의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 기관 직인이 날인된 시정요구 공문 사본
2. 대상 게시물별 침해 내용 캡처 화면
   - {U['dm1']}
   - {U['dm3']}

자료가 확인되는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 request for supporting documents (공문, 캡처)",
    why="the platform asks for documents before acting: asks_more, items stay pending",
    items={U["dm1"]: "pending", U["dm3"]: "pending"},
)

case(
    name="naver-contact-change-notice",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="[NAVER] 시정요구 접수 창구 변경 안내",
    body="""안녕하십니까. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관 시정요구 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: gov-request@navercorp.com

변경 이후에도 기존 주소로 보내주신 메일은 당분간 자동 전달됩니다.
업무에 참고하시기 바랍니다.
""",
    outcome="review", review="no_claims",
    imitates="portal administrative notice to public agencies (contact address change)",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="clien-conditional-after-explanation",
    date="Fri, 13 Sep 2024 18:20:50 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="RE: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req=req_reply("KCSC-240912-06"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{U['cl1']}
게시자에게 소명 기회를 드렸습니다. 9월 20일까지 소명이 없거나 소명 내용이 타당하지 않으면 해당 게시물을 삭제하겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin's conditional answer (delete unless the author explains)",
    why="a conditional promise is no statement: the item stays pending",
    items={U["cl1"]: "pending"},
)

case(
    name="fmkorea-english-may-have-been",
    date="Sat, 14 Sep 2024 19:05:37 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    subject="Re: [KCSC-240911-05] request",
    reply_to_req=req_reply("KCSC-240911-05"),
    body=f"""Hi,

Our moderators checked the two links.
{U['fm1']} may have been removed by the board moderator already; we are confirming with them.
{U['fm2']} appears to be still under review on their side.

We'll get back to you next week.
""",
    outcome="review", review="not_understood",
    imitates="English moderator reply full of hedges",
    why="'may have been removed' and 'appears to be under review' are hedges: items stay pending",
    items={U["fm1"]: "pending", U["fm2"]: "pending"},
)

case(
    name="ppomppu-dmarc-fail",
    date="Sun, 15 Sep 2024 03:11:26 +0900",
    **{"from": "help@ppomppu.co.kr"},
    auth="fail",
    name_from="뽐뿌 고객센터",
    subject="[뽐뿌] KCSC-240913-07 삭제 완료",
    body=f"""요청하신 게시물 2건 모두 삭제했습니다.

{U['pp1']}
{U['pp2']}
""",
    outcome="review", review="untrusted",
    imitates="community help-desk result mail whose authentication fails",
    why="a Ppomppu domain failing DMARC: untrusted, nothing applied",
    items={U["pp1"]: "pending", U["pp2"]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-chuseok-out-of-office",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    **{"from": "haneul.kim@navercorp.com"},
    name_from="김하늘",
    subject="[자동응답] 부재중입니다 - Re: [KCSC-240903-01] 조치 결과 확인 요청",
    reply_to_req=req_reply("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김하늘입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
19일부터 순차적으로 확인하겠습니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (holiday absence)",
    why="out-of-office auto-reply, whoever sends it",
    items={},
)

case(
    name="nate-english-automatic-reply",
    date="Tue, 17 Sep 2024 10:41:00 +0900",
    **{"from": "minseo.lee@skcomms.co.kr"},
    name_from="Lee Minseo",
    subject="Automatic reply: [KCSC-240911-05] 게시물 삭제 요청 (참조)",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.
For policy matters please contact policy@skcomms.co.kr.

현재 부재중이며 9월 23일에 복귀합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' from a Nate (SK Communications) staffer copied on a request",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: cs-legal@dcinside.com
Subject: [Reminder] KCSC-240905-02 deadline passed
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of request KCSC-240905-02 are still pending:
{U['dc1']}
{U['dc4']}
"""
case(
    name="dc-dsn-user-unknown",
    date="Fri, 13 Sep 2024 09:00:04 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7A1C2D3E4F.1726185604/mx1.dcinside.com"

--7A1C2D3E4F.1726185604/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cs-legal@dcinside.com>: host mx1.dcinside.com[local] said: 550 5.1.1
    <cs-legal@dcinside.com>: Recipient address rejected: User unknown

--7A1C2D3E4F.1726185604/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri, 13 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; cs-legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cs-legal@dcinside.com>: Recipient address
    rejected: User unknown

--7A1C2D3E4F.1726185604/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_orig}
--7A1C2D3E4F.1726185604/mx1.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our reminder with its URLs",
    why="a bounce; the URLs are in our own returned reminder",
    items={U["dc1"]: "pending", U["dc4"]: "pending"},
)

case(
    name="inven-korean-mailbox-full-bounce",
    date="Wed, 18 Sep 2024 14:03:30 +0900",
    **{"from": "postmaster@inven.co.kr"},
    name_from="Inven Mail System",
    subject="=?UTF-8?B?" + base64.b64encode("[메일 발송 실패] 수신자 메일함 용량 초과".encode()).decode() + "?=",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="inv-bounce-20240918"

--inv-bounce-20240918
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

수신자: cs@inven.co.kr
사유: 수신자의 메일함 용량이 가득 찼습니다. (552 5.2.2 Mailbox full)
제목: 협조 요청 - 게임 커뮤니티 불법정보 모니터링 관련

잠시 후 다시 보내시거나 다른 연락처를 이용해 주십시오.

--inv-bounce-20240918
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.inven.co.kr

Final-Recipient: rfc822; cs@inven.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--inv-bounce-20240918--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-localized webmail bounce (메일 발송 실패, mailbox full) with a delivery-status part",
    why="a bounce",
    items={},
)

case(
    name="soop-read-receipt-korean",
    date="Wed, 11 Sep 2024 09:02:18 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject="=?UTF-8?B?" + base64.b64encode("읽음: [KCSC-240910-04] 게시물 삭제 요청".encode()).decode() + "?=",
    reply_to_req=req_reply("KCSC-240910-04"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0911"

--mdn-soop-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

받는 사람: policy@sooplive.co.kr
제목: [KCSC-240910-04] 게시물 삭제 요청
읽은 시간: 2024-09-11 오전 9:02

--mdn-soop-0911
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; policy@sooplive.co.kr
Original-Message-ID: <kcsc-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an MDN",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="ppomppu-ticket-receipt-echo",
    date="Fri, 13 Sep 2024 15:20:41 +0900",
    **{"from": "noreply@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    subject="[뽐뿌 고객센터] 문의가 정상 접수되었습니다 (PP-240913-0072)",
    body=f"""안녕하세요, 뽐뿌 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
· 접수번호: PP-240913-0072
· 접수일시: 2024-09-13 15:20
· 문의 제목: [KCSC-240913-07] 게시물 삭제 요청

[접수 내용]
{U['pp1']}
{U['pp2']}

담당자 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호) echoing the submitted URLs",
    why="a pure acknowledgement; the URLs are an echo of what we sent, with no status",
    items={U["pp1"]: "pending", U["pp2"]: "pending"},
)

case(
    name="kakao-english-auto-ack",
    date="Mon, 09 Sep 2024 11:21:30 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="Kakao Customer Service",
    subject="[Kakao] We have received your inquiry (No. 2024090900318)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Kakao. We have received your inquiry
(KCSC-240909-03) and assigned it number 2024090900318.

Our team will review it and reply by email. Replies can take up to
5 business days. Please do not reply to this message.

Kakao Customer Service
https://cs.kakao.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic ticket acknowledgement from a customer-service system",
    why="pure acknowledgement with an inquiry number, no statement about any item",
    items={},
)


def encode_names():
    # Real mail carries non-ASCII display names as RFC 2047 encoded words.
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(n.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    encode_names()
    header = (
        "# blind363: Korean portals and community sites, with doubtful and ignorable mail.\n"
        "# Generated by make.py; expected results written from each email's meaning\n"
        "# before any run of the reader."
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
