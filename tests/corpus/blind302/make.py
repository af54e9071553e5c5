#!/usr/bin/env python3
"""Blind set 302 (focus: ticket systems and threads).

    python3 tests/corpus/blind302/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Every expected result below was written from the meaning of
the email alone, before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind302"


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def pct(path):
    return quote(path, safe="/")


# ---------------------------------------------------------------- requests
R_KAKAO = "KCSC-240919-01"
R_TIKTOK = "KCSC-240920-02"
R_DISCORD = "KCSC-240920-03"
R_X = "KCSC-240923-04"
R_YT = "KCSC-240923-05"
R_NAVER = "KCSC-240924-06"
R_TG = "KCSC-240925-07"

K1 = "https://cafe.daum.net/moonlitpier/Ab3x/101"
K2 = "https://cafe.daum.net/moonlitpier/Ab3x/117"
K3 = "https://cafe.daum.net/moonlitpier/Ab3x/122"
K4 = "https://cafe.daum.net/greyferry88/Qm7c/2045"
K5 = "https://cafe.daum.net/greyferry88/Qm7c/2051"
K6 = "https://tv.kakao.com/v/448120031"
K7 = "https://tv.kakao.com/v/448120077"
K8 = "https://pf.kakao.com/_xbRtQn/103384512"
K9 = "https://pf.kakao.com/_xbRtQn/103384590"
K10_RAW = "https://cafe.daum.net/밤바다카페/Zx1/7"
K10 = "https://cafe.daum.net" + pct("/밤바다카페/Zx1/7")
K11 = "https://open.kakao.com/o/gHt4Lm2e"
K12 = "https://open.kakao.com/o/gPq9Wx7a"

T1 = "https://www.tiktok.com/@silverkoi_22/video/7412200938110223361"
T2 = "https://www.tiktok.com/@silverkoi_22/video/7412201157742816513"
T3 = "https://www.tiktok.com/@nightmarket.pass/video/7413005521980066054"
T4 = "https://www.tiktok.com/@nightmarket.pass/photo/7413009984426772738"

D1 = "https://discord.com/channels/1184420097731100672/1184420098230222858/1285530011276902440"
D2 = "https://discord.com/channels/1184420097731100672/1184420098230222858/1285530190118649877"
D3 = "https://discord.gg/harborloot"

X1 = "https://x.com/paper_lantern_k/status/1836601122334455667"
X2 = "https://x.com/paper_lantern_k/status/1836601877001122334"
X3 = "https://x.com/quietdrum_seoul/status/1836702255660011223"
X4 = "https://x.com/quietdrum_seoul/status/1836703399887766554"
X5 = "https://x.com/maplecoin_kr"

Y1 = "https://www.youtube.com/watch?v=Qe7rTz0LmPa"
Y2 = "https://www.youtube.com/shorts/Hv2KsW9nB4c"

N1 = "https://blog.naver.com/bluepebble_77/223581104455"
N2_RAW = "https://cafe.naver.com/중고장터/88123"
N2 = "https://cafe.naver.com" + pct("/중고장터/88123")
N3 = "https://in.naver.com/stonebridge/contents/internal/70015522331"

G1 = "https://t.me/harborcoins_kr/5521"

REQUESTS = [
    (R_KAKAO, "kakao", "2024-09-19T10:30:00+09:00", "2024-09-26T18:00:00+09:00", "gambling",
     [K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12], "Daum cafe, Kakao TV, channel posts, open chats"),
    (R_TIKTOK, "tiktok", "2024-09-20T09:40:00+09:00", "2024-09-27T18:00:00+09:00", "drugs",
     [T1, T2, T3, T4], "videos and a photo post"),
    (R_DISCORD, "discord", "2024-09-20T14:10:00+09:00", "2024-09-27T18:00:00+09:00", "obscenity",
     [D1, D2, D3], "two messages and a server invite"),
    (R_X, "x", "2024-09-23T11:00:00+09:00", "2024-09-30T18:00:00+09:00", "gambling",
     [X1, X2, X3, X4, X5], "posts and one account"),
    (R_YT, "youtube", "2024-09-23T15:20:00+09:00", "2024-09-30T18:00:00+09:00", "fraud",
     [Y1, Y2], "one video, one short"),
    (R_NAVER, "naver", "2024-09-24T10:00:00+09:00", "2024-10-01T18:00:00+09:00", "drugs",
     [N1, N2, N3], "blog, cafe and influencer posts"),
    (R_TG, "telegram", "2024-09-25T16:45:00+09:00", "2024-10-02T18:00:00+09:00", "gambling",
     [G1], "one channel post"),
]


def req_mid(ref):
    return "req." + ref.lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def alt(text, html, b="alt-b302"):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def with_csv(text, fname, csvtext, b="mix-b302"):
    data = base64.encodebytes(csvtext.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
        f"{data}\n--{b}--\n"
    )


def qp(text, ctype="plain"):
    body = quopri.encodestring(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{body}")


def b64(text, ctype="plain"):
    body = base64.encodebytes(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            f"{body}")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# Our own request texts, as they come back quoted or echoed.
OUR_KAKAO_REQUEST = f"""안녕하세요. 방송통신심의위원회 불법정보 삭제 요청 담당입니다.

아래 게시물은 불법 도박 정보로 심의되어 삭제 또는 접속차단을 요청드립니다.
요청 번호: {R_KAKAO}

