#!/usr/bin/env python3
"""Blind set 699: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven; Nate and Clien in the config
only), Korean and English mixed, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind699/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
boundaries, fixed dates, no randomness. Every expected result was written
from the meaning of the email alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind699"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_odds/223561100201",
    2: "https://blog.naver.com/moonlit_odds/223561100245",
    3: "https://blog.naver.com/greenchip_kr/223559870012",
    4: "https://cafe.naver.com/sportslinkclub/48812",
    5: "https://cafe.naver.com/sportslinkclub/48830",
    6: "https://cafe.naver.com/sportslinkclub/49001",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230455",
    8: "https://tv.naver.com/v/61204877",
    9: "https://blog.naver.com/pinkmoon_ad/223570045511",
    10: "https://cafe.naver.com/freehanja2024/3317",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=5521980",
    12: "https://blog.naver.com/greenchip_kr/223559870399",
}
D = {
    1: "https://cafe.daum.net/%ED%86%A0%ED%86%A0%EB%B0%A9/qW3r/15",
    2: "https://cafe.daum.net/luckyseven77/Fh2K/204",
    3: "https://gamblehouse.tistory.com/118",
    4: "https://cafe.daum.net/luckyseven77/Fh2K/219",
}
D1_RAW = "https://cafe.daum.net/토토방/qW3r/15"
DC = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9920311",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=cointrade&no=441207",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=cointrade&no=441290",
    4: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=12877450",
    5: "https://gall.dcinside.com/mini/board/view/?id=sellpill&no=3021",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131205577",
    2: "https://ch.sooplive.co.kr/nightbet77/post/14420981",
    3: "https://vod.sooplive.co.kr/player/131209934",
}
F = {
    1: "https://www.fmkorea.com/7301226541",
    2: "https://www.fmkorea.com/7301998012",
}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120455"
I = {
    1: "https://www.inven.co.kr/board/lineagem/5019/88123",
    2: "https://www.inven.co.kr/board/maple/5974/1204456",
}

# ref, platform, sent_at, due_at, category, message_id, note, urls
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req-240903-01.k7q2@kcsc.example",
     "NAVER blog/cafe/kin/tv/post: gambling promotion", [N[i] for i in range(1, 13)]),
    ("KCSC-240905-02", "daum", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", "req-240905-02.p3m8@kcsc.example",
     "Daum cafe and Tistory", [D[i] for i in range(1, 5)]),
    ("KCSC-240906-03", "dcinside", "2024-09-06T11:05:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "req-240906-03.z1x4@kcsc.example",
     "DC Inside galleries", [DC[i] for i in range(1, 6)]),
    ("KCSC-240909-04", "soop", "2024-09-09T14:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-04.w9e5@kcsc.example",
     "SOOP VODs and station post", [S[i] for i in range(1, 4)]),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "req-240910-05.r2t6@kcsc.example",
     "FM Korea posts", [F[1], F[2]]),
    ("KCSC-240911-06", "ppomppu", "2024-09-11T15:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "fraud", "req-240911-06.y8u1@kcsc.example",
     "Ppomppu free board", [P1]),
    ("KCSC-240912-07", "inven", "2024-09-12T09:15:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_trade", "req-240912-07.h5j3@kcsc.example",
     "Inven boards: account trading", [I[1], I[2]]),
]
RQ = {r[0]: r[5].split("@")[0] for r in REQUESTS}  # ref -> In-Reply-To local part


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_plain(text):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    enc = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{enc}\n"
            f"--{boundary}--\n")


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "아래 정보는 「정보통신망법」 제44조의7 위반으로 시정요구 결정되었으므로",
        "삭제 또는 접속차단 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"문서번호: {ref}", "KCSC 통신심의 담당"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def h(s):
    return s.replace("&", "&amp;")


ALL_N = [N[i] for i in range(1, 13)]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= NAVER (KCSC-240903-01, 12 items) =======================
case(
    name="naver-gesijungdan-numbered-result",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 16:05:12 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(문서번호 KCSC-240903-01)에 대한
1차 처리 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   - 처리결과: 게시중단(블라인드)
2. {N[2]}
   - 처리결과: 게시중단(블라인드)
3. {N[3]}
   - 처리결과: 임시조치(30일간 접근 차단)
4. {N[4]}
   - 처리결과: 이미 삭제된 게시물 (작성자 삭제)

나머지 게시물은 현재 확인 중이며, 처리되는 대로 별도로 안내드리겠습니다.

네이버 게시중단 정책 안내: https://right.naver.com/policy/guide
감사합니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered per-URL result lines)",
    why="Four URLs each with an unhedged result: two blinded, one 임시조치, one deleted by its author; 'the rest are being checked' changes nothing.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-kcsc-html-table",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 11:30:45 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req=RQ["KCSC-240903-01"],
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>임시조치</td><td>30일</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시물 없음</td><td>요청 전 삭제됨</td></tr>
<tr><td>7</td><td><a href="{h(N[7])}">{h(N[7])}</a></td><td>삭제</td><td>-</td></tr>
<tr><td>8</td><td><a href="{N[8]}">{N[8]}</a></td><td>비공개 처리</td><td>채널 이용 제한 병행</td></tr>
<tr><td>9</td><td><a href="{N[9]}">{N[9]}</a></td><td>미조치</td><td>운영원칙 위반 사항이 확인되지 않아 게시 유지</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>NAVER 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="HTML table, one row per URL: 삭제, 임시조치, 게시물 없음, 삭제, 비공개 처리, and 미조치 because no rule is broken (rejected); the policy link is no item.",
    items={N[4]: "removed", N[5]: "restricted", N[6]: "not_found", N[7]: "removed",
           N[8]: "removed", N[9]: "rejected"},
)

case(
    name="naver-english-top-posted-over-request",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:14:03 +0900",
    subject="Re: [KCSC-240903-01] 불법 도박 정보 시정요구",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
Dear KCSC team,

Thank you for your request. Our response for two of the URLs is below.

- {N[10]} : removed for promoting illegal gambling (cafe operating principles).
- {N[11]}
  : access from the Republic of Korea has been restricted in line with your decision.

The other URLs in your request are still with our review team.

Kind regards,
Minji Seo
NAVER Trust & Safety

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", ALL_N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Portal trust-and-safety reply in English, top-posted over the quoted Korean request",
    why="Two URLs with unhedged results above the quote (removed; restricted in Korea); the twelve URLs in the quoted request say nothing.",
    items={N[10]: "removed", N[11]: "restricted"},
)

case(
    name="naver-csv-result-attachment",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 17:42:20 +0900",
    subject="[KCSC-240903-01] 조치결과 회신 (첨부파일 참조)",
    reply_to_req=RQ["KCSC-240903-01"],
    raw_mime=with_csv(
        """
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

