#!/usr/bin/env python3
"""Blind set 255: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu; Nate and Clien as senders only),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

Every email is fictional and written for this set; expected results were
written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind255/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-04 15:12:09' in KST -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_trade/223571104821",
    2: "https://blog.naver.com/moonlit_trade/223571198440",
    3: "https://blog.naver.com/ggul_jackpot/223566310977",
    4: "https://cafe.naver.com/slotnightclub/18342",
    5: "https://cafe.naver.com/slotnightclub/18355",
    6: "https://cafe.naver.com/slotnightclub/18371",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=472118306",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=472120954",
    9: "https://blog.naver.com/ggul_jackpot/223569001245",
    10: "https://cafe.naver.com/bluepillmarket/5521",
    11: "https://cafe.naver.com/bluepillmarket/5533",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=55120987",
    13: "https://tv.naver.com/v/59230118",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120445",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120518",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331207",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331260",
}
K = {
    1: "https://cafe.daum.net/hanbit-invest/Fq3x/2281",
    2: "https://cafe.daum.net/hanbit-invest/Fq3x/2290",
    3: "https://lucky-moon.tistory.com/entry/%EC%8A%AC%EB%A1%AF-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%B6%94%EC%B2%9C",
}
K3_RAW = "https://lucky-moon.tistory.com/entry/슬롯-사이트-추천"
S = {
    1: "https://vod.sooplive.co.kr/player/131904277",
    2: "https://ch.sooplive.co.kr/nightowl_bj/post/118402233",
}
F = {1: "https://www.fmkorea.com/7384120593"}
I = {
    1: "https://www.inven.co.kr/board/lostark/4811/2209331",
    2: "https://www.inven.co.kr/board/maple/5974/1183092",
}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9034418",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9034502",
    3: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410276",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 14)], "illegal_gambling",
     "blogs, cafés, 지식iN, post and a clip advertising gambling sites and selling prescription drugs"),
    ("KCSC-240904-02", "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "privacy", "posts disclosing a person's phone number and address"),
    ("KCSC-240905-03", "daum", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "illegal_gambling", "two café posts and a Tistory entry"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [S[1], S[2]], "illegal_gambling", "VOD and channel post promoting a betting site"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [F[1]], "defamation", "single post"),
    ("KCSC-240910-06", "inven", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [I[1], I[2]], "illegal_trade", "account and item trading for cash"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [P[1], P[2], P[3]], "fraud", "phishing and fake sale posts"),
]
URLS_OF = {r[0]: r[4] for r in REQUESTS}


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls=None):
    """The regulator's own request, as it would be quoted back."""
    urls = urls or URLS_OF[ref]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 통보하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for n, u in enumerate(urls, 1):
        lines.append(f"{n}. {u}")
    lines += ["", "KCSC Takedown Desk / takedown@kcsc.example"]
    return lines


def quoted(ref, urls=None, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref, urls))


NAVER = "NAVER"
cases = []


def case(**kw):
    cases.append(kw)


# ======================================================= NAVER (KCSC-240903-01)
rows = [
    (N[1], "블로그", "삭제", "불법 도박 사이트 홍보"),
    (N[2], "블로그", "삭제", "불법 도박 사이트 홍보"),
    (N[3], "블로그", "임시조치(30일)", "정보통신망법 제44조의2"),
    (N[4], "카페", "블라인드", "카페 운영정책 위반"),
    (N[5], "카페", "게시물 없음", "작성자가 이미 삭제한 게시물입니다"),
    (N[6], "카페", "조치 불가", "운영정책 위반 사항이 확인되지 않습니다"),
]
tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{svc}</td><td><b>{res}</b></td><td>{note}</td></tr>'
    for i, (u, svc, res, note) in enumerate(rows, 1)
).replace("&", "&amp;")
case(
    name="naver-result-html-table",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-06 17:20:41"), subject="[NAVER] 게시중단 요청 처리결과 안내 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"), type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 정책지원 담당입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>KCSC-240903-01</b> 건 가운데 블로그·카페 게시물 6건의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#03c75a"><th>No</th><th>URL</th><th>서비스</th><th>처리결과</th><th>비고</th></tr>
{tr}
</table>
<p>나머지 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다.</p>
<p>게시중단 정책 안내: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 정책지원 창구를 이용해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리결과 안내 with a per-URL result table (삭제/임시조치/블라인드/게시물 없음/조치 불가)",
    why="table rows state 삭제, 임시조치, 블라인드, author-deleted and refused per URL; the policy link is not an item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found", N[6]: "rejected"},
)