1. {K1}
2. {K2}
3. {K3}
4. {K4}
5. {K5}
6. {K6}
7. {K7}
8. {K8}
9. {K9}
10. {K10}
11. {K11}
12. {K12}

처리 결과를 9월 26일까지 회신해 주시기 바랍니다."""

OUR_TIKTOK_REQUEST = f"""Dear TikTok team,

Under our reference {R_TIKTOK} we ask you to remove or disable access to the
following posts, which advertise the sale of narcotics to users in Korea:

{T1}
{T2}
{T3}
{T4}

Please report the action taken on each link by 27 September.

KCSC Takedown desk"""

OUR_X_REQUEST = f"""Dear X Legal,

Please find below the content covered by our request {R_X}. We ask that each
item be removed or withheld in Korea as illegal gambling promotion.

1) {X1}
2) {X2}
3) {X3}
4) {X4}
5) {X5} (account)

Kind regards,
KCSC Takedown desk"""

OUR_YT_REQUEST = f"""Dear YouTube Legal team,

Our reference {R_YT}. The following content impersonates a Korean bank to
solicit payments; please remove it or block it in Korea:

- {Y1}
- {Y2}

Thank you,
KCSC Takedown desk"""

OUR_NAVER_REMINDER = f"""안녕하세요. 방송통신심의위원회입니다.

{R_NAVER} 건의 처리 기한(10월 1일)이 지났으나 아래 3건에 대한 회신을 받지 못했습니다.

{N1}
{N2}
{N3}

조치 결과를 회신해 주시기 바랍니다."""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


KAKAO_CS = enc("카카오 고객센터")
NAVER_CS = enc("네이버 고객센터")

# ====================================================== APPLIED
case(
    name="kakao-zendesk-solved-numbered",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Fri, 27 Sep 2024 15:12:40 +0900",
    subject=enc(f"[카카오 고객센터] 문의 #5528104 답변 완료: {R_KAKAO} 불법정보 삭제 요청"),
    reply_to_req=req_mid(R_KAKAO),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

문의 #5528104 의 상태가 '해결됨'으로 변경되었습니다.

한지수 (카카오 고객센터)
2024년 9월 27일 15:10 KST

안녕하세요, 방송통신심의위원회 담당자님. 카카오 고객센터입니다.

요청하신 {R_KAKAO} 건 가운데 다음 카페 게시물 5건의 처리 결과를 먼저 안내드립니다.

1. {K1}
   → 운영정책 위반으로 게시중단 처리하였습니다.
2. {K2}
   → 삭제 완료되었습니다.
3. {K3}
   → 확인 시점에 작성자가 이미 삭제한 게시물로, 존재하지 않습니다.
4. {K4}
   → 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다.
5. {K5}
   → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.

나머지 게시물과 동영상은 담당 부서 확인 후 별도로 회신드리겠습니다.

감사합니다.

--------------------------------
이 메일은 카카오 고객센터 상담 시스템에서 발송되었습니다.
문의 내역 보기: https://cs.kakao.com/requests/5528104
[9K3RZ1-P7WQ]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'solved' notification from a Korean portal help desk, numbered list with arrow lines",
    why="five cafe posts each with its own result: 게시중단, 삭제, already deleted by author, 임시조치, kept",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "restricted", K5: "rejected"},
)

KAKAO_TABLE = [
    (K1, "게시중단"), (K2, "삭제"), (K3, "게시물 없음(작성자 삭제)"), (K4, "임시조치(30일)"),
    (K5, "조치 불가(위반 사항 없음)"), (K6, "비공개 처리"), (K7, "비공개 처리"), (K8, "블라인드"),
    (K9, "존재하지 않는 게시물"), (K10_RAW, "삭제"), (K11, "오픈채팅방 폐쇄"), (K12, "유지(위반 사항 없음)"),
]
_rows_txt = "\n".join(f"{i:>2}. {u} | {r}" for i, (u, r) in enumerate(KAKAO_TABLE, 1))
_rows_html = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{r}</td></tr>'
    for i, (u, r) in enumerate(KAKAO_TABLE, 1))
case(
    name="kakao-html-table-all-twelve",
    **{"from": "safety-gov@kakaocorp.com"}, name_from=enc("카카오 세이프티팀"),
    date="Mon, 30 Sep 2024 17:40:02 +0900",
    subject=enc(f"[카카오] {R_KAKAO} 게시물 조치 결과 회신 (문의 #5528104)"),
    reply_to_req=req_mid(R_KAKAO),
    raw_mime=alt(
        f"""안녕하세요. 카카오 세이프티팀입니다.

{R_KAKAO} 건 12건에 대한 최종 조치 결과를 아래와 같이 회신드립니다.

{_rows_txt}

조치 결과에 이의가 있으시면 이 메일에 회신해 주세요.
카카오 세이프티팀 드림""",
        f"""<html><body style="font-family:sans-serif">
<p>안녕하세요. 카카오 세이프티팀입니다.</p>
<p>{R_KAKAO} 건 12건에 대한 최종 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>URL</th><th>조치 결과</th></tr>
{_rows_html}
</table>
<p>조치 결과에 이의가 있으시면 이 메일에 회신해 주세요.<br>카카오 세이프티팀 드림</p>
</body></html>"""),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table sent as HTML with a plain-text alternative, Kakao safety team",
    why="every item of the largest request has its own row; raw Korean path in row 10",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "restricted", K5: "rejected",
           K6: "removed", K7: "removed", K8: "removed", K9: "not_found", K10: "removed",
           K11: "removed", K12: "rejected"},
)

_earlier = f"""안녕하세요, 방송통신심의위원회 담당자님. 카카오 고객센터입니다.

