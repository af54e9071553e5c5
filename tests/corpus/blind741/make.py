#!/usr/bin/env python3
"""Blind set 741: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Ppomppu), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind741/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was ever run on this set.
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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183342",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183517",
    "https://gall.dcinside.com/board/view/?id=bitcoins_new1&no=4410278",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=58812",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=58839",
    "https://gall.dcinside.com/mgallery/board/view/?id=leverage_pick&no=1204",
    "https://gall.dcinside.com/mgallery/board/view/?id=leverage_pick&no=1231",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7720915",
    "https://gall.dcinside.com/mini/board/view/?id=ssul_room&no=30417",
    "https://gall.dcinside.com/mini/board/view/?id=ssul_room&no=30452",
    "https://gall.dcinside.com/board/view/?id=tree&no=1188204",
    "https://gall.dcinside.com/mgallery/board/view/?id=signal_vip&no=775",
]
N = [
    "https://blog.naver.com/moonlit_raven0/223561204417",
    "https://blog.naver.com/moonlit_raven0/223561388120",
    "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/48213",
    "https://cafe.naver.com/quickloanhub/90127",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471882051",
]
N3_RAW = "https://cafe.naver.com/주식리딩방/48213"
K = [
    "https://cafe.daum.net/lottoking77/Ab3X/1502",
    "https://cafe.daum.net/lottoking77/Ab3X/1519",
    "https://cafe.daum.net/shoppingreview/9kPq/88210",
    "https://cafe.daum.net/shoppingreview/9kPq/88233",
]
S = [
    "https://vod.sooplive.co.kr/player/138820417",
    "https://vod.sooplive.co.kr/player/138820955",
    "https://ch.sooplive.co.kr/nightowl_bj/post/127730412",
]
F = [
    "https://www.fmkorea.com/7412203391",
    "https://www.fmkorea.com/7412266804",
]
P = ["https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9021476"]
T = [
    "https://pann.nate.com/talk/373920115",
    "https://pann.nate.com/talk/373921840",
]

REQUESTS = [
    # ref, platform, day, urls, categories, note
    ("KCSC-240903-01", "dcinside", 3, D,
     ["gambling", "gambling", "finance_fraud", "finance_fraud", "finance_fraud", "finance_fraud",
      "finance_fraud", "defamation", "obscenity", "obscenity", "privacy", "finance_fraud"],
     "DC Inside galleries: 리딩방/도박 홍보, 12 posts"),
    ("KCSC-240904-02", "naver", 4, N,
     ["finance_fraud", "finance_fraud", "finance_fraud", "illegal_loan", "illegal_loan"],
     "NAVER blog, cafe (Korean cafe id) and Knowledge iN"),
    ("KCSC-240906-03", "daum", 6, K,
     ["gambling", "gambling", "counterfeit", "counterfeit"],
     "Daum cafe posts"),
    ("KCSC-240909-04", "soop", 9, S,
     ["obscenity", "obscenity", "obscenity"],
     "SOOP VODs and a station post"),
    ("KCSC-240910-05", "fmkorea", 10, F, ["gambling", "gambling"], "FM Korea posts"),
    ("KCSC-240911-06", "ppomppu", 11, P, ["finance_fraud"], "Ppomppu free board post"),
    ("KCSC-240912-07", "nate", 12, T, ["privacy", "privacy"], "Nate Pann posts"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "kcsc-" + ref.split("-", 1)[1].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, urls, cats, note in REQUESTS:
        for url, cat in zip(urls, cats):
            w.writerow([ref, plat, f"2024-09-{day:02d}T10:00:00+09:00",
                        f"2024-09-{day + 7:02d}T18:00:00+09:00", url, cat,
                        msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# Helpers for bodies
# --------------------------------------------------------------------------
PLATFORM_KO = {"dcinside": "디시인사이드", "naver": "네이버", "daum": "다음(카카오)",
               "soop": "SOOP", "fmkorea": "에펨코리아", "ppomppu": "뽐뿌", "nate": "네이트"}


def request_text(ref):
    _, plat, day, urls, _, _ = REQ[ref]
    lines = [
        f"[{ref}] 불법정보 시정요구 ({PLATFORM_KO[plat]})",
        "",
        "안녕하십니까, 방송통신심의위원회 통신심의 담당자입니다.",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따라 삭제 등 시정을 요구하오니",
        f"2024. 9. {day + 7}.까지 조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의 담당 드림"]
    return lines


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def pend(urls, **given):
    """Expected map: given statuses, everything else listed pending."""
    out = {}
    for u in urls:
        out[u] = given.get(u, "pending")
    return out


def st(**kw):
    return kw


CASES = []


def case(**c):
    CASES.append(c)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="dc-html-table-mixed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 처리 결과 회신 (1차)",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(KCSC-240903-01) 건에 대한 1차 처리 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{D[0].replace('&', '&amp;')}">{D[0].replace('&', '&amp;')}</a></td><td>삭제</td><td>9/5 11:02 처리</td></tr>
<tr><td>2</td><td><a href="{D[1].replace('&', '&amp;')}">{D[1].replace('&', '&amp;')}</a></td><td>삭제</td><td>9/5 11:04 처리</td></tr>
<tr><td>3</td><td><a href="{D[2].replace('&', '&amp;')}">{D[2].replace('&', '&amp;')}</a></td><td>성인인증 게시물 전환</td><td>미성년자 열람 제한</td></tr>
<tr><td>4</td><td><a href="{D[3].replace('&', '&amp;')}">{D[3].replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>작성자 본인 삭제</td></tr>
<tr><td>5</td><td><a href="{D[4].replace('&', '&amp;')}">{D[4].replace('&', '&amp;')}</a></td><td>게시 유지</td><td>운영원칙 위반 사항 없음</td></tr>
<tr><td>6</td><td><a href="{D[5].replace('&', '&amp;')}">{D[5].replace('&', '&amp;')}</a></td><td>삭제</td><td>해당 마이너 갤러리 매니저 권한 회수</td></tr>
</table>
<p>나머지 6건은 확인 중이며, 확인되는 대로 2차 회신드리겠습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply with an HTML result table (삭제 / 게시물 없음 / 게시 유지)",
    why="Six rows, each naming its URL and an unhedged result; the six others are only promised.",
    items={D[0]: "removed", D[1]: "removed", D[2]: "restricted", D[3]: "not_found",
           D[4]: "rejected", D[5]: "removed"},
)

_dc_csv = "\ufeff순번,게시물 URL,조치 결과,조치 일시\n" + "\n".join(
    f"{i},{u},{r},{t}" for i, (u, r, t) in enumerate([
        (D[0], "삭제", "2024-09-06 10:11"),
        (D[1], "삭제", "2024-09-06 10:12"),
        (D[2], "삭제", "2024-09-06 10:15"),
        (D[3], "게시물 없음(작성자 삭제)", "-"),
        (D[4], "삭제", "2024-09-06 10:21"),
        (D[5], "삭제", "2024-09-06 10:22"),
        (D[6], "미조치(위반 사항 없음)", "-"),
        (D[7], "삭제", "2024-09-06 10:30"),
        (D[8], "삭제", "2024-09-06 10:31"),
        (D[9], "게시물 없음(작성자 삭제)", "-"),
        (D[10], "삭제", "2024-09-06 10:40"),
        (D[11], "접근 제한(국내)", "2024-09-06 10:44"),
    ], 1)) + "\n"
case(
    name="dc-csv-attachment-all-twelve",
    **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무지원",
    date="Fri, 06 Sep 2024 11:20:31 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치 결과 (첨부)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_dc_0906_result"

------=_dc_0906_result
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 법무지원 담당입니다.

KCSC-240903-01 시정요구 12건의 조치 결과를 첨부 파일(CSV)로 보내드립니다.
문의 사항은 본 메일로 회신 주시기 바랍니다.

디시인사이드 법무지원 드림

------=_dc_0906_result
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_dc_csv)}
------=_dc_0906_result--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean platform legal desk returning a 조치 결과 spreadsheet as a CSV attachment",
    why="The CSV gives a result for each of the twelve URLs; 접근 제한(국내) is a restriction, 미조치(위반 사항 없음) a refusal.",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[5]: "removed", D[6]: "rejected", D[7]: "removed", D[8]: "removed",
           D[9]: "not_found", D[10]: "removed", D[11]: "restricted"},
)

case(
    name="dc-numbered-status-below",
    **{"from": "support@dcinside.com"}, name_from="디시인사이드 운영지원팀",
    date="Mon, 09 Sep 2024 15:03:44 +0900",
    subject="[디시인사이드] KCSC-240903-01 처리 결과 안내 (2차)",
    body=f"""안녕하세요, 디시인사이드 운영지원팀입니다.