case(
    name="naver-kin-numbered-korean",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date=d("2024-09-05 11:02:13"), subject="Re: [KCSC-240903-01] 시정요구 통보 - 지식iN 게시물 처리 결과",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

KCSC-240903-01 요청 건 중 지식iN 게시물 2건에 대한 처리 결과를 알려드립니다.

1. {N[7]}
   → 질문과 답변 전체를 삭제하였습니다. (의약품 불법 판매 알선)

2. {N[8]}
   → 해당 주소의 질문은 존재하지 않습니다. 이미 삭제되었거나 잘못된 주소입니다.

그 밖의 게시물은 각 서비스 담당자가 회신드릴 예정입니다.

감사합니다.
네이버 지식iN 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply, numbered list with the result on the line below each URL",
    why="first question deleted; second 'does not exist / wrong address' is not_found",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-english-top-posted",
    **{"from": "ts-global@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-06 09:41:55"), subject="Re: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

Regarding your request KCSC-240903-01: the two posts in the café
"bluepillmarket" listed below were removed on 6 September 2024 for
violating our rules on the sale of prescription drugs.

- {N[10]}
- {N[11]}

New memberships to that café have also been suspended while the café
operator is being contacted. Our Korean team will answer separately on
the other URLs in your letter.

Best regards,
Hana Seo
Trust & Safety, NAVER Corp.

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the regulator's quoted request (Gmail 'On ... wrote:')",
    why="only the two café posts are stated removed; the 13 URLs below are the quoted request",
    items={N[10]: "removed", N[11]: "removed"},
)