요청하신 {R_KAKAO} 건 가운데 다음 카페 게시물의 처리 결과를 먼저 안내드립니다.

1. {K1}
   → 운영정책 위반으로 게시중단 처리하였습니다.
2. {K2}
   → 삭제 완료되었습니다.

나머지 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다."""
case(
    name="kakao-followup-over-gmail-quote",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Wed, 02 Oct 2024 10:05:19 +0900",
    subject=enc(f"Re: [카카오 고객센터] 문의 #5528104 답변 완료: {R_KAKAO} 불법정보 삭제 요청"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
담당자님, 추가 처리 결과 안내드립니다.

카카오톡 채널 게시글 {K8} 은 블라인드 처리되었습니다.
{K9} 은 채널 관리자가 이미 삭제하여 현재 확인되지 않는 게시글입니다.

한지수 드림

2024년 9월 27일 (금) 오후 3:12, 카카오 고객센터 <help@kakaocorp.com>님이 작성:
{quote_lines(_earlier)}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, top-posted over a Gmail-style quote of the earlier answer",
    why="new text: channel post blinded, other deleted by its admin; the quoted earlier results are not statements of this email",
    items={K8: "removed", K9: "not_found", K1: "pending", K2: "pending"},
)

case(
    name="kakao-freshdesk-csv-attachment",
    **{"from": "cs-report@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Tue, 01 Oct 2024 09:31:44 +0900",
    subject=enc(f"[Ticket #KR-778120] {R_KAKAO} 처리 결과 (첨부)"),
    reply_to_req=req_mid(R_KAKAO),
    extra_headers=["X-Mailer: Freshdesk"],
    raw_mime=with_csv(
        f"""안녕하세요, 방송통신심의위원회 담당자님.

티켓 #KR-778120 ({R_KAKAO}) 중 다음카페 게시물 1건과 오픈채팅방 2건의
처리 결과를 첨부 CSV 파일로 정리해 보내드립니다.

문의 사항은 이 메일에 회신해 주시면 같은 티켓으로 접수됩니다.

카카오 고객센터 신고처리팀""",
        "KR-778120_result.csv",
        f"""번호,URL,처리결과,처리일
10,{K10_RAW},삭제,2024-09-30
11,{K11},오픈채팅방 폐쇄,2024-09-30
12,{K12},해당 오픈채팅방 없음,2024-09-30
"""),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket reply carrying a CSV export of results",
    why="CSV rows: Korean-path cafe post deleted, open chat closed, other open chat does not exist",
    items={K10: "removed", K11: "removed", K12: "not_found"},
)

_kakao_reminder = f"""안녕하세요. 방송통신심의위원회입니다.

{R_KAKAO} 건의 처리 기한(9월 26일)이 지났습니다. 아래 게시물에 대한
조치 결과를 아직 받지 못하였으니 확인 후 회신 부탁드립니다.

{K6}
{K7}
{K8}
{K9}
{K10}
{K11}
{K12}"""
case(
    name="kakao-reply-to-reminder-top-posted",
    **{"from": "safety-gov@kakaocorp.com"}, name_from=enc("카카오 세이프티팀 이서윤"),
    date="Mon, 30 Sep 2024 11:22:08 +0900",
    subject=enc(f"Re: [재요청] {R_KAKAO} 처리 기한 경과 안내"),
    body=f"""
안녕하세요, 회신이 늦어 죄송합니다.

카카오TV 영상 두 건({K6} , {K7})은 9월 28일 자로 모두 삭제 조치하였습니다.
나머지 건은 확인되는 대로 이어서 회신드리겠습니다.

이서윤 드림
카카오 세이프티팀

2024년 9월 30일 (월) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_lines(_kakao_reminder)}
""",
    outcome="applied", classification="confirmation",
    imitates="human reply to our overdue reminder, top-posted over the '>' quoted reminder",
    why="both Kakao TV URLs named in parentheses and deleted; the quoted reminder list is ours",
    items={K6: "removed", K7: "removed", K8: "pending", K11: "pending"},
)

case(
    name="kakao-partial-url-below-statement",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Thu, 26 Sep 2024 16:48:51 +0900",
    subject=enc(f"[카카오 고객센터] 문의 #5528104 에 새 답변이 등록되었습니다"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

박현우 (카카오 고객센터)
2024년 9월 26일 16:47 KST

안녕하세요. {R_KAKAO} 관련 중간 회신드립니다.

아래 게시물은 운영정책에 따라 게시중단 조치하였습니다.
{K1}

아래 게시물은 현재 법무 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.
{K2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-comment notification with a partial, interim answer",
    why="first post taken down (statement above its URL); the second is only under legal review",
    items={K1: "removed", K2: "pending"},
)

case(
    name="kakao-temporary-measure-particles",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Tue, 01 Oct 2024 14:02:33 +0900",
    subject=enc(f"Re: {R_KAKAO} 다음카페 게시물 처리 안내"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{K4}와 {K5}에 대해 2024년 10월 1일 임시조치(접근 제한)를 하였습니다.
게시자가 30일 이내에 재게시를 요청하지 않으면 두 게시물은 기간 만료 후 삭제됩니다.

임시조치에 관한 안내: https://cs.kakao.com/helps?articleId=1073190001

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="임시조치 notice in the Korean portal style, URLs directly followed by particles 와/에",
    why="both posts are under 임시조치 now (restricted); the later deletion is only conditional; help link is no item",
    items={K4: "restricted", K5: "restricted"},
)

case(
    name="kakao-jira-resolved-open-chats",
    **{"from": "jira@kakaocorp.com"}, name_from=enc("김도윤 (Kakao Safety Desk)"),
    date="Fri, 04 Oct 2024 18:15:00 +0900",
    subject=f"[SAFE-2231] {R_KAKAO} open chat rooms",
    reply_to_req=req_mid(R_KAKAO),
    extra_headers=["X-JIRA-FingerPrint: 5c1a9e0b7d2f4a61b8e3c0d9f2a7b614"],
    body=f"""