방송통신심의위원회 KCSC-240903-01 시정요구 건 중 2차 처리 결과를 안내드립니다.

1) {D[6]}
   → 삭제 완료 (9/9 10:12)

2) {D[7]}
   → 삭제 완료 (9/9 10:15)

3) {D[8]}
   → 해당 번호의 게시물이 존재하지 않습니다 (조회 불가)

4) {D[9]}
   → 삭제 완료 (9/9 10:31)

5) {D[10]}
   → 게시 유지: 신고 사유(명예훼손)에 해당하지 않는 것으로 판단하였습니다.

6) {D[11]}
   → 삭제 완료 (9/9 10:40)

추가 문의는 support@dcinside.com 으로 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator notice: numbered list, URL on one line and its result on the line below",
    why="Each URL is followed by its own result line.",
    items={D[6]: "removed", D[7]: "removed", D[8]: "not_found", D[9]: "removed",
           D[10]: "rejected", D[11]: "removed"},
)

case(
    name="dc-gmail-topposted-english",
    **{"from": "jiwon.han@dcinside.com"}, name_from="Jiwon Han",
    date="Wed, 04 Sep 2024 09:51:07 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (디시인사이드)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

Quick update from the DC Inside operations team. The following two posts were
deleted by our moderators this morning:

{D[7]}
{D[8]}

We are still going through the other ten and will come back to you separately
before the deadline.

Best regards,
Jiwon Han
Operations, DC Inside

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal operations employee over the quoted request",
    why="Two URLs stated deleted above the quote; the other ten appear only in the quoted request.",
    items=pend(D, **{D[7]: "removed", D[8]: "removed"}),
)