csv_text = "\ufeff요청번호,URL,처리결과,처리일시\n" + "\n".join([
    f"KCSC-240903-01,{N[9]},삭제,2024-09-07 14:10",
    f"KCSC-240903-01,{N[12]},연령제한(19세 이상),2024-09-07 14:22",
    f"KCSC-240903-01,{N[13]},조치안함(위반사항 없음),2024-09-07 15:03",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-07 16:30:02"), subject="[KCSC-240903-01] 처리 결과 회신 (첨부)",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mix-7731"

--nv-mix-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 정책지원입니다.

KCSC-240903-01 요청 건 중 3건의 처리 결과를 첨부 CSV 파일로 송부드립니다.
확인 부탁드립니다.

NAVER 정책지원 드림

--nv-mix-7731
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-mix-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (요청번호, URL, 처리결과, 처리일시)",
    why="CSV rows: 삭제 -> removed, 연령제한 -> restricted, 조치안함(위반사항 없음) -> rejected",
    items={N[9]: "removed", N[12]: "restricted", N[13]: "rejected"},
)

case(
    name="naver-tv-age-restricted",
    **{"from": "navertv_ops@navercorp.com"}, name_from="네이버TV 운영",
    date=d("2024-09-05 15:48:30"), subject="RE: [KCSC-240903-01] 네이버TV 클립 관련",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버TV 운영 담당자입니다.

통보해주신 클립 {N[13]} 은 검토 결과 성인 대상 도박 게임 장면이 포함되어
19세 이상 로그인 이용자만 시청할 수 있도록 연령 제한 처리하였습니다.
(Age restriction applied: 19+ only, effective 2024-09-05 15:30 KST)

문의 사항이 있으시면 회신 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="video service operator reply applying an age gate (연령 제한 / 19세 이상)",
    why="age restriction of the clip is restricted",
    items={N[13]: "restricted"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "report_noreply@naver.com"}, name_from="네이버 신고센터",
    date=d("2024-09-04 20:05:17"), subject="[네이버 신고센터] 신고하신 게시물 처리 결과 안내",
    body=f"""네이버 신고센터입니다.
신고해 주신 게시물에 대한 처리 결과를 안내해 드립니다.

■ 신고 내용 (1)
 - 신고 번호 : R-2409-0418832
 - 신고 대상 : {N[4]}
 - 신고 사유 : 불법 도박 홍보
■ 처리 결과 (1)
 - 게시중단(블라인드) 처리되었습니다.

■ 신고 내용 (2)
 - 신고 번호 : R-2409-0418833
 - 신고 대상 : {N[6]}
 - 신고 사유 : 불법 도박 홍보
■ 처리 결과 (2)
 - 권리침해 여부 판단이 어려워 30일간 임시조치(게시 중단) 되었습니다.

신고센터 이용 안내: https://help.naver.com/service/5640/contents/report
※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing each report (신고 대상 / 처리 결과)",
    why="echoed report blocks: first blinded (removed), second 임시조치 (restricted); matched by URL only",
    items={N[4]: "removed", N[6]: "restricted"},
)

case(
    name="naver-access-restricted-korea",
    **{"from": "ts-global@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-08 10:12:44"), subject="KCSC-240903-01 - blog posts",
    body=f"""Dear KCSC team,

Following your request KCSC-240903-01 we took these actions on two blog posts:

  {N[2]}
  Deleted by NAVER (illegal gambling promotion).

  {N[3]}
  Access restricted for users in the Republic of Korea under a temporary
  measure; the blogger has 30 days to file an objection.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English portal reply, each URL followed by its action (deleted / access restricted in Korea)",
    why="first post deleted; second restricted in Korea (temporary measure)",
    items={N[2]: "removed", N[3]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-03 16:55:09"), subject="[접수번호 NV-2409-77120] 시정요구 접수 및 처리 안내",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요, NAVER 정책지원입니다.

귀 위원회의 시정요구(KCSC-240903-01)가 정상 접수되었습니다. (접수번호 NV-2409-77120)

접수 직후 긴급 건으로 분류하여 아래 블로그 게시물 2건은 게시중단 조치를 완료하였습니다.
 - {N[1]} : 게시중단
 - {N[9]} : 게시중단

나머지 게시물은 처리 완료 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="receipt notice (접수번호) that also reports finished actions",
    why="acknowledgement phrase plus unhedged 게시중단 for two named posts: not a pure acknowledgement",
    items={N[1]: "removed", N[9]: "removed"},
)

kin_html = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요, 네이버 지식iN 고객센터입니다.</p>
<p>요청번호 KCSC-240903-01 관련 지식iN 게시물 처리 내역입니다.</p>
<ul>
<li><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a><br>질문자 계정 이용정지 및 게시물 <b>비공개 처리</b> 완료</li>
<li><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a><br>약사가 작성한 일반 복약 안내 답변으로 확인되어 <b>게시 유지</b>합니다. (운영원칙 위반 없음)</li>
</ul>
<p>감사합니다.</p>
</div></body></html>"""
case(
    name="naver-kin-base64-html",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 고객센터",
    date=d("2024-09-06 13:27:51"), subject="[지식iN] 요청 게시물 처리 내역 안내",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kin_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML notice, base64-encoded, bulleted list with the result under each link",
    why="one post made private (비공개 처리 = removed); the other kept because it breaks no rule (rejected)",
    items={N[8]: "removed", N[7]: "rejected"},
)

case(
    name="naver-cafe-promise",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date=d("2024-09-04 10:31:26"), subject="Re: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 카페 게시물
{N[4]}
{N[5]}
{N[6]}
에 대해서는 카페 운영정책에 따라 담당 부서에서 검토 후 순차적으로
게시중단 조치할 예정입니다. 조치가 완료되면 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising 검토 후 조치할 예정",
    why="only a promise to act after review; named items stay pending",
    items={N[4]: "pending", N[5]: "pending", N[6]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-09 18:02:37"), subject="[KCSC-240903-01] 조치 완료 보고",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, NAVER 정책지원입니다.

KCSC-240903-01로 요청하신 게시물 13건은 모두 게시중단 조치를 완료하였습니다.
세부 내역이 필요하시면 말씀해 주십시오.

NAVER 정책지원 드림
""",
    outcome="review", review="bulk",
    imitates="short 조치 완료 보고 covering a whole request without listing URLs",
    why="'all 13 posts' of a 13-item request without naming any: bulk",
    items={u: "pending" for u in URLS_OF["KCSC-240903-01"]},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@naver.com"}, name_from="NAVER 정책지원", auth="fail",
    date=d("2024-09-05 02:14:09"), subject="RE: KCSC-240903-01 처리완료",
    body=f"""처리 완료 안내

KCSC-240903-01 건 블로그 게시물 두 개를 삭제했습니다.
{N[1]}
{N[2]}

문의: 010-0000-0000
""",
    outcome="review", review="untrusted",
    imitates="portal-looking result mail whose DKIM/SPF/DMARC fail",
    why="claims removal from a naver.com address that fails authentication",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "slotnight.cafe.mgr@gmail.com"}, name_from="슬롯나이트 카페 매니저",
    date=d("2024-09-04 23:40:18"), subject="방심위 요청 글 지웠습니다",
    body=f"""안녕하세요 slotnightclub 카페 매니저입니다.
네이버에서 연락받고 요청하신 글 3개 모두 제가 직접 삭제했습니다.

{N[4]}
{N[5]}
{N[6]}

앞으로 도박 관련 홍보글은 올라오지 않게 관리하겠습니다. 카페 폐쇄만은 막아주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="café manager (a user, not the platform) writing from a personal webmail address",
    why="a Gmail address is not NAVER; its claims cannot change statuses",
    items={N[4]: "pending", N[5]: "pending", N[6]: "pending"},
)

case(
    name="naver-search-delists-tistory",
    **{"from": "search_policy@navercorp.com"}, name_from="네이버 검색 정책",
    date=d("2024-09-06 11:09:00"), subject="[KCSC-240905-03] 검색 결과 노출 제외 안내",
    body=f"""안녕하세요, 네이버 검색 정책 담당입니다.

참조로 받은 KCSC-240905-03 요청서의 티스토리 게시물
{K3_RAW}
은(는) 네이버 검색 결과에서 노출 제외(삭제) 처리하였습니다.
원문 게시물의 삭제는 해당 서비스 운영사(카카오)에 요청해 주셔야 합니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search engine delisting notice about another company's page",
    why="NAVER speaks about a Tistory (Daum/Kakao) item; search delisting is not the platform's removal",
    items={K[3]: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "jiyoon.park@navercorp.com"}, name_from="박지윤",
    date=d("2024-09-03 10:00:41"), subject="[자동회신] 부재중입니다: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박지윤입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 시정요구 건은 정책지원 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office until 6 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange out-of-office reply in Korean and English",
    why="out-of-office auto-reply",
)