NAVER 정책지원팀
""",
        "번호,URL,처리결과,처리일자\n"
        f"1,{N[1]},삭제,2024-09-05\n"
        f"2,{N[2]},삭제,2024-09-05\n"
        f"3,{N[3]},임시조치,2024-09-05\n"
        f"5,{N[5]},삭제,2024-09-06\n"
        f"6,{N[6]},게시물 없음,2024-09-06\n"
        f"7,\"{N[7]}\",삭제,2024-09-06\n"
        f"10,{N[10]},삭제,2024-09-09\n"
        f"12,{N[12]},반려(운영원칙 위반 아님),2024-09-09\n",
        "KCSC-240903-01_result.csv", "==NV_csv_0909_a1"),
    outcome="applied", classification="confirmation",
    imitates="Portal compliance reply with a CSV result sheet attached",
    why="CSV rows per URL: 삭제, 임시조치, 게시물 없음, and 반려 (not a violation = rejected); four items not in the sheet stay pending.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[10]: "removed", N[12]: "rejected"},
)

case(
    name="naver-qp-private-one-url",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Thu, 05 Sep 2024 14:02:37 +0900",
    subject="Re: [KCSC-240903-01] 불법 도박 게시물 시정요구",
    reply_to_req=RQ["KCSC-240903-01"],
    raw_mime=qp_plain(f"""
안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물 중 {N[12]} 는
블로그 운영정책 위반으로 비공개 처리되었습니다.

블로그 운영정책: https://section.blog.naver.com/policy
다른 문의사항은 고객센터(https://help.naver.com)를 이용해 주세요.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog help desk reply (quoted-printable Korean body)",
    why="One URL 비공개 처리 (made private by the platform = removed); help links are not items.",
    items={N[12]: "removed"},
)