case(
    name="dc-angle-brackets-particle",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 10:27:55 +0900",
    subject="RE: [KCSC-240903-01] 주식/코인 갤러리 게시물 처리",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 주식 갤러리 2건은 아래와 같이 삭제하였습니다.
<{D[0]}>
<{D[1]}>

또한 {D[4]}는 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 건은 확인 후 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with URLs in angle brackets and a URL glued to a Korean particle (는)",
    why="Two URLs under 'deleted as follows'; the third, followed directly by 는, was deleted by its author (not_found).",
    items={D[0]: "removed", D[1]: "removed", D[4]: "not_found"},
)

case(
    name="dc-outlook-quoted-request",
    **{"from": "minsu.park@dcinside.com"}, name_from="박민수",
    date="Tue, 10 Sep 2024 17:12:09 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 (디시인사이드)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 디시인사이드 박민수입니다.

아래 요청 건 중 잔여 2건 처리 결과입니다.

- {D[10]} : 삭제
- {D[11]} : 유지 (검토 결과 위반 사항 없음)

이상으로 본 건 회신을 마칩니다.

박민수 | 디시인사이드 운영본부
Tel. 02-000-0000

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구 (디시인사이드)

{chr(10).join(request_text("KCSC-240903-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request pasted unquoted below -----Original Message-----",
    why="Two results above the Outlook separator; the request below it is the regulator's own text.",
    items=pend(D, **{D[10]: "removed", D[11]: "rejected"}),
)

case(
    name="dc-receipt-plus-urgent-deletions",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 13:05:40 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 접수 및 긴급 건 처리 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

보내주신 시정요구 공문은 정상 접수되었습니다. (접수번호 DCR-0904-117)

이 중 긴급 건으로 분류된 아래 2건은 접수 즉시 삭제 처리하였습니다.
 - {D[2]}
 - {D[3]}

나머지 게시물은 담당 부서 검토 후 순차적으로 처리할 예정이며, 결과는 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal receipt (접수번호) that also reports two urgent deletions",
    why="Receipt wording plus an unhedged deletion of two named URLs is not a pure acknowledgement.",
    items={D[2]: "removed", D[3]: "removed"},
)

_dc_qp_body = f"""안녕하세요, 디시인사이드 미니 갤러리 운영 담당입니다.

KCSC-240903-01 요청 건 중 썰 미니 갤러리(ssul_room) 게시물 처리 결과입니다.

{D[8]}
- 삭제 처리하였습니다. (음란물 게시, 작성자 IP 차단 병행)

{D[9]}
- 작성자 본인이 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.
"""
case(
    name="dc-quoted-printable-mini-gallery",
    **{"from": "mini@dcinside.com"}, name_from="디시인사이드 미니갤러리",
    date="Fri, 06 Sep 2024 18:33:02 +0900",
    subject="[디시인사이드] 미니 갤러리 게시물 처리 결과 (KCSC-240903-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_dc_qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator notice sent quoted-printable with an encoded-word subject",
    why="Each URL is followed by its result: deleted, and deleted by the author (not_found).",
    items={D[8]: "removed", D[9]: "not_found"},
)

case(
    name="naver-imsijochi-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Fri, 06 Sep 2024 14:00:12 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)",
    body=f"""안녕하세요. NAVER 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 요청번호: KCSC-240904-02

■ 처리 결과
 ㆍ대상 게시물: {N[0]}
 ㆍ조치 내용: 임시조치 (정보통신망법 제44조의2, 30일)

 ㆍ대상 게시물: {N[1]}
 ㆍ조치 내용: 삭제

■ 게시자의 재게시 요청 절차 안내
 https://right.naver.com/help/republish

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 notice (임시조치 / 삭제), with a 재게시 help link",
    why="임시조치 on the first blog post (restricted), 삭제 on the second; the help links are not items.",
    items={N[0]: "restricted", N[1]: "removed"},
)

case(
    name="naver-cafe-raw-korean-path",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 운영지원",
    date="Mon, 09 Sep 2024 11:41:30 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구 (네이버)",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청하신 카페 게시물 2건을 확인하여 아래와 같이 처리하였습니다.

{N3_RAW} : 블라인드 처리 (카페 운영정책 위반 - 미등록 투자자문)
https://cafe.naver.com/quickloanhub/90127 : 작성자가 이미 삭제한 게시물로, 현재 확인되지 않습니다.

블로그 및 지식iN 게시물은 각 서비스 담당 부서에서 별도 회신드릴 예정입니다.

감사합니다.
네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply (블라인드 처리 / author-deleted), with a Korean cafe path written raw",
    why="The raw Korean cafe path matches the percent-encoded request URL; blinded = removed, author-deleted = not_found.",
    items={N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-kin-kept-english",
    **{"from": "kin_policy@navercorp.com"}, name_from="NAVER Knowledge iN Policy",
    date="Tue, 10 Sep 2024 10:05:18 +0900",
    subject="Re: [KCSC-240904-02] Knowledge iN question",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Dear KCSC team,

Thank you for your request. We reviewed the Knowledge iN question you reported:
{N[4]}

The question asks other users how interest is calculated on a personal loan.
It does not advertise a lender, give contact details or link to a lending
service, and we found no breach of the Knowledge iN operating policy or of
Korean law. We have therefore decided not to remove it, and it stays online.

If you have information we may have missed, please reply to this email.

Kind regards,
Knowledge iN Policy Team, NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team English refusal with its reason",
    why="A reasoned refusal about the one named URL: rejected.",
    items={N[4]: "rejected"},
)

_naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b> 관련 조치 결과를 아래 표로 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>서비스</th><th>URL</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>블로그</td><td>{N[0]}</td><td>비공개 처리</td></tr>
<tr><td>블로그</td><td>{N[1]}</td><td>19세 미만 이용자 열람 제한</td></tr>
<tr><td>카페</td><td>{N[2]}</td><td>삭제</td></tr>
</tbody></table>
<p>지식iN 및 카페(quickloanhub) 게시물은 검토가 끝나는 대로 안내드리겠습니다.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-qp-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 07 Sep 2024 09:14:56 +0900",
    subject="[NAVER] 시정요구 조치결과 (KCSC-240904-02)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_naver_html)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 table in quoted-printable HTML (비공개 처리 / 열람 제한 / 삭제)",
    why="Three rows each with a result; 비공개 처리 removes, 19세 미만 열람 제한 restricts; the rest is only promised.",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="Statement of reasons - your notice KCSC-240904-02",
    body=f"""Statement of reasons

Notice reference: KCSC-240904-02
Notifier: Korea Communications Standards Commission

1. Content: {N[3]}
   Decision: removal of the content
   Ground: unregistered money-lending advertisement, illegal under Korean law
   Detected or decided by automated means: no

2. Content: {N[0]}
   Decision: temporary measure (임시조치) under Article 44-2 of the
             Network Act, for 30 days
   Ground: notice by a public authority
   Detected or decided by automated means: no

Redress: the uploader may ask for the content to be reinstated through
https://right.naver.com/help/republish. Our policies are published at
https://policy.naver.com/rules/service.html.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons in English from a Korean portal",
    why="Removal of the cafe post; a 30-day temporary measure (임시조치) restricts the blog post; policy links are not items.",
    items={N[3]: "removed", N[0]: "restricted"},
)

case(
    name="daum-kakao-imsijochi",
    **{"from": "noreply_cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:31:22 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내",
    body=f"""안녕하세요, 카카오 고객센터입니다.

KCSC-240906-03 건으로 신고하신 Daum 카페 게시물에 대하여 아래와 같이 처리되었음을 알려드립니다.

[처리 결과]
1. {K[0]}
   임시조치 (정보통신망법 제44조의2, 30일간 / 게시자 이의제기 가능)
2. {K[1]}
   삭제

정보통신망 이용촉진 및 정보보호 등에 관한 법률에 따라 처리되었습니다.
운영정책 보기: https://www.daum.net/policy/operation

※ 본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 권리침해 신고 처리 결과 mail (임시조치 / 삭제)",
    why="임시조치 for the first cafe post (restricted), 삭제 for the second.",
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="daum-cafe-blind-bilingual",
    **{"from": "cafe_safety@daum.net"}, name_from="Daum 카페 운영팀",
    date="Tue, 10 Sep 2024 14:48:09 +0900",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구 (다음(카카오))",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다. (English below)

- {K[2]}
  → 블라인드 처리 완료
- {K[3]}
  → 존재하지 않는 게시글입니다.

Hello, this is the Daum Cafe operations team.
- {K[2]}: blinded (no longer visible to anyone).
- {K[3]}: the post does not exist.

감사합니다. / Thank you.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations bilingual reply (블라인드 처리 / 게시글 없음)",
    why="Both languages agree: the first post is blinded (removed), the second does not exist.",
    items={K[2]: "removed", K[3]: "not_found"},
)

_daum_b64 = f"""안녕하세요, 카카오 Daum 서비스 운영 담당자입니다.

KCSC-240906-03 요청 건 처리 결과를 안내드립니다.

 1. {K[0]} - 삭제
 2. {K[2]} - 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
 3. {K[3]} - 게시글 없음 (이미 삭제된 주소)

나머지 1건은 확인 후 안내드리겠습니다.
감사합니다.
"""
case(
    name="daum-base64-mixed",
    **{"from": "daum_ops@kakaocorp.com"}, name_from="Kakao Daum 운영",
    date="Wed, 11 Sep 2024 09:02:47 +0900",
    subject="RE: [KCSC-240906-03] 처리 결과",
    reply_to_req=msgid("KCSC-240906-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_b64)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao operations reply sent base64-encoded",
    why="Deleted, kept for no violation (rejected), no such post (not_found); one item only promised.",
    items={K[0]: "removed", K[2]: "rejected", K[3]: "not_found"},
)

case(
    name="daum-text-table",
    **{"from": "daum_ops@kakaocorp.com"}, name_from="Kakao Daum 운영",
    date="Thu, 12 Sep 2024 17:55:30 +0900",
    subject="[Daum] KCSC-240906-03 조치 결과 회신",
    body=f"""KCSC 담당자님 안녕하세요.
요청 건 최종 조치 결과입니다.

No | URL                                              | 결과
---+--------------------------------------------------+---------------------
1  | {K[0]}      | 삭제
2  | {K[1]}      | 삭제
3  | {K[2]} | 유지 (위반 아님)
4  | {K[3]} | 국내 접근 제한

이상입니다.
카카오 Daum 운영 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Plain-text result table typed by a portal employee",
    why="Four rows, one result each; 국내 접근 제한 restricts in Korea.",
    items={K[0]: "removed", K[1]: "removed", K[2]: "rejected", K[3]: "restricted"},
)

case(
    name="soop-trust-safety-english",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 19:12:44 +0900",
    subject="[SOOP] Outcome of your notice KCSC-240909-04",
    body=f"""Hello,

Thank you for contacting SOOP Trust & Safety. We have reviewed the content in
your notice KCSC-240909-04 and taken the following actions:

* {S[0]}
  The VOD was deleted for sexual content and the streamer's account received
  a 7-day broadcast suspension.

* {S[1]}
  This VOD has been set to 19+ only. Users must verify that they are adults
  before it plays.

* {S[2]}
  We could not find this station post. The link returns "존재하지 않는 게시글입니다".

You can read our community guidelines at https://www.sooplive.co.kr/policy.

Regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust-and-safety English outcome mail",
    why="Deleted, age-restricted (19+), and not found, each under its URL.",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "not_found"},
)

case(
    name="soop-bare-url-result-below",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 15:30:05 +0900",
    subject="RE: [KCSC-240909-04] 불법정보 시정요구 (SOOP)",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요, SOOP 고객센터입니다.

{S[0]}
VOD 삭제 완료

{S[2]}
방송국 게시글 삭제 완료

남은 1건(VOD 138820955)은 콘텐츠 검수팀 확인 후 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short SOOP customer-centre reply: bare URL, result on the next line",
    why="Each bare URL is followed by 삭제 완료; the third VOD is only promised.",
    items={S[0]: "removed", S[2]: "removed"},
)

_soop_csv = "\ufeffurl,result,comment\n" + "\n".join([
    f"{S[0]},삭제,음란 행위 노출",
    f"{S[1]},삭제,음란 행위 노출",
    f"{S[2]},유지,방송 공지 글 - 위반 사항 없음",
]) + "\n"
case(
    name="soop-csv-attachment",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP 법무팀",
    date="Thu, 12 Sep 2024 11:08:19 +0900",
    subject="RE: [KCSC-240909-04] 조치 결과 송부",
    reply_to_req=msgid("KCSC-240909-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_soop_legal_7731"

--=_soop_legal_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, SOOP 법무팀입니다.
요청하신 3건의 조치 결과를 첨부와 같이 송부드립니다.

--=_soop_legal_7731
Content-Type: application/vnd.ms-excel; name="soop_result_0912.csv"
Content-Disposition: attachment; filename="soop_result_0912.csv"
Content-Transfer-Encoding: base64

{b64(_soop_csv)}
--=_soop_legal_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="Legal team mail with a CSV attachment sent under an Excel MIME type",
    why="The CSV gives 삭제, 삭제, 유지 (no violation) for the three URLs.",
    items={S[0]: "removed", S[1]: "removed", S[2]: "rejected"},
)

case(
    name="fmkorea-korean-prose",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 22:17:36 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 시정요구 (에펨코리아)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

요청하신 두 게시물 중 {F[0]} 은 불법 도박 사이트 홍보 글로 확인되어 삭제하였습니다.
반면 {F[1]} 은 해외축구 경기 결과에 대한 토론 글로, 사이트 규정이나 법령을 위반하는 내용이 없어 삭제하지 않았습니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Community-site admin reply in Korean prose (one deleted, one kept with a reason)",
    why="One deletion and one reasoned refusal, each in its own sentence with its URL.",
    items={F[0]: "removed", F[1]: "rejected"},
)

case(
    name="fmkorea-angle-brackets-english",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date="Fri, 13 Sep 2024 08:40:00 +0900",
    subject="Re: [KCSC-240910-05] FM Korea posts",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""Hi,

Results for your two links:

<{F[1]}> - removed by a moderator on 2024-09-12.
<{F[0]}> - we could not find this document; the link shows
"삭제되었거나 존재하지 않는 게시물입니다" and there is no record of it in
our moderation log.

Thanks,
FM Korea admin team
""",
    outcome="applied", classification="confirmation",
    imitates="Terse English admin reply with URLs in angle brackets",
    why="Removed for the first line; could not find / no record for the second (not_found).",
    items={F[1]: "removed", F[0]: "not_found"},
)

case(
    name="ppomppu-sole-statement",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 13:22:48 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 시정요구 (뽐뿌)",
    reply_to_req=msgid("KCSC-240911-06"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 금일 오전 삭제 조치하였습니다.
작성자에게는 이용 정지 7일이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short community-site reply to a one-item request, naming no URL",
    why="A reply to a one-item request stating the post was deleted: applies to that item.",
    items={P[0]: "removed"},
)

case(
    name="ppomppu-fullwidth-paren",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 10:02:11 +0900",
    subject="[뽐뿌] KCSC-240911-06 처리 안내",
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글（{P[0]}）은 운영자 권한으로 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice with the URL inside full-width parentheses",
    why="The URL in full-width parentheses is the one item; 운영자 권한으로 삭제 = removed.",
    items={P[0]: "removed"},
)

case(
    name="nate-pann-mixed",
    **{"from": "pann_help@nate.com"}, name_from="네이트 판 운영팀",
    date="Mon, 16 Sep 2024 14:10:33 +0900",
    subject="RE: [KCSC-240912-07] 불법정보 시정요구 (네이트)",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""안녕하세요, 네이트 판 운영팀입니다.

요청하신 판 게시물의 처리 결과를 알려드립니다.

1. {T[0]}
   개인정보 노출 게시물로 확인되어 삭제하였습니다.
2. {T[1]}
   해당 게시물은 이미 삭제되어 존재하지 않습니다.

감사합니다.
SK커뮤니케이션즈 네이트 판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operations reply (삭제 / 존재하지 않음)",
    why="Deleted for the first post; the second no longer exists (not_found).",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="nate-html-english",
    **{"from": "trustsafety@skcomms.co.kr"}, name_from="SK Communications Trust & Safety",
    date="Tue, 17 Sep 2024 11:45:00 +0900",
    subject="Re: [KCSC-240912-07] Nate Pann notice",
    reply_to_req=msgid("KCSC-240912-07"),
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below our decisions on the two Nate Pann posts in your notice.</p>
<ul>
<li><a href="{T[0]}">{T[0]}</a><br>
Not removed. The post discusses a public figure's published statements and
contains no personal information such as a phone number or address. It does
not violate the Pann guidelines.</li>
<li><a href="{T[1]}">{T[1]}</a><br>
A temporary measure (임시조치) applies to this post for 30 days while the
author may respond.</li>
</ul>
<p>Kind regards,<br>Trust &amp; Safety, SK Communications</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="English HTML decision list from a portal trust-and-safety team",
    why="A reasoned refusal (rejected) and a 임시조치 (restricted), each under its link.",
    items={T[0]: "rejected", T[1]: "restricted"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:40:10 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구 (네이버)",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

요청하신 블로그 게시물 2건
 {N[0]}
 {N[1]}
은 현재 담당 부서에서 검토 중이며, 위반이 확인되는 경우 순차적으로 게시중단 조치될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal interim reply: under review, will be taken down if a breach is confirmed",
    why="Under review and a conditional promise: no statement; names items, so review not_understood.",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 19:02:27 +0900",
    subject="RE: [KCSC-240903-01] 리버리지 갤러리 게시물 문의",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

문의하신 리버리지 마이너 갤러리 게시물
{D[5]}
{D[6]}
두 건은 현재 조회되지 않는 것으로 보아 이미 삭제된 것 같습니다.

정확한 삭제 주체와 시점은 로그 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator reply hedging ('seems already deleted') pending a log check",
    why="'것으로 보아 … 같습니다' is a guess, not a statement: items stay pending.",
    items={D[5]: "pending", D[6]: "pending"},
)

case(
    name="daum-bulk-all-deleted",
    **{"from": "cafe_safety@daum.net"}, name_from="Daum 카페 운영팀",
    date="Wed, 11 Sep 2024 16:16:16 +0900",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구 (다음(카카오))",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 모두 삭제 처리 완료하였습니다.

감사합니다.

2024년 9월 6일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240906-03")}
""",
    outcome="review", review="bulk",
    imitates="One-line 'all requested posts deleted' reply over a Gmail-Korean quote",
    why="'모두 삭제' for a four-item request without naming each; the URLs appear only in the quote.",
    items=pend(K),
)

case(
    name="soop-bulk-english",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 21:03:09 +0900",
    subject="Re: KCSC-240909-04",
    body="""Hello,

We have removed all of the VODs and posts listed in your notice KCSC-240909-04.
The streamer concerned has been suspended pending a further review.

Regards,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Trust-and-safety 'all reported content removed' reply",
    why="A collective statement for a three-item request names no item: bulk.",
    items=pend(S),
)

case(
    name="dc-auth-fail-relay",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Thu, 05 Sep 2024 12:12:12 +0900",
    subject="RE: [KCSC-240903-01] 처리 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["List-Id: <kcsc-relay.lists.example>"],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D[0]} : 삭제 완료
{D[1]} : 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Operator reply that reached us through a relay breaking DKIM (dmarc=fail)",
    why="Claims from a platform domain failing authentication are not applied.",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-outsourced-cs-vendor",
    **{"from": "naver_cs@greencs-partner.co.kr"}, name_from="NAVER 고객센터 (위탁운영 그린씨에스)",
    date="Fri, 06 Sep 2024 15:50:41 +0900",
    subject="[NAVER 고객센터] 요청하신 게시물 처리 안내 (KCSC-240904-02)",
    body=f"""안녕하세요, NAVER 고객센터 위탁운영사 그린씨에스 상담원 이하늘입니다.

요청하신 게시물 {N[0]} 은 삭제 처리되었습니다.

추가 문의는 본 메일로 회신 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Reply from an outsourced customer-centre contractor writing from its own domain",
    why="The sender's domain is not NAVER's: unknown_sender, nothing applied.",
    items={N[0]: "pending"},
)

case(
    name="blogger-gmail-self-deleted",
    **{"from": "moonlit.raven0@gmail.com"}, name_from="달빛까마귀",
    date="Sun, 08 Sep 2024 23:11:04 +0900",
    subject="블로그 글 삭제했습니다 (KCSC-240904-02)",
    body=f"""안녕하세요.
네이버에서 임시조치 안내를 받고 연락드립니다.

제 블로그 글 {N[1]} 은 제가 직접 삭제했습니다.
다른 글도 문제가 된다면 알려주세요. 심의가 종결되었으면 좋겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="The uploader writing from a Gmail address after getting the portal's notice",
    why="Not a platform domain; a clerk checks it but the ledger does not change.",
    items={N[1]: "pending"},
)

case(
    name="fmkorea-states-dc-original",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 19:25:50 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 시정요구 (에펨코리아)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

문의 주신 {F[0]} 글은 디시인사이드 게시물을 그대로 옮겨 온 것이라 원문을 먼저 확인했습니다.
원문 게시물 {D[3]} 은 디시인사이드에서 삭제되어 현재 존재하지 않습니다.

저희 사이트 게시물 처리 결과는 내부 검토가 끝나면 별도로 회신드리겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Community admin reporting on the original post at another site",
    why="FM Korea states the status of a DC Inside item; its own item is only promised.",
    items={D[3]: "pending", F[0]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 불법정보 시정요구 접수 창구 변경 안내",
    body="""안녕하세요, NAVER 정책지원팀입니다.

10월 1일부터 방송통신심의위원회 시정요구 공문 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: kcsc-desk@navercorp.com

기존 주소로 보내주신 메일도 10월 31일까지는 자동으로 전달됩니다.
관련 정책은 https://policy.naver.com/rules/service.html 에서 보실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal notice of a changed intake address for regulator requests",
    why="Trusted NAVER mail naming no item and no request.",
    items={},
)

case(
    name="fmkorea-asks-for-documents",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 14:44:12 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 시정요구 (에펨코리아)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청을 처리하기 위해 아래 자료를 회신해 주시기 바랍니다.
 1. 심의 의결서 사본
 2. 게시물별 위반 조항

자료를 확인하기 전까지 다음 두 게시물은 처리 보류 상태입니다.
{F[0]}
{F[1]}
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community admin asking for the decision documents before acting",
    why="Asks for documents; 처리 보류 is no status.",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="dc-conditional-after-appeal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 16:05:29 +0900",
    subject="RE: [KCSC-240903-01] 일부 게시물 소명 절차 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

아래 2건은 작성자에게 소명 기회를 부여하였습니다.
 {D[9]}
 {D[10]}

소명 기한(9월 13일)까지 소명이 없거나 소명이 받아들여지지 않으면 삭제됩니다.
결과는 기한 이후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator notice of an appeal window with a conditional deletion",
    why="Deletion only on a future condition: no statement, items named, not_understood.",
    items={D[9]: "pending", D[10]: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="naver-out-of-office-korean",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Wed, 04 Sep 2024 10:00:31 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240904-02] 불법정보 시정요구 (네이버)",
    reply_to_req=msgid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요, 김서윤입니다.

9월 9일(월)까지 휴가로 부재중입니다.
급한 시정요구 건은 policy@navercorp.com 으로 보내주시면 담당자가 처리합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동응답 / 부재중)",
    why="Auto-reply: ignored.",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:00:44 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A1B2C3D4.1725325244/mx2.dcinside.com"

--A1B2C3D4.1725325244/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@dcinside.com>: host mx2.dcinside.com[192.0.2.55] said: 550 5.1.1
    <legal-old@dcinside.com>: Recipient address rejected: User unknown

--A1B2C3D4.1725325244/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:00:41 +0900 (KST)

Final-Recipient: rfc822; legal-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-old@dcinside.com>: Recipient address
    rejected: User unknown

--A1B2C3D4.1725325244/mx2.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@dcinside.com
Subject: [KCSC-240903-01] =?UTF-8?B?67aI67KV7KCV67O0IOyLnOygleyalOq1rA==?=
Message-ID: <{msgid("KCSC-240903-01")}@kcsc.example>
Date: Tue, 3 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{chr(10).join(request_text("KCSC-240903-01")[:10])}

--A1B2C3D4.1725325244/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="Bounce: the URLs are in our own returned request.",
    items={D[0]: "pending", D[1]: "pending", D[2]: "pending"},
)

case(
    name="soop-read-receipt",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP 법무팀",
    date="Mon, 09 Sep 2024 10:47:02 +0900",
    subject="읽음: [KCSC-240909-04] 불법정보 시정요구 (SOOP)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_soop_0909"

--mdn_soop_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 읽었습니다.

받는 사람: legal@sooplive.co.kr
제목: [KCSC-240909-04] 불법정보 시정요구 (SOOP)
읽은 날짜: 2024-09-09 오전 10:47

--mdn_soop_0909
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@sooplive.co.kr
Original-Message-ID: <{msgid("KCSC-240909-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_soop_0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply_cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 10:02:18 +0900",
    subject="[카카오 고객센터] 문의 접수 완료 안내 (접수번호 2409061238871)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 ㆍ접수번호: 2409061238871
 ㆍ문의 제목: [KCSC-240906-03] 불법정보 시정요구 (다음(카카오))
 ㆍ접수일시: 2024-09-06 10:02

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 메일로 안내됩니다.
문의 내역은 https://cs.kakao.com/requests 에서 확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (문의 접수 완료, 접수번호)",
    why="Pure receipt with a ticket number: ignored.",
    items={},
)

case(
    name="fmkorea-out-of-office-english",
    **{"from": "jaeho.lee@fmkorea.com"}, name_from="Jaeho Lee",
    date="Tue, 10 Sep 2024 10:00:20 +0900",
    subject="Automatic reply: [KCSC-240910-05] 불법정보 시정요구 (에펨코리아)",
    reply_to_req=msgid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am out of the office until Monday 16 September with limited access to email.
For moderation requests please write to admin@fmkorea.com.

Jaeho Lee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook English 'Automatic reply' out-of-office",
    why="Auto-reply: ignored.",
    items={},
)

case(
    name="nate-helpdesk-ack-echo",
    **{"from": "support@nate.com"}, name_from="Nate 고객센터",
    date="Thu, 12 Sep 2024 10:01:05 +0900",
    subject="[Nate 고객센터] Request received: #482113",
    extra_headers=["Auto-Submitted: auto-generated", "X-Helpdesk-Ticket: 482113"],
    body=f"""##- 이 줄 위에 답장을 입력하세요 / Please type your reply above this line -##

요청이 접수되었습니다. / Your request (#482113) has been received.

담당자가 검토 후 답변드리겠습니다. 추가 정보가 있으면 이 메일에 회신해 주세요.
Our team will review it and reply to you. To add information, reply to this email.

----------------------------------------------
접수된 내용 / Your message:

{chr(10).join(request_text("KCSC-240912-07"))}
----------------------------------------------

Nate 고객센터 | https://help.nate.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk (Zendesk-style) ticket receipt echoing the submitted request",
    why="Pure receipt; the URLs are our own request echoed back.",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="ppomppu-qmail-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.ppomppu.co.kr"}, name_from="MAILER-DAEMON",
    date="Wed, 11 Sep 2024 10:00:52 +0900",
    subject="failure notice",
    body=f"""Hi. This is the qmail-send program at mail.ppomppu.co.kr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<report@ppomppu.co.kr>:
552 5.2.2 Mailbox full: quota exceeded

--- Below this line is a copy of the message.

Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: report@ppomppu.co.kr
Subject: [KCSC-240911-06] =?UTF-8?B?67aI67KV7KCV67O0IOyLnOygleyalOq1rA==?=
Message-ID: <{msgid("KCSC-240911-06")}@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900

{chr(10).join(request_text("KCSC-240911-06"))}
""",
    outcome="ignored", classification="bounce",
    imitates="qmail 'failure notice' bounce (mailbox full) with a copy of our request",
    why="Bounce: ignored; the URL is in our returned request.",
    items={P[0]: "pending"},
)

HEADER = """# Blind set 741 (tests/corpus/blind741): Korean portals and community sites,
# Korean and English mixed, with doubtful and ignorable mail. Generated by
# make.py; expected results written from each email's meaning before any run.
"""


# Subjects left as raw UTF-8 (RFC 6532 style, as some Korean mailers send);
# every other non-ASCII subject and display name is an RFC 2047 encoded-word.
RAW_SUBJECT = {"dc-numbered-status-below", "nate-pann-mixed", "blogger-gmail-self-deleted"}


def encode_headers(c):
    if not c.get("name_from", "").isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind741", HEADER, CASES)


if __name__ == "__main__":
    main()