case(
    name="naver-receipt-only",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-03 10:02:05"), subject="[NAVER] 게시중단 요청이 접수되었습니다 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, NAVER입니다.

보내주신 게시중단 요청이 정상적으로 접수되었습니다.
 - 접수번호: NV-2409-77120
 - 접수일시: 2024.09.03 10:01
 - 요청 건수: 13건

검토가 끝나면 처리 결과를 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 안내 (receipt with 접수번호)",
    why="pure receipt: ticket created, nothing stated about any item",
)

# ======================================================= DC Inside (KCSC-240904-02)
DC = "dcinside"
case(
    name="dc-operator-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-04 17:26:03"), subject="[디시인사이드] KCSC-240904-02 처리 결과",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240904-02 요청 건 처리 결과 알려드립니다.

주식 갤러리 {D[1]} 와 {D[2]} 두 게시물은 개인정보 노출로 운영자 삭제 처리하였고, 작성자 IP는 7일간 차단하였습니다.

코인 마이너 갤러리 {D[3]} 은 확인해 보니 작성자가 이미 삭제하여 존재하지 않는 글입니다.

나머지 한 건은 갤러리 매니저와 확인 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply in Korean prose, URLs followed by particles (와, 은)",
    why="two posts 운영자 삭제 (removed); the third already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-mgallery-refused",
    **{"from": "report@dcinside.com"}, name_from="DC Inside Report Center",
    date=d("2024-09-06 14:40:57"), subject="Re: [KCSC-240904-02] 시정요구 통보",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요.

{D[4]}
위 게시물은 검토 결과 특정인의 연락처나 주소가 아닌 거래소 고객센터 대표번호가 적힌 글로 확인되어 삭제하지 않았습니다.
(Reviewed: the number in the post is an exchange's public customer-service line, not personal data. The post stays up.)

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="community site refusal with its reason, Korean with an English gloss",
    why="refused with a reason: the post breaks no rule (rejected)",
    items={D[4]: "rejected"},
)

case(
    name="dc-bare-urls-arrows",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-05 12:03:11"), subject="KCSC-240904-02 건",
    body=f"""KCSC-240904-02 건 처리 내역입니다.

{D[1]}
→ 삭제 완료

{D[2]}
→ 삭제 완료

{D[3]}
→ 없는 게시물입니다 (잘못된 주소 또는 이미 삭제됨)

{D[4]}
→ 삭제 완료

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator list: bare URL, status on the line below",
    why="three 삭제 완료 and one 없는 게시물 (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="dc-gmail-korean-quote",
    **{"from": "report@dcinside.com"}, name_from="디시 신고센터",
    date=d("2024-09-04 15:12:09"), subject="Re: [KCSC-240904-02] 시정요구 통보",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""{D[2]} 게시물 삭제했습니다.
나머지 글은 확인 중이며 결과 나오는 대로 회신드리겠습니다.

2024년 9월 4일 (수) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240904-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="short Gmail reply over the quoted request (Korean '님이 작성:' header)",
    why="one named post deleted; the rest is quoted request or an unnamed 'checking'",
    items={D[2]: "removed"},
)

case(
    name="dc-hedge-appears",
    **{"from": "report@dcinside.com"}, name_from="DC Inside Report Center",
    date=d("2024-09-05 09:14:26"), subject="Re: [KCSC-240904-02] 시정요구 통보",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

It appears that the post at {D[1]} may already have been
removed by the gallery manager, but we have not been able to confirm this
in our logs yet. We will check again and let you know.

DC Inside Report Center
""",
    outcome="review", review="not_understood",
    imitates="hedged helpdesk reply ('appears', 'may already have been removed')",
    why="hedge plus promise to confirm: not a statement",
    items={D[1]: "pending"},
)