case(
    name="naver-url-below-its-statement",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 10:21:09 +0900",
    subject="[네이버] KCSC-240903-01 추가 처리 결과",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.
요청하신 게시물 중 2건의 추가 처리 결과를 알려드립니다.

아래 게시물은 작성자가 직접 삭제하여 현재 존재하지 않습니다.
{N[9]}

아래 게시물은 임시조치(30일간 접근 차단)하였으며, 기간 내 재게시 요청이 없으면 삭제됩니다.
{N[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice, statement line with the URL on the line below",
    why="Each statement stands on the line above its URL: author-deleted (not_found), 임시조치 (restricted); the later conditional deletion is not a statement.",
    items={N[9]: "not_found", N[2]: "restricted"},
)

case(
    name="naver-promise-will-act",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 09:55:30 +0900",
    subject="[네이버] KCSC-240903-01 처리 진행 안내",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중
{N[6]} 및
{N[8]}
건은 담당 부서에서 검토 후 조치할 예정입니다.
처리 결과는 영업일 기준 3일 이내에 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal interim notice (검토 후 조치 예정)",
    why="Names two requested URLs but only promises review and action; nothing has happened yet.",
    items={N[6]: "pending", N[8]: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN 운영팀",
    date="Fri, 06 Sep 2024 15:18:44 +0900",
    subject="[지식iN] 요청 게시물 관련 안내 (KCSC-240903-01)",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 게시물({N[7]})에 대해
작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없거나 소명이 받아들여지지 않을 경우 해당 게시물은 삭제될 예정입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 지식iN operator notice giving the author a chance to explain (소명 기회)",
    why="Deletion is conditional and in the future; the item stays pending and the email needs a person.",
    items={N[7]: "pending"},
)

case(
    name="naver-dmarc-fail-claims",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:11:58 +0900",
    subject="[네이버] 게시중단 처리 완료 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 아래 게시물은 모두 삭제 처리되었습니다.
- {N[1]}
- {N[4]}
- {N[10]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 notice sent from a host failing DKIM/SPF/DMARC",
    why="Looks like a NAVER result but the navercorp.com sender fails authentication: nothing may change.",
    items={N[1]: "pending", N[4]: "pending", N[10]: "pending"},
)

case(
    name="naver-says-daum-url-not-ours",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 18:03:11 +0900",
    subject="[네이버] 문의하신 게시물 관련 안내",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

문의하신 게시물 {D[2]} 은(는)
네이버 서비스의 게시물이 아니어서 당사에서는 확인되지 않습니다.
해당 서비스 운영사(카카오)로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Portal reply that a reported URL belongs to another service",
    why="NAVER speaks about a Daum item ('not found here'); a platform cannot set another platform's item.",
    items={D[2]: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 13:27:05 +0900",
    subject="RE: [KCSC-240903-01] 추가 자료 요청",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 {N[8]} 영상은
저작권 침해 신고 유형으로 분류되어 있어, 검토를 위해 아래 자료가 필요합니다.

 - 위원회 시정요구 결정서 사본
 - 권리자 확인이 가능한 자료

자료를 회신해 주시면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Portal request for supporting documents (결정서 사본 요청)",
    why="The platform asks for documents before it reviews; the named item stays pending.",
    items={N[8]: "pending"},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Tue, 03 Sep 2024 10:13:02 +0900",
    subject="[자동회신] [KCSC-240903-01] 불법 도박 정보 시정요구",
    reply_to_req=RQ["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한지우입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(kcsc-reply@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (out-of-office) from a portal employee",
    why="An out-of-office auto-reply: ignored whatever it quotes.",
    items={},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "noreply-report@navercorp.com"},
    name_from="네이버 신고센터",
    date="Wed, 04 Sep 2024 08:40:19 +0900",
    subject="[네이버 신고센터] 신고 접수 및 처리 안내 (KCSC-240903-01)",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 NV-2409-558120)

접수된 게시물 중 아래 건은 즉시 조치되었습니다.
  {N[5]}  ->  삭제 완료

나머지 게시물은 담당자 확인 후 순차적으로 처리됩니다.
처리 현황은 신고센터(https://help.naver.com/report/status)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 receipt that also carries one immediate result",
    why="A receipt phrase plus an unhedged per-URL 삭제 완료 is not a pure acknowledgement.",
    items={N[5]: "removed"},
)

case(
    name="naver-gmail-korean-quote",
    **{"from": "cafe_safety@naver.com"},
    name_from="네이버 카페 클린팀",
    date="Sat, 07 Sep 2024 11:02:48 +0900",
    subject="Re: [KCSC-240903-01] 불법 도박 정보 시정요구",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
안녕하세요, 네이버 카페/지식iN/TV 클린팀입니다.
요청하신 건 중 3건 처리 완료되어 회신드립니다.

- {N[6]} : 삭제
- {N[7]} : 삭제 (지식iN 운영원칙 위반)
- {N[8]} : 국내 접속 차단

2024년 9월 3일 (화) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", ALL_N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply with '님이 작성:' quote header",
    why="Three unhedged per-URL results above a '>' quote of the whole request; quoted URLs are not statements.",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted"},
)

case(
    name="naver-wrapped-long-url",
    **{"from": "post_help@naver.com"},
    name_from="NAVER Post Support",
    date="Mon, 09 Sep 2024 20:15:33 +0900",
    subject="Re: [KCSC-240903-01] request for removal",
    reply_to_req=RQ["KCSC-240903-01"],
    body="""
Hello,

The NAVER Post content below was taken down today for violating our
operating policy on gambling advertisements:

https://post.naver.com/viewer/postView.naver?volumeNo=38112045&
memberNo=5521980

Regards,
NAVER Post Support
""",
    outcome="applied", classification="confirmation",
    imitates="English help-desk reply whose long URL was wrapped by the sender's mail client",
    why="The one URL is broken across two lines after '&'; a clerk rejoins it and reads 'taken down' (removed). Arguable, see NOTES.md.",
    items={N[11]: "removed"},
)

case(
    name="naver-statement-of-reasons-style",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Global Policy",
    date="Thu, 12 Sep 2024 13:00:00 +0900",
    subject="Statement of reasons - your notice KCSC-240903-01",
    reply_to_req=RQ["KCSC-240903-01"],
    body=f"""
Statement of reasons

Notice reference: KCSC-240903-01
Content: {N[8]}
Decision: access to the content has been disabled
Territorial scope: Republic of Korea only
Facts and circumstances: the video advertises an unlicensed betting site.
Ground: illegal content under Korean law (Information and Communications Network Act, art. 44-7)
Automated means used: no

Redress: the uploader may appeal via https://help.naver.com/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision + territorial scope) sent by a portal's global team",
    why="Access disabled, territorial scope Korea only: restricted; the appeal link is no item.",
    items={N[8]: "restricted"},
)

# ======================= Daum / Kakao (KCSC-240905-02, 4 items) =======================
case(
    name="daum-temp-measure-raw-korean-path",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:44:27 +0900",
    subject="[Daum] 권리침해 신고 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req=RQ["KCSC-240905-02"],
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

신고하신 게시물 {D1_RAW} 은
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)되었습니다.

또한 {D[2]} 게시물은
카페 운영정책 위반으로 삭제 처리되었습니다.

문의: https://cs.daum.net/faq/95.html
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고 임시조치 안내, Korean cafe name written raw in the URL",
    why="The raw-Korean cafe URL matches its percent-encoded form: 임시조치 (restricted); the second post deleted (removed).",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-tistory-base64-english",
    **{"from": "abuse@kakaocorp.com"},
    name_from="Kakao Abuse Team",
    date="Mon, 09 Sep 2024 16:30:02 +0900",
    subject="Re: [KCSC-240905-02] Illegal gambling content on Daum / Tistory",
    reply_to_req=RQ["KCSC-240905-02"],
    raw_mime=b64_plain(f"""
Dear KCSC,

Thank you for your report. Results:

1) {D[3]}
   The Tistory post has been deleted and the blog has been suspended.

2) {D[4]}
   We could not find this post. It no longer exists on Daum Cafe.

Kakao Abuse Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao abuse-desk reply in English (base64 body), Tistory and Daum Cafe",
    why="Tistory post deleted (removed); cafe post cannot be found (not_found).",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="daum-cafe-blind-and-kept",
    **{"from": "cafe_clean@daum.net"},
    name_from="Daum 카페 클린센터",
    date="Tue, 10 Sep 2024 14:12:55 +0900",
    subject="[Daum 카페] 요청 게시물 조치 결과 (KCSC-240905-02)",
    reply_to_req=RQ["KCSC-240905-02"],
    body=f"""
안녕하세요. Daum 카페 클린센터입니다.

■ 블라인드 조치
 · {D[2]}
 · {D[4]}

■ 게시 유지
 · {D1_RAW}
   (게시물 내용상 운영정책 위반이 확인되지 않아 게시를 유지합니다.)

블라인드 처리된 게시물은 30일 내 소명이 없으면 영구 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 notice grouped under headings",
    why="Two URLs under a 블라인드 heading (removed); one kept because no rule is broken (rejected).",
    items={D[2]: "removed", D[4]: "removed", D[1]: "rejected"},
)

case(
    name="daum-hedge-may-have-been",
    **{"from": "abuse@kakaocorp.com"},
    name_from="Kakao Abuse Team",
    date="Sat, 07 Sep 2024 09:05:41 +0900",
    subject="Re: [KCSC-240905-02] Illegal gambling content on Daum / Tistory",
    reply_to_req=RQ["KCSC-240905-02"],
    body=f"""
Hi,

The cafe post {D[2]} may have been removed by the cafe manager already;
it looks unavailable from our side but we still need to confirm it with
the Cafe team. We will update you once we hear back.

Kakao Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk interim reply with a hedge ('may have been')",
    why="Hedged ('may have been', 'looks') and awaiting confirmation: not a statement.",
    items={D[2]: "pending"},
)

case(
    name="daum-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 09:40:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.kk.0905.7710"

--dsn.kk.0905.7710
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-report@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    Recipient address rejected: User unknown

--dsn.kk.0905.7710
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 5 Sep 2024 09:40:29 +0900

Final-Recipient: rfc822; right-report@kakaocorp.com
Original-Recipient: rfc822;right-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.kk.0905.7710
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-report@kakaocorp.com
Subject: [KCSC-240905-02] 불법 도박 정보 시정요구
Date: Thu, 5 Sep 2024 09:40:00 +0900
Message-ID: <{RQ["KCSC-240905-02"]}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240905-02", [D1_RAW, D[2], D[3], D[4]], prefix="")}

--dsn.kk.0905.7710--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the request with its URLs",
    why="A delivery failure report; the URLs are in the returned request, no platform statement.",
    items={},
)

# ======================= DC Inside (KCSC-240906-03, 5 items) =======================
case(
    name="dc-admin-bulleted-korean",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:20:14 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 회신 (KCSC-240906-03)",
    reply_to_req=RQ["KCSC-240906-03"],
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물에 대한 처리 결과입니다.

* {DC[1]}
  → 삭제 완료
* {DC[2]}
  → 삭제 완료
* {DC[3]}
  → 작성자 본인이 삭제하여 이미 존재하지 않는 게시물입니다.
* {DC[4]}
  → 삭제 불가: 법령 및 갤러리 운영 규칙 위반 사항이 확인되지 않았습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply, bulleted URLs with the result on the line below",
    why="Four URLs, each with its result: deleted, deleted, author-deleted (not_found), refused with reason (rejected); the fifth stays pending.",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "rejected"},
)

case(
    name="dc-english-angle-brackets",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Support",
    date="Tue, 10 Sep 2024 15:48:09 +0900",
    subject="RE: [KCSC-240906-03] Request to delete drug sale posts",
    reply_to_req=RQ["KCSC-240906-03"],
    body=f"""
Hello,

Regarding your request KCSC-240906-03:

<{DC[1]}> - deleted by our admin team.
<{DC[5]}> - the post has been removed and the writer's IP is now banned from the mini gallery.

Thanks,
DCInside Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with URLs in angle brackets",
    why="Two bracketed URLs each with an unhedged removal.",
    items={DC[1]: "removed", DC[5]: "removed"},
)

case(
    name="dc-status-line-below-url",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 10:03:50 +0900",
    subject="Re: [KCSC-240906-03] 마약류 판매 정보 시정요구",
    reply_to_req=RQ["KCSC-240906-03"],
    body=f"""
추가 처리 결과 회신드립니다.

{DC[3]}
삭제 처리 완료

{DC[5]}
존재하지 않는 게시물 (주소 확인 불가)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Terse operator reply: bare URL, status on the next line",
    why="Bare URL then its status below: removed; does not exist (not_found).",
    items={DC[3]: "removed", DC[5]: "not_found"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 09:31:26 +0900",
    subject="Re: [KCSC-240906-03] 마약류 판매 정보 시정요구",
    reply_to_req=RQ["KCSC-240906-03"],
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240906-03 건으로 요청하신 게시물은 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Operator one-liner 'all requested posts deleted'",
    why="'All the requested posts deleted' for a five-item request without naming each: bulk, items pending.",
    items={DC[i]: "pending" for i in range(1, 6)},
)

case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 13:12:40 +0900",
    subject="읽음 확인: [KCSC-240906-03] 마약류 판매 정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn.dc.0906.3312"

--mdn.dc.0906.3312
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 오전 11:05에 report@dcinside.com(으)로 보낸 메일
"[KCSC-240906-03] 마약류 판매 정보 시정요구"을(를) 수신자가 2024-09-06 오후 1:12에 읽었습니다.

--mdn.dc.0906.3312
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; DCMail 3.2
Original-Recipient: rfc822;report@dcinside.com
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{RQ["KCSC-240906-03"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn.dc.0906.3312--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="A read receipt says nothing about the items.",
    items={},
)

case(
    name="dc-under-review-english",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Support",
    date="Mon, 09 Sep 2024 18:22:03 +0900",
    subject="RE: [KCSC-240906-03] Request to delete drug sale posts",
    reply_to_req=RQ["KCSC-240906-03"],
    body=f"""
Hello,

Your report about the following posts is currently under review by the
minor gallery manager:

  {DC[2]}
  {DC[3]}

We will let you know the outcome as soon as it is decided.

DCInside Support
""",
    outcome="review", review="not_understood",
    imitates="Support interim reply ('currently under review')",
    why="'Under review' is no statement; two requested URLs named, nothing to apply.",
    items={DC[2]: "pending", DC[3]: "pending"},
)

# ======================= SOOP (KCSC-240909-04, 3 items) =======================
case(
    name="soop-korean-arrow-results",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 17:05:19 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내 (KCSC-240909-04)",
    reply_to_req=RQ["KCSC-240909-04"],
    body=f"""
안녕하세요, SOOP 고객센터입니다.
요청하신 콘텐츠에 대한 조치 결과를 안내드립니다.

- VOD {S[1]} → 삭제
- 방송국 게시글 {S[2]} → 삭제
- VOD {S[3]} → 19세 이상 시청 가능 콘텐츠로 변경 (연령 제한)

해당 스트리머에게는 운영정책에 따라 경고 조치가 함께 진행되었습니다.
운영정책: https://www.sooplive.co.kr/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) 고객센터 조치 결과 안내",
    why="Two deletions (removed) and one age restriction (restricted); the policy link is no item.",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-html-table-english",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 12:40:00 +0900",
    subject="Your request KCSC-240909-04 - outcome",
    reply_to_req=RQ["KCSC-240909-04"],
    raw_mime=alternative(
        f"""
Hello KCSC,

Outcome of your request KCSC-240909-04:

{S[1]}    Removed
{S[2]}    Not found (already deleted by the streamer)
{S[3]}    No violation - remains available

SOOP Trust & Safety
""",
        f"""
<html><body>
<p>Hello KCSC,</p>
<p>Outcome of your request KCSC-240909-04:</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{S[1]}</td><td>Removed</td></tr>
<tr><td>{S[2]}</td><td>Not found (already deleted by the streamer)</td></tr>
<tr><td>{S[3]}</td><td>No violation - remains available</td></tr>
</table>
<p>SOOP Trust &amp; Safety</p>
</body></html>
""", "==soop_alt_0912"),
    outcome="applied", classification="confirmation",
    imitates="Streaming platform trust-and-safety outcome table (multipart/alternative)",
    why="Per-URL outcomes in text and HTML: removed, not_found (deleted by the streamer), rejected (no violation, stays up).",
    items={S[1]: "removed", S[2]: "not_found", S[3]: "rejected"},
)

case(
    name="soop-geo-block-and-author-deleted",
    **{"from": "global-support@sooplive.co.kr"},
    name_from="SOOP Global Support",
    date="Fri, 13 Sep 2024 08:57:12 +0900",
    subject="Re: [KCSC-240909-04] Obscene VOD",
    reply_to_req=RQ["KCSC-240909-04"],
    body=f"""
Dear KCSC,

We have geo-blocked the VOD {S[3]} for viewers in Korea.

The station post {S[2]} had already been deleted by the streamer before we
received your request, so there was nothing left for us to act on.

Best regards,
SOOP Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="Platform support reply in English: geo-block plus author-deleted",
    why="Geo-blocked in Korea (restricted); already deleted by its author (not_found).",
    items={S[3]: "restricted", S[2]: "not_found"},
)

case(
    name="soop-bulk-english",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 19:10:45 +0900",
    subject="Your request KCSC-240909-04",
    reply_to_req=RQ["KCSC-240909-04"],
    body="""
Hello,

All VODs and posts listed in your request KCSC-240909-04 have been removed,
and the station has been suspended for 30 days.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Trust-and-safety one-paragraph 'all listed content removed'",
    why="A statement about all items of a three-item request without naming each: bulk.",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 14:21:07 +0900",
    subject="[SOOP] 1:1 문의가 접수되었습니다 (접수번호 C240909-77812)",
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호 : C240909-77812
 - 접수일시 : 2024-09-09 14:21
 - 문의유형 : 신고 > 음란/선정성

답변은 등록하신 이메일과 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt (1:1 문의 접수 안내)",
    why="A pure receipt with a ticket number; nothing about the items.",
    items={},
)

case(
    name="soop-dkim-fail-result",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    auth="fail",
    date="Wed, 11 Sep 2024 03:44:21 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내 (KCSC-240909-04)",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

요청하신 VOD {S[1]} 은(는)
운영정책 위반으로 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="SOOP result notice from a host failing authentication",
    why="The sooplive.co.kr sender fails DKIM/SPF/DMARC: the claim cannot be applied.",
    items={S[1]: "pending"},
)

# ======================= FM Korea (KCSC-240910-05, 2 items) =======================
case(
    name="fmkorea-both-named-deleted",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 21:30:18 +0900",
    subject="Re: [KCSC-240910-05] 명예훼손 정보 시정요구",
    reply_to_req=RQ["KCSC-240910-05"],
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물 2건({F[1]}, {F[2]})은
모두 삭제 조치하였으며, 작성자에게는 이용 제한 조치를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Community operator reply naming both posts in one sentence",
    why="'Both deleted' but each URL is named: both removed.",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-fullwidth-punctuation",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 10:11:45 +0900",
    subject="[에펨코리아] 요청 게시물 처리 결과 (KCSC-240910-05)",
    reply_to_req=RQ["KCSC-240910-05"],
    body=f"""
처리 결과 안내드립니다。

１. 게시물（{F[1]}）：삭제 완료
２. 게시물（{F[2]}）：명예훼손에 해당하지 않는 의견 표현으로 판단되어 게시를 유지합니다。

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply typed with full-width punctuation (IME)",
    why="URLs closed by full-width ）: first deleted (removed), second kept as lawful opinion (rejected).",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-report-receipt",
    **{"from": "noreply@fmkorea.com"},
    name_from="에펨코리아",
    date="Tue, 10 Sep 2024 10:02:33 +0900",
    subject="[에펨코리아] 신고 접수 완료 안내 - KCSC-240910-05",
    reply_to_req=RQ["KCSC-240910-05"],
    body="""
신고가 접수되었습니다.

접수번호: FM-20240910-0419
접수일시: 2024-09-10 10:02
신고자: 방송통신심의위원회

접수된 신고는 운영진이 순차적으로 확인합니다.
이 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Community site 신고 접수 완료 auto-receipt",
    why="Pure receipt (ticket number, date); no item statement.",
    items={},
)

# ======================= Ppomppu (KCSC-240911-06, 1 item) =======================
case(
    name="ppomppu-sole-statement-one-item",
    **{"from": "report@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 16:25:50 +0900",
    subject="Re: [KCSC-240911-06] 사기 정보 시정요구",
    reply_to_req=RQ["KCSC-240911-06"],
    body="""
안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
작성자 계정은 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Community operator reply naming no URL for a one-item request",
    why="One-item request, one unhedged statement 'the requested post was deleted': removed.",
    items={P1: "removed"},
)

case(
    name="ppomppu-url-korean-particle",
    **{"from": "report@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 09:48:02 +0900",
    subject="[뽐뿌] 요청 게시물 확인 결과",
    reply_to_req=RQ["KCSC-240911-06"],
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다.

{P1}는 이미 작성자가 삭제한 글로 확인됩니다.
따라서 별도 조치는 진행하지 않았습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply with a Korean particle glued to the URL",
    why="URL directly followed by the particle 는: already deleted by its author (not_found).",
    items={P1: "not_found"},
)

case(
    name="ppomppu-monitoring-vendor",
    **{"from": "report@cleanweb-monitor.kr"},
    name_from="클린웹 모니터링",
    date="Fri, 13 Sep 2024 11:00:40 +0900",
    subject="[모니터링 결과] KCSC-240911-06 삭제 확인",
    body=f"""
안녕하세요, 클린웹 모니터링입니다.

위원회 요청 건(KCSC-240911-06) 모니터링 결과를 공유드립니다.
{P1}
→ 2024-09-13 10:40 기준 삭제 확인

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Third-party monitoring vendor report",
    why="Not a platform domain: a vendor's observation cannot set the item.",
    items={P1: "pending"},
)

# ======================= Inven (KCSC-240912-07, 2 items) =======================
case(
    name="inven-outlook-original-message",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 운영팀",
    date="Fri, 13 Sep 2024 15:16:27 +0900",
    subject="RE: [KCSC-240912-07] 계정 거래 정보 시정요구",
    reply_to_req=RQ["KCSC-240912-07"],
    body=f"""
안녕하세요, 인벤 운영팀입니다.

요청하신 게시물 처리 결과입니다.
- 리니지M 게시판 글({I[1]}): 삭제
- 메이플 게시판 글({I[2]}): 삭제

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:15 AM
To: cs@inven.co.kr
Subject: [KCSC-240912-07] 계정 거래 정보 시정요구

{quoted_request("KCSC-240912-07", [I[1], I[2]], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' quote",
    why="Both URLs named above the Outlook quote, each deleted.",
    items={I[1]: "removed", I[2]: "removed"},
)

case(
    name="inven-blind-and-missing",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 운영팀",
    date="Mon, 16 Sep 2024 10:38:54 +0900",
    subject="[인벤] KCSC-240912-07 처리 결과",
    reply_to_req=RQ["KCSC-240912-07"],
    body=f"""
인벤 운영팀입니다.

{I[1]}
운영정책 위반(계정 거래)으로 블라인드 처리하였습니다.

{I[2]}
존재하지 않는 게시물입니다. 주소를 다시 확인해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Game community operator reply, bare URL then result",
    why="블라인드 (removed); does not exist (not_found).",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-english-auto-reply",
    **{"from": "cs@inven.co.kr"},
    name_from="INVEN Customer Service",
    date="Thu, 12 Sep 2024 09:15:40 +0900",
    subject="Automatic reply: [KCSC-240912-07] 계정 거래 정보 시정요구",
    reply_to_req=RQ["KCSC-240912-07"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""
This is an automatic reply.

Thank you for contacting INVEN customer service. Our office hours are
10:00-18:00 KST, Monday to Friday. Your email will be answered in order
of receipt.

인벤 고객센터 운영시간: 평일 10:00~18:00
""",
    outcome="ignored", classification="auto_reply",
    imitates="English/Korean automatic reply (office hours)",
    why="An automatic reply: ignored.",
    items={},
)

case(
    name="inven-mailer-daemon-korean",
    **{"from": "mailer-daemon@mx.inven.co.kr"},
    name_from="메일 전송 시스템",
    date="Thu, 12 Sep 2024 09:16:02 +0900",
    subject="[발송실패] [KCSC-240912-07] 계정 거래 정보 시정요구",
    body=f"""
메일 발송 실패 안내

보내신 메일이 수신자에게 전달되지 못했습니다.

 수신자  : abuse@inven.co.kr
 실패사유: 550 5.2.2 mailbox full (수신자의 메일함 용량 초과)

---------- 원본 메일 ----------
제목: [KCSC-240912-07] 계정 거래 정보 시정요구
{I[1]}
{I[2]}
""",
    outcome="ignored", classification="bounce",
    imitates="Korean webmail plain-text bounce (발송실패 안내)",
    why="A delivery failure notice echoing the request; no statement.",
    items={},
)

# ======================= Nate (config only) =======================
case(
    name="nate-contact-change-no-claims",
    **{"from": "report@skcomms.co.kr"},
    name_from="SK커뮤니케이션즈 정책팀",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject="[네이트] 불법·유해정보 협조 담당자 변경 안내",
    body="""
안녕하세요. SK커뮤니케이션즈 정책팀입니다.

9월 23일부터 네이트 불법·유해정보 관련 협조 요청 담당자가 변경됩니다.
이후 시정요구 및 협조 요청은 report@skcomms.co.kr 로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal notice of a change of contact person",
    why="A trusted platform email that names no item and no request.",
    items={},
)

# Mix: applied / review / ignored (checked when run).


HEADER = """# blind699: Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail. Written from each email's meaning
# alone, before any run of the reader. Generated by make.py."""


def encode_headers(cases):
    """Non-ASCII display names as RFC 2047 words (as mailers send them);
    Korean subjects encoded in every other case, left raw UTF-8 in the rest."""
    from email.header import Header
    for n, c in enumerate(cases):
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and n % 2 == 0:
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    from collections import Counter
    print(len(CASES), dict(Counter(c["outcome"] for c in CASES)))


if __name__ == "__main__":
    main()