—-—-—-—

Reply above this line.

김도윤 resolved this as 완료.

{R_KAKAO} 오픈채팅 2건 처리 결과입니다.

- {K11} : 불법 도박 홍보로 확인되어 오픈채팅방을 종료(삭제)했습니다.
- {K12} : 검토 결과 운영정책 위반이 확인되지 않아 별도 조치하지 않았습니다.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Kakao Safety Desk, powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' customer notification",
    why="one open chat closed and deleted, the other left alone as not violating",
    items={K11: "removed", K12: "rejected"},
)

case(
    name="tiktok-zendesk-update-bare-urls",
    **{"from": "kr-regulatory@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 26 Sep 2024 11:49:03 +0900",
    subject=f"[TikTok] Re: Request #48213377 - {R_TIKTOK}",
    reply_to_req=req_mid(R_TIKTOK),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.

Mira (TikTok Trust & Safety)
Sep 26, 2024, 11:48 GMT+9

Hello,

Thank you for your patience. We have completed our review of the content in
your request; the outcome for each link is below.

{T1}
Removed for violating our Community Guidelines (illegal activities and regulated goods).

{T2}
Removed for violating our Community Guidelines.

{T3}
Restricted: this video is no longer viewable in South Korea, in line with local law.

{T4}
No action taken. We did not find a violation of our Community Guidelines or of
local law, so the post remains available.

More on how we enforce our rules: https://www.tiktok.com/community-guidelines/en/

Kind regards,
Mira
TikTok Trust & Safety

KCSC Takedown
Sep 20, 2024, 09:41 GMT+9

{OUR_TIKTOK_REQUEST}

[7QX2LW-9R1D]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update with the conversation history (our request echoed below the agent's comment)",
    why="each URL followed by its outcome on the next line: removed, removed, restricted in KR, no action",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "rejected"},
)

case(
    name="tiktok-escalation-followup-with-history",
    **{"from": "kr-regulatory@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Wed, 02 Oct 2024 16:20:41 +0900",
    subject=f"[TikTok] Re: Request #48213377 - {R_TIKTOK}",
    reply_to_req=req_mid(R_TIKTOK),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.

Daniel (TikTok Trust & Safety)
Oct 2, 2024, 16:19 GMT+9

Hello again,

Following the escalation you asked for, our policy team took a second look at
{T3}
The video has now been removed from TikTok globally, not only in South Korea.

Best,
Daniel

Mira (TikTok Trust & Safety)
Sep 24, 2024, 10:02 GMT+9

Hello, a first update on your request: the video at
{T1} was removed today for violating our Community Guidelines.
We are still looking at the other links.

[7QX2LW-9R1D]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update whose history repeats an earlier agent comment (not '>'-quoted)",
    why="new comment: video removed globally; the earlier TikTok comment in the history still is TikTok's own statement that the first video was removed",
    items={T3: "removed", T1: "removed"},
)

case(
    name="tiktok-korean-quoted-printable",
    **{"from": "kr-regulatory@tiktok.com"}, name_from=enc("틱톡 코리아 정책팀"),
    date="Fri, 27 Sep 2024 13:05:12 +0900",
    subject=enc(f"RE: {R_TIKTOK} 삭제 요청 건 회신 (문의번호 48213377)"),
    reply_to_req=req_mid(R_TIKTOK),
    raw_mime=qp(f"""안녕하세요, 틱톡 코리아 정책팀입니다.

문의번호 48213377 로 접수된 방송통신심의위원회 요청 건 중, 아래 두 영상은
커뮤니티 가이드 위반(마약류 판매 홍보)으로 확인되어 삭제되었습니다.

· {T1}
· {T2}

나머지 두 건은 현지 법률 검토가 끝나는 대로 별도 안내드리겠습니다.

감사합니다.
틱톡 코리아 정책팀 드림"""),
    outcome="applied", classification="confirmation",
    imitates="Korean reply from a platform's local policy team, quoted-printable body",
    why="two named videos deleted; the other two only promised a later answer",
    items={T1: "removed", T2: "removed", T3: "pending", T4: "pending"},
)

case(
    name="tiktok-csv-outcome-export",
    **{"from": "no-reply-lr@tiktok.com"}, name_from="TikTok Legal Requests",
    date="Sat, 28 Sep 2024 02:11:37 +0900",
    subject=f"Outcome of your report batch - Request #48213377 ({R_TIKTOK})",
    reply_to_req=req_mid(R_TIKTOK),
    raw_mime=with_csv(
        f"""Hello,

The review of your report batch for request #48213377 ({R_TIKTOK}) is complete.
The decision for each reported link is in the attached CSV file.

If you disagree with a decision you can reply to this email within 6 months.

TikTok Legal Requests""",
        "48213377_outcome.csv",
        f"""report_id,content_url,decision,decision_date,notes
R-48213377-1,{T1},REMOVED,2024-09-26,Community Guidelines - regulated goods
R-48213377-2,{T2},NOT_FOUND,2024-09-26,Content deleted by creator before review
R-48213377-3,{T3},RESTRICTED_KR,2024-09-26,Blocked in South Korea under local law
R-48213377-4,{T4},NO_VIOLATION,2024-09-26,Content remains available
"""),
    outcome="applied", classification="confirmation",
    imitates="automated outcome email with a CSV export of per-link decisions",
    why="CSV decisions: removed, deleted by creator, blocked in KR, no violation",
    items={T1: "removed", T2: "not_found", T3: "restricted", T4: "rejected"},
)

case(
    name="discord-ticket-solved-all-three",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 27 Sep 2024 06:33:20 +0900",
    subject=f"[Discord Trust & Safety] Ticket #31877402 - {R_DISCORD}",
    reply_to_req=req_mid(R_DISCORD),
    body=f"""
##- Please type your reply above this line -##

Your request #31877402 has been solved. Reply to this email to reopen it.

Ash (Discord Trust & Safety)
Sep 26, 2024, 2:31 PM PDT

Hi there,

Thanks for flagging this. We deleted both reported messages:
{D1}
{D2}

We also removed the server that the invite {D3} pointed to, and banned the
accounts that ran it. The invite link no longer works.

You can read more about our rules at https://discord.com/guidelines .

Ash
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification from a chat platform's T&S team",
    why="both message links deleted, server behind the invite removed",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

case(
    name="discord-ack-phrase-plus-statements",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 23 Sep 2024 04:12:55 +0900",
    subject=f"Re: {R_DISCORD} removal request [Ticket #31877402]",
    reply_to_req=req_mid(R_DISCORD),
    body=f"""
Hello,

Thanks for your report - we received it and opened ticket #31877402.

We have already deleted the message at {D1}.

The message at {D2} no longer exists: its author deleted it before we
reviewed it.

Our team is still investigating the server linked by {D3} and will follow up
on this ticket once we reach a decision.

Sam
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="first agent reply that opens with a receipt phrase, then gives results",
    why="receipt phrase plus unhedged statements: one deleted, one deleted by author; server still under investigation",
    items={D1: "removed", D2: "not_found", D3: "pending"},
)

case(
    name="discord-html-only-update",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 01 Oct 2024 03:50:09 +0900",
    subject=f"Update on ticket #31877402 ({R_DISCORD})",
    reply_to_req=req_mid(R_DISCORD),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#23272a">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Hi,</p>
<p>An update on ticket #31877402: the server reached through
<a href="{D3}">discord.gg/harborloot</a> has been removed from Discord for
violating our Community Guidelines. Anyone following the invite now sees
&ldquo;Invite Invalid&rdquo;.</p>
<p>See our <a href="https://discord.com/safety/transparency">transparency hub</a> for how we enforce our rules.</p>
<p>Thanks,<br>Jordan<br>Discord Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only Zendesk comment notification, link text without scheme",
    why="server behind the invite removed; the URL is in the href",
    items={D3: "removed"},
)

case(
    name="x-salesforce-case-bullets",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 27 Sep 2024 08:30:45 +0900",
    subject=f"Case# 0198822734: {R_X} [ ref:_00D1x2Y3._5004M1a2b3:ref ]",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have reviewed the reported content referenced in your request.

* {X1} - withheld in South Korea
* {X2} - withheld in South Korea
* {X3} - we did not find a violation of the X Rules or of local law; no action taken
* {X4} - removed for violating the X Rules
* {X5} - account permanently suspended; its profile and posts are no longer viewable

Content withheld in a country stays visible elsewhere. Learn more:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D1x2Y3._5004M1a2b3:ref
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case email with a thread ref token and a bulleted list",
    why="two withheld in KR, one no violation, one removed, account suspended and not viewable",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "removed", X5: "removed"},
)

case(
    name="x-urls-below-withheld-statement",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 26 Sep 2024 09:14:02 +0900",
    subject=f"Case# 0198822734: {R_X} [ ref:_00D1x2Y3._5004M1a2b3:ref ]",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

In response to your legal demand, the following posts have been withheld in
South Korea:

{X1}
{X2}

We are continuing to review the remaining items in your request and will
update this case.

Regards,
X Legal

ref:_00D1x2Y3._5004M1a2b3:ref
""",
    outcome="applied", classification="confirmation",
    imitates="country-withheld notice with URLs on the lines below the statement",
    why="both posts below the statement are withheld in KR; the rest still under review",
    items={X1: "restricted", X2: "restricted", X3: "pending"},
)

case(
    name="x-gmail-top-post-angle-brackets",
    **{"from": "h.moreau@x.com"}, name_from="Helene Moreau",
    date="Tue, 01 Oct 2024 01:02:17 +0900",
    subject=f"Re: {R_X} - removal request",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi KCSC team,

Quick update from my side: the two posts by @quietdrum_seoul,
<{X3}> and
<{X4}>, were
removed today for violating our rules on illegal gambling.

Best,
Helene
X Global Government Affairs

On Mon, Sep 23, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(OUR_X_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail reply top-posted over our quoted request, URLs in angle brackets",
    why="two named posts removed; the quoted request lists the other three without any result",
    items={X3: "removed", X4: "removed", X1: "pending", X5: "pending"},
)

case(
    name="yt-outlook-top-post",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 04:45:30 +0900",
    subject=f"RE: {R_YT} removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for reaching out to us. Following our review:

- {Y1}: this content has been actioned under our policies.
- {Y2}: we have blocked this video from view on YouTube in South Korea in response to your legal request.

Regards,
The YouTube Legal Support Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 23, 2024 3:20 PM
To: legal-kr@google.com
Subject: {R_YT} removal request

{OUR_YT_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="legal support reply top-posted over an Outlook -----Original Message----- block",
    why="first video actioned (configured removed phrase), second blocked in KR",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="naver-ticket-korean-particles",
    **{"from": "help@navercorp.com"}, name_from=NAVER_CS,
    date="Mon, 30 Sep 2024 14:30:00 +0900",
    subject=enc(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R_NAVER})"),
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의번호 2409-3381207 로 접수하신 요청 3건의 처리 결과를 알려드립니다.

{N1}의 경우 게시중단 처리를 완료하였습니다.
{N2_RAW}（카페 게시글）은 권리침해 신고 절차에 따라 임시조치되었습니다.
{N3} 에 대해서는 관련 법령 및 네이버 운영정책 위반이 확인되지 않아 게시를 유지합니다.

추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre answer e-mail (문의하신 내용에 대한 답변), URLs followed by particles and full-width parenthesis",
    why="blog post taken down, cafe post under 임시조치, influencer post kept",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="naver-base64-rereview",
    **{"from": "help@navercorp.com"}, name_from=NAVER_CS,
    date="Thu, 03 Oct 2024 10:12:44 +0900",
    subject=enc(f"[네이버 고객센터] 추가 답변 안내 ({R_NAVER})"),
    reply_to_req=req_mid(R_NAVER),
    raw_mime=b64(f"""안녕하세요. 네이버 고객센터입니다.

지난 9월 30일 '게시 유지'로 안내드렸던
{N3}
건과 관련하여, 보내주신 추가 자료를 바탕으로 재검토한 결과 해당 콘텐츠를
블라인드 처리하였음을 알려드립니다.

감사합니다."""),
    outcome="applied", classification="confirmation",
    imitates="follow-up answer in the same help-centre ticket, base64 body",
    why="after re-review the influencer post is blinded (removed)",
    items={N3: "removed"},
)

case(
    name="naver-reply-to-reminder-outlook",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀 오하늘"),
    date="Thu, 03 Oct 2024 16:40:10 +0900",
    subject=enc(f"RE: [재요청] {R_NAVER} 처리 결과 회신 요청"),
    body=f"""
안녕하세요, 네이버 정책지원팀 오하늘입니다.

회신이 늦어 죄송합니다. 말씀하신 건 중
- 블로그 게시물 {N1} 은 9월 27일 게시중단되었고,
- 카페 게시글 {N2_RAW} 은 10월 1일 삭제하였습니다.

인플루언서 게시물은 아직 검토가 끝나지 않아 결과가 나오는 대로 말씀드리겠습니다.

오하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, October 2, 2024 9:00 AM
To: policy@navercorp.com
Subject: [재요청] {R_NAVER} 처리 결과 회신 요청

{OUR_NAVER_REMINDER}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, top-posted over an Outlook original-message block",
    why="blog post taken down, cafe post deleted; influencer post not yet decided; quoted reminder is ours",
    items={N1: "removed", N2: "removed", N3: "pending"},
)

case(
    name="telegram-sole-statement-case-closed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 27 Sep 2024 20:03:11 +0900",
    subject=f"Re: {R_TG} [Case #6120934]",
    reply_to_req=req_mid(R_TG),
    body="""
Hello,

Thank you for your report. The content you reported has been taken down and is
no longer available on Telegram.

Case #6120934 is now closed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk case closing reply with no URL",
    why="one-item request: the unnamed statement can only be about that item",
    items={G1: "removed"},
)

case(
    name="telegram-angle-bracket-restricted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 26 Sep 2024 18:25:40 +0900",
    subject="Case #6120934 update",
    body=f"""
Hi,

Regarding your request {R_TG}: we have restricted access to
<{G1}> for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk case update, URL in angle brackets",
    why="post restricted for users in Korea",
    items={G1: "restricted"},
)

# ====================================================== REVIEW
case(
    name="kakao-promise-under-review",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Tue, 24 Sep 2024 10:20:31 +0900",
    subject=enc(f"[카카오 고객센터] 문의 #5528104 에 새 답변이 등록되었습니다"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

한지수 (카카오 고객센터)
2024년 9월 24일 10:19 KST

안녕하세요. {R_KAKAO} 건 중
{K4}
{K5}
두 게시물은 현재 담당 부서에서 검토 중이며, 검토가 끝나면 필요한 조치가 취해질 예정입니다.

조금만 기다려 주시면 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="interim Zendesk comment promising action",
    why="names two posts but only says they are under review and action will follow",
    items={K4: "pending", K5: "pending"},
)

case(
    name="tiktok-hedge-may-have-been",
    **{"from": "kr-regulatory@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 24 Sep 2024 15:02:19 +0900",
    subject=f"[TikTok] Re: Request #48213377 - {R_TIKTOK}",
    reply_to_req=req_mid(R_TIKTOK),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated.

Mira (TikTok Trust & Safety)
Sep 24, 2024, 15:01 GMT+9

Hello,

Our records suggest that the videos below may already have been taken down by
the account owner:

{T1}
{T2}

We will confirm once our team has verified this, and we will get back to you
on the other two links.

Mira
""",
    outcome="review", review="not_understood",
    imitates="interim ticket comment with a hedge",
    why="'may already have been taken down' is a hedge, confirmation promised",
    items={T1: "pending", T2: "pending"},
)

_x_reminder = f"""Dear X Legal,

This is a reminder that our request {R_X} passed its deadline on 30 September.
We have not received any result for:

{X1}
{X3}
{X5}"""
case(
    name="x-reminder-reply-still-under-review",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 02 Oct 2024 07:55:00 +0900",
    subject=f"RE: [Reminder] {R_X} overdue",
    body=f"""
Hello,

Thank you for your follow-up. The posts {X1} and {X3} and the account
{X5} are still under review by our legal team. We expect to be able to
respond within five business days.

Regards,
X Legal

On Tue, Oct 1, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(_x_reminder)}
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder saying items are still under review",
    why="names three items, says only that they are under review",
    items={X1: "pending", X3: "pending", X5: "pending"},
)

case(
    name="yt-bulk-both-videos",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 28 Sep 2024 03:10:27 +0900",
    subject=f"Re: {R_YT} removal request [1-7730000041296]",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Both videos referenced in your request {R_YT} have been removed from YouTube
for violating our spam, deceptive practices and scams policies.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="legal support reply summarising the result for the whole request",
    why="one statement about both items of a two-item request without naming either",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="kakao-bulk-all-deleted",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Thu, 03 Oct 2024 11:00:42 +0900",
    subject=enc(f"[카카오 고객센터] 문의 #5528104 답변 완료: {R_KAKAO} 불법정보 삭제 요청"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

문의 #5528104 의 상태가 '해결됨'으로 변경되었습니다.

한지수 (카카오 고객센터)
2024년 10월 3일 10:58 KST

안녕하세요. {R_KAKAO} 건으로 요청하신 게시물은 모두 삭제 조치가 완료되었습니다.
협조해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line summary",
    why="'all requested posts deleted' for a twelve-item request, none named",
    items={K1: "pending", K12: "pending"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sun, 29 Sep 2024 22:41:03 +0900",
    subject=f"Case# 0198822734: {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

The following content has been removed for violating the X Rules:

{X1}
{X2}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="case reply claiming to come from X but failing DKIM/SPF/DMARC",
    why="X's domain, authentication failed",
    items={X1: "pending", X2: "pending"},
)

case(
    name="kakao-zendesk-subdomain-sender",
    **{"from": "support@kakaosafety.zendesk.com"}, name_from=KAKAO_CS,
    date="Sat, 28 Sep 2024 09:12:00 +0900",
    subject=enc(f"[카카오 고객센터] 문의 #5528104 답변: {R_KAKAO}"),
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

안녕하세요. 아래 게시물은 삭제 처리되었습니다.

{K1}
{K2}

카카오 고객센터
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's default subdomain instead of the platform's domain",
    why="zendesk.com is not a Kakao sender domain, however plausible the content",
    items={K1: "pending", K2: "pending"},
)

case(
    name="vendor-forwards-tiktok-outcome",
    **{"from": "desk@trustline-bpo.com"}, name_from="Trustline BPO Moderation Desk",
    date="Sun, 29 Sep 2024 12:30:55 +0900",
    subject=f"Fwd: [TikTok] Re: Request #48213377 - {R_TIKTOK}",
    body=f"""
Dear KCSC,

We handle regulatory correspondence for TikTok in the APAC region. Please see
the result below.

---------- Forwarded message ---------
From: TikTok Trust & Safety <kr-regulatory@tiktok.com>
Date: Sat, Sep 28, 2024 at 10:01 AM
Subject: [TikTok] Re: Request #48213377 - {R_TIKTOK}
To: <desk@trustline-bpo.com>

Hello,

{T1} was removed for violating our Community Guidelines.
{T3} is blocked in South Korea.

Mira
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor forwarding the platform's ticket answer",
    why="the sender's domain is no platform's; the forwarded statement cannot be checked",
    items={T1: "pending", T3: "pending"},
)

case(
    name="yt-internal-forward",
    **{"from": "jaehoon.lim@google.com"}, name_from="Jaehoon Lim",
    date="Mon, 30 Sep 2024 13:44:02 +0900",
    subject=f"Fwd: {R_YT} - enforcement result",
    body=f"""
Hi KCSC team,

FYI, see below from our policy enforcement team regarding your request.

Jaehoon

---------- Forwarded message ---------
From: YouTube Policy Enforcement <yt-enforcement@google.com>
Date: Fri, Sep 27, 2024 at 6:02 PM
Subject: {R_YT} - enforcement result
To: Jaehoon Lim <jaehoon.lim@google.com>

{Y1} - removed (scams policy)
{Y2} - blocked in KR (local law)
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Google staff member forwarding an internal enforcement note",
    why="trusted sender, but the statements are in a forwarded message, not the sender's own",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-asks-official-letter",
    **{"from": "help@navercorp.com"}, name_from=NAVER_CS,
    date="Wed, 25 Sep 2024 15:18:09 +0900",
    subject=enc(f"[네이버 고객센터] 추가 자료 요청 ({R_NAVER})"),
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 건 중 아래 두 게시물을 처리하기 위해서는 기관 직인이 날인된 공문이 필요합니다.

{N1}
{N2_RAW}

공문을 이 메일에 첨부하여 회신해 주시면 확인 후 처리하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="help-centre request for a sealed official letter before acting",
    why="asks for a document before processing two named posts",
    items={N1: "pending", N2: "pending"},
)

case(
    name="youtube-answers-about-kakao-url",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 05:20:13 +0900",
    subject="Re: Removal request - Kakao TV clip",
    body=f"""
Hello,

Thank you for your message. The URL you sent us,
{K6}
does not point to YouTube. We were unable to locate any YouTube content at
that address, so there is no action we can take. You may wish to contact the
service that hosts it.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="legal support reply saying a URL is not on their service",
    why="Google states not-found for a Kakao TV item, which is not its platform",
    items={K6: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    **{"from": "safety-gov@kakaocorp.com"}, name_from=enc("카카오 세이프티팀"),
    date="Tue, 01 Oct 2024 09:00:00 +0900",
    subject=enc("[카카오] 기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 카카오 세이프티팀입니다.

10월 7일부터 정부 기관의 게시물 조치 요청은 아래 전용 창구로만 접수됩니다.
- 접수 주소: gov-request@kakaocorp.com
- 접수 양식: https://cs.kakao.com/gov/form

기존 문의 건은 담당자가 그대로 처리하오니 참고 부탁드립니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a new intake address for government requests",
    why="trusted Kakao mail that names no item and no request",
    items={},
)

# ====================================================== IGNORED
case(
    name="kakao-zendesk-receipt",
    **{"from": "help@kakaocorp.com"}, name_from=KAKAO_CS,
    date="Thu, 19 Sep 2024 10:31:05 +0900",
    subject=enc(f"[카카오 고객센터] 문의가 접수되었습니다 (#5528104) {R_KAKAO}"),
    reply_to_req=req_mid(R_KAKAO),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- 회신하실 때는 이 줄 위에 작성해 주세요 -##

안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. 문의번호는 #5528104 입니다.
담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
추가 내용이 있으시면 이 메일에 회신해 주세요.

이 메일은 발신 전용으로 자동 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement trigger ('문의가 접수되었습니다')",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="tiktok-receipt-echoes-submission",
    **{"from": "no-reply-lr@tiktok.com"}, name_from="TikTok Legal Requests",
    date="Fri, 20 Sep 2024 09:42:10 +0900",
    subject=f"We've received your request #48213377 ({R_TIKTOK})",
    reply_to_req=req_mid(R_TIKTOK),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your request and created ticket #48213377. A member of our team
will review it and reply to this email. Please do not open a new ticket for the
same content.

Here is a copy of what you submitted:

----------------------------------------------
{OUR_TIKTOK_REQUEST}
----------------------------------------------

TikTok Legal Requests
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt that echoes the submitted report below",
    why="receipt only; the URLs and 'remove' are our own echoed request",
    items={T1: "pending", T2: "pending"},
)

case(
    name="discord-agent-out-of-office",
    **{"from": "ash.k@discord.com"}, name_from="Ash K",
    date="Wed, 25 Sep 2024 01:00:03 +0900",
    subject=f"Automatic reply: {R_DISCORD} removal request [Ticket #31877402]",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi, I'm out of the office until Monday, October 7, with limited access to email.
For urgent Trust & Safety matters please write to safety@discord.com.

Thanks,
Ash
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) from an agent in the ticket thread",
    why="out-of-office",
    items={},
)

case(
    name="x-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
    date="Tue, 01 Oct 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b302"

--dsn-b302
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host inbound.x.com[198.51.100.77] said: 550 5.1.1
    <legal@x.com>: Recipient address rejected: mailbox unavailable

--dsn-b302
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Tue,  1 Oct 2024 09:00:39 +0900 (KST)

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: mailbox unavailable

--dsn-b302
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [Reminder] {R_X} overdue
Date: Tue, 01 Oct 2024 09:00:00 +0900
Message-ID: <reminder.kcsc-240923-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{_x_reminder}

--dsn-b302--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder; the URLs are in the returned message",
    items={X1: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "jiwoo.baek@navercorp.com"}, name_from=enc("백지우"),
    date="Tue, 24 Sep 2024 10:41:18 +0900",
    subject=enc(f"읽음: {R_NAVER} 불법정보 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b302"

--mdn-b302
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 읽었습니다.

받는 사람: jiwoo.baek@navercorp.com
제목: {R_NAVER} 불법정보 삭제 요청
읽은 시간: 2024-09-24 오전 10:41

--mdn-b302
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; jiwoo.baek@navercorp.com
Original-Message-ID: <{req_mid(R_NAVER)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b302--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-auto-ack",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 15:21:30 +0900",
    subject=f"Re: {R_YT} removal request [1-7730000041296]",
    reply_to_req=req_mid(R_YT),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thanks for contacting YouTube Legal Support. This is an automated response to
let you know that we have received your message. Your case ID is
[1-7730000041296]; please keep it in the subject line of any reply.

We review requests in the order we receive them.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated case-ID acknowledgement from a legal support form",
    why="pure receipt",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "seoyun.lee@kakaocorp.com"}, name_from=enc("이서윤"),
    date="Fri, 27 Sep 2024 09:05:02 +0900",
    subject=enc(f"[부재중] Re: {R_KAKAO} 처리 기한 경과 안내"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이서윤입니다.

9월 27일(금)부터 10월 4일(금)까지 휴가로 부재중입니다.
급한 용무는 카카오 세이프티팀(safety-gov@kakaocorp.com)으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="out-of-office",
    items={},
)


HEADER = """# Blind set 302 (focus: ticket systems and threads), written by make.py.
# Expected results were written from each email's meaning before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