case(
    name="dc-body-vs-appended-summary",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-06 19:55:40"), subject="[디시인사이드] 처리 결과 안내 - KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 코인 마이너 갤러리 게시물 {D[3]} 은
개인정보 노출로 판단되어 운영자 삭제 처리하였습니다.

------------------------------------------------------------
[처리 내역 - 시스템 자동 생성]
대상: {D[3]}
결과: 유지
사유: 위반 사항 없음
------------------------------------------------------------
""",
    outcome="review", review="conflicting_statements",
    imitates="agent-written body followed by an auto-generated 처리 내역 block that disagrees",
    why="the body says deleted, the appended result block says kept (유지)",
    items={D[3]: "pending"},
)

dsn_dc = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-0904"

--dsn-dc-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-team@dcinside.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <abuse-team@dcinside.com>: Recipient address rejected: User unknown

--dsn-dc-0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: {d("2024-09-04 11:00:04")}

Final-Recipient: rfc822; abuse-team@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-team@dcinside.com>: Recipient address
    rejected: User unknown

--dsn-dc-0904
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-team@dcinside.com
Subject: [KCSC-240904-02] 시정요구 통보
Date: {d("2024-09-04 11:00:00")}
Message-ID: <{mid("KCSC-240904-02")}@kcsc.example>

--dsn-dc-0904--
"""
case(
    name="dc-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"}, name_from="Mail Delivery System",
    date=d("2024-09-04 11:00:05"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_dc,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for the request sent to an old address",
    why="delivery failure report",
)

# ======================================================= Daum / Kakao (KCSC-240905-03)
case(
    name="daum-cafe-imsijochi",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date=d("2024-09-06 10:18:22"), subject="[Daum 카페] 게시물 임시조치 안내 (KCSC-240905-03)",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
임시조치 기간 동안 해당 게시물은 외부에 노출되지 않으며, 게시자가 이의를 제기하지
않으면 기간 종료 후 삭제됩니다.

  · {K[1]}
  · {K[2]}

임시조치 안내: https://cs.daum.net/faq/15/4315.html

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시물 임시조치 안내 (30-day temporary measure)",
    why="임시조치 is restricted; the later deletion is only conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

tistory_body = f"""안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 티스토리 게시글
{K3_RAW} 은(는)
서비스 운영정책 위반(불법 도박 사이트 홍보)으로 확인되어 비공개 전환 후 삭제하였습니다.
블로그 운영자에게는 이용 제한 안내를 발송하였습니다.

요청번호: KCSC-240905-03
처리일시: 2024-09-06 16:40

카카오 티스토리 운영팀
"""
case(
    name="tistory-qp-raw-korean-path",
    **{"from": "tistory_notice@kakaocorp.com"}, name_from="티스토리 운영팀",
    date=d("2024-09-06 16:52:30"), subject="=?UTF-8?B?" + base64.b64encode("[티스토리] 게시글 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tistory_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory operator notice, quoted-printable, Korean entry slug written raw",
    why="the raw Korean slug is the requested percent-encoded URL; made private then deleted (removed)",
    items={K[3]: "removed"},
)

case(
    name="kakao-english-mixed",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety Center",
    date=d("2024-09-07 09:05:48"), subject="Your request KCSC-240905-03 (Daum Cafe)",
    body=f"""Dear KCSC,

Outcome of our review of the Daum Cafe posts in KCSC-240905-03:

1) {K[1]} - removed. The post advertised an unlicensed betting site.
2) {K[2]} - we could not find this post. The address is invalid or the
   author deleted it before our review.

For the Tistory entry please see the separate notice from the Tistory team.

Kakao Safety Center
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety centre English outcome list",
    why="first removed, second cannot be found (not_found); Tistory entry not addressed here",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="daum-hedge-korean",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date=d("2024-09-06 14:21:10"), subject="Re: [KCSC-240905-03] 시정요구 통보",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

{K[2]}
위 게시물은 이미 삭제된 것으로 보이나, 카페 관리자가 숨김 처리한 것인지
정확히 확인하는 데 시간이 조금 더 필요합니다. 확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean hedge '삭제된 것으로 보이나' with a promise to confirm",
    why="hedged ('appears deleted') and unconfirmed: item stays pending",
    items={K[2]: "pending"},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0905"

--mdn-kk-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: [KCSC-240905-03] 시정요구 통보
읽은 시간: 2024-09-05 10:14

--mdn-kk-0905
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; cafe-policy@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0905--
"""
case(
    name="kakao-read-receipt",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 카페정책",
    date=d("2024-09-05 10:14:33"), subject="읽음 확인: [KCSC-240905-03] 시정요구 통보",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (disposition-notification) from a corporate mail client",
    why="read receipt",
)

# ======================================================= SOOP (KCSC-240906-04)
case(
    name="soop-vod-and-post-removed",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date=d("2024-09-09 11:30:14"), subject="[SOOP] 시정요구(KCSC-240906-04) 조치 결과",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

요청번호 KCSC-240906-04 건 조치 결과를 회신드립니다.

- VOD {S[1]} : 불법 도박 사이트 홍보 장면 확인, VOD 삭제
- 방송국 게시글 {S[2]} : 블라인드 처리
- 해당 BJ : 방송 정지 7일

운영정책 안내: https://www.sooplive.co.kr/policy/operation

감사합니다.
SOOP 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) operations team result list",
    why="VOD deleted and post blinded: both removed; policy link is not an item",
    items={S[1]: "removed", S[2]: "removed"},
)

soop_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your notice (ref. KCSC-240906-04). Our review is complete:</p>
<table border="1" cellpadding="5">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{S[1]}</td><td>Removed &ndash; promotion of an illegal betting service</td></tr>
<tr><td>{S[2]}</td><td>No violation of the SOOP Community Guidelines found; the post remains available</td></tr>
</table>
<p>SOOP Global Trust &amp; Safety</p>
</body></html>"""
case(
    name="soop-base64-html-table",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date=d("2024-09-10 08:47:02"), subject="Decision on your notice KCSC-240906-04",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-alt-55"

--soop-alt-55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("Your notice KCSC-240906-04 has been reviewed. Please view this message in HTML for the decisions.")}
--soop-alt-55
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
--soop-alt-55--
""",
    outcome="applied", classification="confirmation",
    imitates="platform decision mail, multipart/alternative, base64 HTML table (Content / Decision)",
    why="VOD removed; channel post kept as it breaks no guideline (rejected)",
    items={S[1]: "removed", S[2]: "rejected"},
)

case(
    name="soop-url-below-statement",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date=d("2024-09-07 15:02:51"), subject="RE: [KCSC-240906-04] 시정요구 통보",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요.

다음 VOD는 불법 도박 광고로 확인되어 삭제 조치하였습니다.
{S[1]}

아울러 아래 방송국 게시글은 19세 이상 이용자만 볼 수 있도록 연령 제한을 적용하였습니다.
{S[2]}

SOOP 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with each URL on the line below its statement",
    why="VOD deleted (removed); post age-gated (restricted)",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="soop-asks-for-decision",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date=d("2024-09-06 17:45:09"), subject="RE: [KCSC-240906-04] 시정요구 통보 - 자료 요청",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

요청하신 VOD {S[1]} 는 3시간 분량의 방송 다시보기로,
문제가 되는 구간을 특정하기 어렵습니다.

조치를 위해 아래 자료를 회신해 주시기 바랍니다.
 1. 심의 의결서 사본
 2. 문제 구간의 재생 시각 (예: 01:12:30 ~ 01:15:00)

자료 확인 후 바로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking the regulator for 의결서 and timestamps before acting",
    why="asks for documents; nothing done yet",
    items={S[1]: "pending"},
)

case(
    name="soop-ticket-receipt",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d("2024-09-06 14:01:40"), subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2409061187)",
    reply_to_req=mid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호 : 2409061187
 - 문의 제목 : [KCSC-240906-04] 시정요구 통보
 - 접수 일시 : 2024.09.06 14:01

담당자가 확인 후 순차적으로 답변 드리겠습니다. 답변은 영업일 기준 1~3일 소요됩니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호, 문의 제목)",
    why="pure ticket receipt",
)

# ======================================================= FM Korea (KCSC-240909-05)
case(
    name="fmkorea-sole-no-url",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d("2024-09-09 16:20:35"), subject="Re: [KCSC-240909-05] 시정요구 통보",
    reply_to_req=mid("KCSC-240909-05"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물은 명예훼손성 게시물로 판단하여 삭제 조치하였고,
작성자에게는 30일 이용 정지를 부과했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin reply in the request's thread, naming no URL",
    why="one-item request: 'the requested post was deleted' applies to its only item",
    items={F[1]: "removed"},
)

case(
    name="fmkorea-fullwidth-parens",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d("2024-09-10 09:58:12"), subject="KCSC-240909-05 관련 회신",
    body=f"""안녕하세요.

문의하신 게시글（{F[1]}）은 이미 작성자 본인이 삭제한 상태라 저희가 따로 조치할 게시글이 없습니다.
DB 상에서도 해당 문서 번호는 삭제된 문서로만 남아 있습니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with the URL inside full-width parentheses followed by a particle",
    why="already deleted by its author: not_found",
    items={F[1]: "not_found"},
)

# ======================================================= Inven (KCSC-240910-06)
case(
    name="inven-dash-list-mixed",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date=d("2024-09-11 14:33:27"), subject="[인벤] KCSC-240910-06 처리 결과",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청번호 KCSC-240910-06 처리 결과입니다.

- {I[1]} : 삭제 (현금 거래 알선, 작성자 계정 영구 정지 병행)
- {I[2]} : 유지 — 게임 내 아이템 시세 정보로, 현금 거래 알선에 해당하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game community support reply, dash list 'URL : 결과'",
    why="first deleted (removed); second kept with a reason (rejected)",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="inven-angle-brackets",
    **{"from": "support@inven.co.kr"}, name_from="Inven Support",
    date=d("2024-09-12 10:07:45"), subject="Re: [KCSC-240910-06] 시정요구 통보",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""Hi,

<{I[1]}> has been deleted and the account behind it suspended.

<{I[2]}> could not be located: there is no post with that number on the
MapleStory board.

Regards,
Inven Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with URLs in angle brackets",
    why="first deleted (removed); second not located (not_found)",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-out-of-office-quoted",
    **{"from": "minsu.kang@inven.co.kr"}, name_from="강민수",
    date=d("2024-09-10 10:00:22"), subject="[자동응답] Re: [KCSC-240910-06] 시정요구 통보",
    reply_to_req=mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""[자동응답] 9월 10일부터 9월 13일까지 출장 중입니다. 복귀 후 확인하겠습니다.
급한 용무는 cs@inven.co.kr 로 연락 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: 강민수 <minsu.kang@inven.co.kr>
Subject: [KCSC-240910-06] 시정요구 통보

{chr(10).join(request_text("KCSC-240910-06"))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply quoting the original request below '-----Original Message-----'",
    why="auto-reply; the URLs are only in the quoted request",
)

# ======================================================= Ppomppu (KCSC-240911-07)
case(
    name="ppomppu-outlook-original",
    **{"from": "master@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date=d("2024-09-11 18:42:06"), subject="RE: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

자유게시판 피싱 유도 글 두 건은 삭제하고 작성자 아이디를 이용 정지했습니다.
  {P[1]}
  {P[2]}

휴대폰 게시판 {P[3]} 은(는) 해당 번호의 게시글이 조회되지 않습니다.
번호를 다시 확인 부탁드립니다.

뽐뿌 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: master@ppomppu.co.kr
Subject: [KCSC-240911-07] 시정요구 통보

{chr(10).join(request_text("KCSC-240911-07"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request below",
    why="two posts deleted; the third 'not found, check the number' (not_found)",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

flowed = (
    "안녕하세요 뽐뿌 운영자입니다.\n"
    "\n"
    f"1) {P[1]}\n"
    "   → 삭제 완료\n"
    "\n"
    "2) 휴대폰 게시판에 올라온 가짜 판매 글 https://www.ppomppu.co.kr/zboard/view.php?id= \n"
    "phone&no=4410276 역시 판매자 신고가 누적되어 오늘 오전에 삭제 처리를 \n"
    "완료했습니다.\n"
    "\n"
    "나머지 한 건은 내일 중 회신드리겠습니다.\n"
    "\n"
    "Sent from my iPad\n"
)
case(
    name="ppomppu-flowed-wrapped-url",
    **{"from": "master@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date=d("2024-09-12 11:15:33"), subject="Re: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

{flowed}""",
    outcome="applied", classification="confirmation",
    imitates="Apple Mail format=flowed (delsp=yes) reply whose long line wraps inside a URL",
    why="both named posts deleted; the second URL is rejoined by the flowed soft line break",
    items={P[1]: "removed", P[3]: "removed"},
)

pp_html = f"""<html><body>
<p>뽐뿌 운영팀입니다. KCSC-240911-07 처리 결과 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시판</th><th>게시글 주소</th><th>조치</th></tr></thead>
<tbody>
<tr><td>자유게시판</td><td>{P[1].replace('&', '&amp;')}</td><td>블라인드</td></tr>
<tr><td>자유게시판</td><td>{P[2].replace('&', '&amp;')}</td><td>작성자 이용정지 및 게시글 삭제</td></tr>
<tr><td>휴대폰</td><td>{P[3].replace('&', '&amp;')}</td><td>유지 (정상 판매글로 확인, 사기 정황 없음)</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="ppomppu-html-table",
    **{"from": "master@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=d("2024-09-13 17:09:48"), subject="[뽐뿌] KCSC-240911-07 처리 결과",
    type="html", body=pp_html,
    outcome="applied", classification="confirmation",
    imitates="community site HTML table result (게시판 / 게시글 주소 / 조치)",
    why="블라인드 and deleted (removed); last kept as a normal sale post (rejected)",
    items={P[1]: "removed", P[2]: "removed", P[3]: "rejected"},
)

case(
    name="ppomppu-bulk-english",
    **{"from": "master@ppomppu.co.kr"}, name_from="Ppomppu Admin",
    date=d("2024-09-12 20:30:19"), subject="Re: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body="""Hello,

All of the posts listed in your request KCSC-240911-07 have been removed
from Ppomppu and the accounts involved are suspended.

Ppomppu Admin
""",
    outcome="review", review="bulk",
    imitates="short English admin reply covering the whole request",
    why="'all of the posts' of a three-item request without naming each: bulk",
    items={P[1]: "pending", P[2]: "pending", P[3]: "pending"},
)

dsn_pp = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pp-0911"

--dsn-pp-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송 실패 안내 (Delivery failure)

아래 수신자의 메일함 용량이 초과되어 메일을 전달하지 못했습니다.
The recipient's mailbox is full.

  report@ppomppu.co.kr

--dsn-pp-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; report@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-pp-0911
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@ppomppu.co.kr
Subject: [KCSC-240911-07] 시정요구 통보
Date: {d("2024-09-11 10:00:00")}
Message-ID: <{mid("KCSC-240911-07")}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{chr(10).join(request_text("KCSC-240911-07"))}

--dsn-pp-0911--
"""
case(
    name="ppomppu-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.ppomppu.co.kr"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-11 10:00:31"), subject="메일 전송 실패: [KCSC-240911-07] 시정요구 통보",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_pp,
    outcome="ignored", classification="bounce",
    imitates="Korean/English DSN (552 mailbox full) carrying the whole original request",
    why="delivery failure; the URLs are only in the returned original",
)

# ======================================================= other senders
case(
    name="nate-unmatched-ref",
    **{"from": "pann_admin@nate.com"}, name_from="네이트판 운영자",
    date=d("2024-09-13 13:44:02"), subject="[네이트] KCSC-240912-08 처리 결과",
    body="""안녕하세요, 네이트 판 운영팀입니다.

KCSC-240912-08 요청하신 네이트판 게시물 2건 삭제 완료하였습니다.
 - https://pann.nate.com/talk/372200145
 - https://pann.nate.com/talk/372201873

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="Nate Pann operator result for a request this ledger does not hold",
    why="trusted Nate mail about a reference and URLs that are not in our requests",
)

case(
    name="clien-contact-change",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=d("2024-09-12 09:30:00"), subject="[클리앙] 협조 요청 창구 변경 안내",
    body="""안녕하세요, 클리앙 운영진입니다.

9월 16일부터 관계기관 협조 요청(게시물 삭제·시정요구 등) 접수 창구가
admin@clien.net 에서 legal@clien.net 으로 변경됩니다.
이후 보내주시는 요청은 새 주소로 부탁드립니다.

감사합니다.
클리앙 운영진 드림
""",
    outcome="review", review="no_claims", classification="other",
    imitates="community site notice of a new contact address for authorities",
    why="trusted platform mail naming no item and no request",
)

HEADER = """# Blind set 255 (Korean portals and community sites, mixed Korean/English).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def encode_names():
    """Non-ASCII display names as RFC 2047 encoded words, as mail clients send them."""
    for c in cases:
        nm = c.get("name_from")
        if nm and not nm.isascii():
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nm.encode("utf-8")).decode("ascii") + "?="


def main():
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, "blind255", HEADER, cases)


if __name__ == "__main__":
    main()
