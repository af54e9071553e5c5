#!/usr/bin/env python3
"""Blind set 134: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email and every expected result was
written from the email's meaning alone, before the reader was ever run on
it. All names, channels, accounts, ids and URLs are fictional.

    python3 tests/corpus/blind134/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind134"

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "정보-공유-모음"
K3_RAW = "https://quietnote.tistory.com/entry/" + TISTORY_SLUG
K3 = "https://quietnote.tistory.com/entry/" + quote(TISTORY_SLUG)

N1 = "https://blog.naver.com/moonlit_orchard/223550011201"
N2 = "https://blog.naver.com/moonlit_orchard/223550011388"
N3 = "https://blog.naver.com/gray_pebble77/223551234567"
N4 = "https://cafe.naver.com/quietlanternclub/48211"
N5 = "https://cafe.naver.com/quietlanternclub/48230"
N6 = "https://cafe.naver.com/quietlanternclub/48302"
N7 = "https://blog.naver.com/sunflower_ledger/223552900014"
N8 = "https://cafe.naver.com/riverstonefriends/9154"
N9 = "https://cafe.naver.com/riverstonefriends/9177"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230987"
N11 = "https://blog.naver.com/PostView.naver?blogId=paperkite_91&logNo=223553004411"
N12 = "https://blog.naver.com/tagged_cloud/223553110002"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

X1 = "https://x.com/brass_kettle_88/status/1831200000000000101"
X2 = "https://x.com/brass_kettle_88/status/1831200000000000145"
X3 = "https://x.com/nightowl_ledger/status/1831211110000000222"
X4 = "https://x.com/cobalt_finch_kr/status/1831222220000000333"
XS = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=qT7mLx2Pz9A"
Y2 = "https://www.youtube.com/watch?v=Hb3kR8wN1sE"
Y3 = "https://www.youtube.com/shorts/Zp4Vn6Qe2Lk"
YS = [Y1, Y2, Y3]

T1 = "https://t.me/amber_crane_market/1184"
T2 = "https://t.me/amber_crane_market/1201"

K1 = "https://cafe.daum.net/pinewhistle/Fb2x/3381"
K2 = "https://cafe.daum.net/pinewhistle/Fb2x/3390"
K4 = "https://quietnote.tistory.com/58"
K5 = "https://pf.kakao.com/_xkQmTb/104377201"
KS = [K1, K2, K3, K4, K5]

TT1 = "https://www.tiktok.com/@mirror_lake_dance/video/7412345678901234567"
X5 = "https://x.com/sable_orchid/status/1835500000000000777"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     NAVER, "illegal_gambling", "req.240903-01@kcsc.example", "불법 도박 홍보 게시물 (블로그/카페/지식iN)"),
    ("KCSC-240905-02", "x", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     XS, "drugs", "req.240905-02@kcsc.example", "drug sale posts"),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:15:00+09:00", "2024-09-16T23:59:59+09:00",
     YS, "illegal_gambling", "req.240909-03@kcsc.example", "gambling promotion videos"),
    ("KCSC-240910-04", "telegram", "2024-09-10T11:02:00+09:00", "2024-09-17T23:59:59+09:00",
     [T1, T2], "drugs", "req.240910-04@kcsc.example", "channel posts advertising narcotics"),
    ("KCSC-240912-05", "kakao", "2024-09-12T16:40:00+09:00", "2024-09-19T23:59:59+09:00",
     KS, "privacy", "req.240912-05@kcsc.example", "개인정보 유포 게시물"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T10:20:00+09:00", "2024-09-16T23:59:59+09:00",
     [TT1], "obscene", "req.240913-06@kcsc.example", "single video"),
    ("KCSC-240916-07", "x", "2024-09-16T13:05:00+09:00", "2024-09-19T23:59:59+09:00",
     [X5], "illegal_gambling", "req.240916-07@kcsc.example", "single post"),
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


# ------------------------------------------------------- quoted requests
def naver_request_lines(urls=NAVER):
    out = [
        "안녕하십니까, 방송통신심의위원회 불법정보 대응팀입니다.",
        "",
        "아래 게시물은 정보통신망법 제44조의7 위반 정보로 심의·의결되어",
        "시정요구(삭제 또는 접속차단)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
        "요청번호: KCSC-240903-01",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "방송통신심의위원회 드림"]
    return out


def quote_gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def x_request_lines():
    return [
        "Dear X Legal team,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following posts, which offer illegal drugs for sale (request",
        "KCSC-240905-02):",
        "",
        *XS,
        "",
        "Please let us know the action taken for each post.",
        "",
        "KCSC Takedown",
    ]


def x_reminder_lines():
    return [
        "This is a reminder that the following items of request KCSC-240905-02",
        "(sent 5 September 2024, due 12 September 2024) are still pending:",
        "",
        *XS,
        "",
        "Please reply to this message with the action taken for each item.",
        "",
        "KCSC Takedown",
    ]


def yt_reminder_lines():
    return [
        "Reminder: request KCSC-240909-03 (sent 9 September 2024) was due on",
        "16 September 2024. These items are still pending:",
        "",
        *YS,
        "",
        "KCSC Takedown",
    ]


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


ZD_MARK = "##- 회신하실 때에는 이 줄 위에 작성해 주세요 -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED

case(
    name="zd-naver-solved-list",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification from a Korean portal help desk, with a per-URL result list",
    why="Agent lists two 게시중단 완료 and one post already deleted by its author; the rest is left for later",
    date="Thu, 05 Sep 2024 14:22:10 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 #58213 해결됨: Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""{ZD_MARK}

요청 #58213 의 상태가 '해결됨'으로 변경되었습니다.

김서연 (NAVER 고객센터)
2024년 9월 5일 14:20 KST

안녕하세요, NAVER 고객센터입니다.
방송통신심의위원회 시정요구(KCSC-240903-01) 건 중 블로그 게시물의 처리 결과를 안내드립니다.

- {N1} : 게시중단 완료
- {N2} : 게시중단 완료
- {N3} : 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

카페 및 지식iN 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다.

감사합니다.

--------------------------------
이 메일에 회신하시면 요청이 다시 열립니다.
요청 내역 보기: https://help.naver.com/requests/58213
[7QKX2P-R91L]
""",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="zd-naver-comment-thread-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk comment notification carrying the whole ticket history (latest comment first, the regulator's original request at the bottom)",
    why="Latest agent comment states 임시조치 for two cafe posts; the earlier promise and our own request in the history change nothing",
    date="Fri, 06 Sep 2024 17:05:44 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 #58213 업데이트: Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""{ZD_MARK}

이원준 (NAVER 고객센터)
2024년 9월 6일 17:03 KST

안녕하세요. 요청하신 카페 게시물 중 아래 2건은 정보통신망법 제44조의2에 따라
임시조치(30일) 되었습니다.

{N4}
{N5}

나머지 카페 게시물은 카페 운영진 확인 절차가 진행 중입니다.

----------------------------------------------

김서연 (NAVER 고객센터)
2024년 9월 3일 15:41 KST

요청이 접수되었습니다. 담당 부서에서 검토한 후 순차적으로 회신드리겠습니다.

----------------------------------------------

KCSC Takedown
2024년 9월 3일 10:00 KST

{chr(10).join(naver_request_lines([N4, N5, N6, N8, N9]))}

--------------------------------
이 메일에 회신하시면 요청에 댓글이 추가됩니다.
[7QKX2P-R91L]
""",
    items={N4: "restricted", N5: "restricted", N6: "pending", N9: "pending"},
)

case(
    name="fd-x-ticket-update-bullets",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket updated' notification with an agent reply listing one outcome per post",
    why="Three posts named with removed / withheld in KR / no violation; the fourth is only 'the remaining post'",
    date="Tue, 10 Sep 2024 09:41:00 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[#INC-40917] Ticket updated: KCSC-240905-02",
    reply_to_req="req.240905-02",
    body=f"""Hello,

Thank you for your patience. Our team has finished reviewing most of the
posts listed in your request KCSC-240905-02. Here is where things stand:

* {X1} - removed for violating the X Rules on illegal goods and services.
* {X2} - withheld in South Korea in response to a valid legal demand.
* {X3} - reviewed; we found no violation of the X Rules or of local law, so no action was taken.

We are still looking into the remaining post and will update this ticket.

Kind regards,
Daniel
X Support

Ticket: #INC-40917 | Status: Pending
Reply to this email to add a comment, or view the ticket at https://help.x.com/tickets/INC-40917
""",
    items={X1: "removed", X2: "restricted", X3: "rejected"},
)

YT_JIRA_TEXT = f"""---- Reply above this line.

LGL-88231 was resolved.

Hi KCSC team,

We have completed our review of request KCSC-240909-03. Outcome per URL:

{Y1}
  Removed - Community Guidelines (harmful or dangerous content)
{Y2}
  Age-restricted
{Y3}
  No action - we did not find a violation of our policies or of local law

View request: https://support.google.com/legal/requests/LGL-88231
"""
YT_JIRA_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p style="color:#888">---- Reply above this line.</p>
<p><b>LGL-88231</b> was resolved.</p>
<p>Hi KCSC team,</p>
<p>We have completed our review of request KCSC-240909-03. Outcome per URL:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>Removed &ndash; Community Guidelines (harmful or dangerous content)</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>No action &ndash; we did not find a violation of our policies or of local law</td></tr>
</table>
<p><a href="https://support.google.com/legal/requests/LGL-88231">View request</a></p>
</body></html>"""

case(
    name="jira-yt-resolved-table",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with an outcome table (YouTube legal support)",
    why="Each of the three videos has its own outcome: removed, age-restricted, no violation",
    date="Fri, 13 Sep 2024 08:12:30 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[JIRA] (LGL-88231) Resolved: KCSC-240909-03 removal request (Republic of Korea)",
    reply_to_req="req.240909-03",
    raw_mime=alt(YT_JIRA_TEXT, YT_JIRA_HTML, "jsm-88231-a"),
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="helpscout-tg-reply-over-quote",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply top-posted over the regulator's quoted request (Telegram abuse desk)",
    why="Both messages named in the agent's own text as deleted; the quoted request below repeats them",
    date="Thu, 12 Sep 2024 21:48:02 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC-240910-04] Request for removal of illegal content",
    reply_to_req="req.240910-04",
    body=f"""Hello,

The two messages you reported in the channel @amber_crane_market have been
deleted and are no longer accessible:

{T1}
{T2}

The channel's administrators have been warned.

Regards,
Adrian
Telegram Support

--
Conversation #402117 - reply to this email to continue the conversation.

On Tue, Sep 10, 2024 at 11:02 AM, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram team,
>
> We request the removal of the following messages, which advertise
> narcotics (request KCSC-240910-04):
>
> {T1}
> {T2}
>
> KCSC Takedown
""",
    items={T1: "removed", T2: "removed"},
)

KAKAO_CSV = (
    "\ufeff번호,URL,조치결과,비고\n"
    f"1,{K1},삭제,운영정책 위반(개인정보 노출)\n"
    f"2,{K2},임시조치,30일 접근 제한\n"
    f"3,{K3},삭제,\n"
    f"4,{K4},게시물 없음,작성자가 이미 삭제\n"
    f"5,{K5},조치 불가,위반 사항이 확인되지 않아 게시 유지\n"
)

case(
    name="kakao-ticket-result-csv",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket result mail with an Excel-exported CSV attachment of per-URL outcomes",
    why="CSV rows: 삭제, 임시조치, 삭제, 게시물 없음, 조치 불가(위반 없음)",
    date="Tue, 17 Sep 2024 11:30:00 +0900",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의번호 #KS-0912-7731 처리 결과 안내 (KCSC-240912-05)",
    reply_to_req="req.240912-05",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-7731"

--kakao-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

문의번호 #KS-0912-7731 (귀 위원회 요청번호 KCSC-240912-05) 에 대한
게시물별 조치 결과를 첨부 파일로 보내드립니다.

추가 문의는 본 메일에 회신해 주시기 바랍니다.
카카오 고객센터 드림

--kakao-7731
Content-Type: text/csv; charset=utf-8; name="KS-0912-7731_result.csv"
Content-Disposition: attachment; filename="KS-0912-7731_result.csv"
Content-Transfer-Encoding: base64

{b64(KAKAO_CSV)}

--kakao-7731--
""",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="tiktok-solved-single",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety ticket 'solved' notice for a single reported video",
    why="The one video is named and stated removed",
    date="Sat, 14 Sep 2024 03:15:09 +0900",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Your ticket #20240914551 has been solved",
    body=f"""Hi KCSC team,

Thanks for your report (your reference: KCSC-240913-06).

After review, the video below has been removed from TikTok for violating
our Community Guidelines:
{TT1}

This ticket is now marked as solved. If you reply within 7 days it will be
reopened automatically.

TikTok Trust & Safety
Ticket #20240914551
""",
    items={TT1: "removed"},
)

case(
    name="x-reply-to-reminder-outlook",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to the regulator's overdue reminder, top-posted over '-----Original Message-----'",
    why="Agent states one post stays up (no violation) and one is withheld in KR; the reminder below lists all four",
    date="Fri, 13 Sep 2024 16:02:41 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: [Reminder] KCSC-240905-02 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-02.20240913@kcsc.example>"],
    body=f"""Hello KCSC team,

Apologies for the delay on this one. Update on the two posts that were still open:

{X3} - we reviewed this post against the X Rules and local law and found no
violation; it remains available.

{X4} - this post is now withheld in South Korea.

Best,
Mina
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal@x.com
Subject: [Reminder] KCSC-240905-02 - response overdue

{chr(10).join(x_reminder_lines())}
""",
    items={X3: "rejected", X4: "restricted", X1: "pending", X2: "pending"},
)

case(
    name="naver-followup-partial-numbered",
    outcome="applied", classification="confirmation",
    imitates="Follow-up in the same help-desk thread: numbered list with the result on the line below each URL, two items still under review",
    why="게시중단, 비공개 처리, 블라인드 for three posts; two more named as still 검토 중 stay pending",
    date="Mon, 09 Sep 2024 10:34:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="Re: [NAVER 고객센터] 요청 #58213 추가 처리 결과 안내",
    reply_to_req="req.240903-01",
    body=f"""안녕하세요. NAVER 고객센터입니다.

지난 9월 5일 회신에 이어 KCSC-240903-01 건의 나머지 게시물 처리 결과를 안내드립니다.

1. {N6}
   → 게시중단 조치 완료
2. {N7}
   → 블로그 운영자에 의해 비공개 처리됨
3. {N8}
   → 블라인드 처리 완료

아래 2건은 현재 관련 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.
- {N9}
- {N10}

감사합니다.
NAVER 고객센터
""",
    items={N6: "removed", N7: "removed", N8: "removed", N9: "pending", N10: "pending"},
)

NAVER_QP_TEXT = f"""안녕하십니까, 네이버 권리보호센터입니다.

귀 위원회에서 시정요구하신 건(KCSC-240903-01)에 대하여 다음과 같이 조치하였음을 알려드립니다.

{N9}은 국내 이용자 대상 접속 차단 조치하였습니다.
{N11}의 게시물은 삭제되었습니다.
{N10}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

기타 문의사항은 본 메일로 회신 바랍니다.
네이버 권리보호센터 드림
"""

case(
    name="naver-qp-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치 결과 회신, quoted-printable, URLs followed directly by Korean particles",
    why="접속 차단 (restricted), 삭제 (removed), 작성자 삭제로 존재하지 않음 (not_found)",
    date="Wed, 11 Sep 2024 13:10:00 +0900",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[권리보호센터] 시정요구 조치 결과 회신 (KCSC-240903-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_QP_TEXT)}
""",
    items={N9: "restricted", N11: "removed", N10: "not_found"},
)

YT_B64_HTML = f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting YouTube about request KCSC-240909-03.</p>
<p>Following our review, we have removed the following content from YouTube:</p>
<ul><li><a href="{Y1}">{Y1}</a></li></ul>
<p>The remaining items in your request are still being reviewed. We will
update you once that review is complete.</p>
<p>Learn more about how we handle legal requests:
<a href="https://support.google.com/youtube/answer/6154218">YouTube Help</a></p>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>"""

case(
    name="yt-base64-html-partial",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support case update in base64-encoded HTML, one video removed, the rest still under review",
    why="One video named as removed; the other two are not named",
    date="Wed, 11 Sep 2024 07:55:12 +0900",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Your YouTube legal request [8-2741000031245] - update",
    reply_to_req="req.240909-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64_HTML)}
""",
    items={Y1: "removed"},
)

case(
    name="tg-case-status-lines",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case outcome: bare URL, result on the line below",
    why="First message restricted for users in Korea; second link has no message (not found)",
    date="Fri, 13 Sep 2024 19:20:00 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="[Case #7730215] KCSC-240910-04 - outcome of your report",
    body=f"""Case #7730215

Dear reporter,

We have completed our review of the content you reported under
KCSC-240910-04. Result for each link:

{T1}
Result: restricted - this message can no longer be viewed by users in the Republic of Korea.

{T2}
Result: not found - there is no message at this link.

You can read more about how we handle reports at https://telegram.org/moderation

The Telegram Team
""",
    items={T1: "restricted", T2: "not_found"},
)

case(
    name="kakao-fwd-dept-reply",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Platform liaison forwarding an internal department's reply ('---------- Forwarded message ---------') without a statement of his own",
    why="The only statements are inside the forwarded block; the liaison himself states nothing",
    date="Sat, 14 Sep 2024 15:42:00 +0900",
    **{"from": "minjae.kim@kakaocorp.com"}, name_from="김민재",
    subject="Fwd: [운영정책팀] KCSC-240912-05 검토 결과",
    body=f"""안녕하세요, 카카오 대외협력팀 김민재입니다.
운영정책팀 회신 내용을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 운영정책팀 <policy-ops@kakaocorp.com>
Date: 2024년 9월 14일 (토) 오후 3:10
Subject: [운영정책팀] KCSC-240912-05 검토 결과
To: 김민재 <minjae.kim@kakaocorp.com>

민재님, 위원회 요청 건 검토 결과입니다.

{K1} 삭제 완료
{K2} 삭제 완료
{K5} 위반 사항 없음, 게시 유지

대외 회신 부탁드립니다.
""",
    items={K1: "pending", K2: "pending", K5: "pending"},
)

case(
    name="naver-fwd-with-own-summary",
    outcome="applied", classification="confirmation",
    imitates="Platform staff mail that states the result in its own words and forwards the operating team's log below for reference",
    why="The sender's own first paragraph states the blog post deleted",
    date="Thu, 12 Sep 2024 11:05:00 +0900",
    **{"from": "jihoon.park@navercorp.com"}, name_from="박지훈",
    subject="Fwd: 블로그 게시물 처리 결과 (KCSC-240903-01)",
    body=f"""위원회 담당자님께,

요청하신 게시물 {N12} 은 오늘 오전 삭제 처리를 완료하였습니다.
참고로 블로그 운영팀의 처리 내역 메일을 아래에 전달드립니다.

박지훈 드림
네이버 대외협력실

---------- Forwarded message ---------
From: 블로그 운영팀 <blog-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오전 9:48
Subject: 처리 내역 - tagged_cloud
To: 박지훈 <jihoon.park@navercorp.com>

tagged_cloud 블로그 223553110002 글 운영자 삭제 처리함 (09:45).
""",
    items={N12: "removed"},
)

X_TABLE_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Here is an update on your request <b>KCSC-240905-02</b>.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse" border="1">
<thead><tr><th>Post</th><th>Outcome</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>{X1}</td><td>Withheld (KR)</td><td>Restricted in South Korea under local law</td></tr>
<tr><td>{X2}</td><td>Removed</td><td>Violated the X Rules</td></tr>
<tr><td>{X4}</td><td>Not found</td><td>The post had already been deleted by its author</td></tr>
</tbody></table>
<p>Thanks,<br>X Safety</p>
<p style="font-size:11px;color:#777">Case 0198-40917 &middot; <a href="https://help.x.com/en/rules-and-policies/x-rules">The X Rules</a></p>
</body></html>"""

case(
    name="x-html-table",
    outcome="applied", classification="confirmation",
    imitates="X safety case update as an HTML-only table (Post / Outcome / Notes)",
    why="Withheld KR -> restricted, Removed -> removed, deleted by its author -> not_found; X Rules link is not an item",
    date="Wed, 11 Sep 2024 22:30:00 +0900",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    subject="Case update: KCSC-240905-02",
    type="html",
    body=X_TABLE_HTML,
    items={X1: "restricted", X2: "removed", X4: "not_found"},
)

case(
    name="naver-receipt-plus-results",
    outcome="applied", classification="confirmation",
    imitates="Help-desk 'request received' reply in which the agent also states that two posts are already blinded",
    why="Acknowledgement wording plus unhedged item-level statements: not a pure acknowledgement",
    date="Tue, 03 Sep 2024 16:20:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 - 접수 및 1차 답변 (#58240)",
    reply_to_req="req.240903-01",
    body=f"""안녕하세요. NAVER 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 58240)
담당 부서 확인 후 순차적으로 답변드리겠습니다.

아울러 요청하신 게시물 중 아래 2건은 이미 블라인드 처리된 게시물임을 알려드립니다.
{N1}
{N4}

감사합니다.
""",
    items={N1: "removed", N4: "removed"},
)

case(
    name="tiktok-bulk-one-item",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket-closed reply ('all reported content has been removed') over a Gmail-quoted one-item request",
    why="General statement, but the request has a single item, so it applies to that item",
    date="Sun, 15 Sep 2024 12:00:40 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC-240913-06] Request for removal - 1 item",
    reply_to_req="req.240913-06",
    body=f"""Hello,

We have reviewed your report. All reported content has been removed for
violating our Community Guidelines. Ticket #20240915-71204 is now closed.

Best regards,
TikTok Legal Team

On Fri, Sep 13, 2024 at 10:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok team,
>
> Please remove the following video (request KCSC-240913-06):
> {TT1}
>
> KCSC Takedown
""",
    items={TT1: "removed"},
)

case(
    name="x-single-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Short agent reply with the URL in angle brackets, Gmail quote below",
    why="The one post of KCSC-240916-07 stated removed",
    date="Wed, 18 Sep 2024 10:14:00 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240916-07 removal request",
    reply_to_req="req.240916-07",
    body=f"""Hi,

The reported post <{X5}> has been removed for violating our rules on
illegal activity.

Thanks,
X Legal

On Mon, Sep 16, 2024 at 1:05 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Please remove the post below, which promotes illegal gambling
> (request KCSC-240916-07):
>
> {X5}
>
> KCSC Takedown
""",
    items={X5: "removed"},
)

case(
    name="yt-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply: statement first, URL on its own line below it",
    why="One video removed, one short reviewed and left up (no violation)",
    date="Sat, 14 Sep 2024 06:40:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] 불법정보 삭제 요청 [8-2741000031245]",
    reply_to_req="req.240909-03",
    body=f"""Hello,

Thanks for reaching out to YouTube.

The following video has been removed from YouTube following our review:

{Y2}

The following content was reviewed and will remain available, as we did not
find a violation of our Community Guidelines or of local law:

{Y3}

Regards,
The YouTube Team
""",
    items={Y2: "removed", Y3: "rejected"},
)

case(
    name="naver-wrapped-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style Korean reply: a long URL wrapped inside angle brackets, another in full-width parentheses",
    why="지식iN 질문 운영자 삭제 and 블로그 글 비공개 처리: both removed",
    date="Tue, 10 Sep 2024 18:02:00 +0900",
    **{"from": "soyeon.lee@navercorp.com"}, name_from="이소연",
    subject="RE: 시정요구 조치 요청 (KCSC-240903-01)",
    reply_to_req="req.240903-01",
    body=f"""담당자님 안녕하세요.
요청 주신 게시물 중 2건의 조치 결과 회신드립니다.

1) 지식iN 질문 <https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&
docId=471230987> : 운영자 삭제
2) 블로그 게시물（{N2}）: 비공개 처리 완료

감사합니다.
이소연 드림
""",
    items={N10: "removed", N2: "removed"},
)

case(
    name="kakao-tistory-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations notice naming a post by its raw Korean-slug URL",
    why="Raw Korean path matches the percent-encoded item; both posts deleted / blinded",
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    subject="[티스토리] 게시물 조치 결과 안내 (KCSC-240912-05)",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240912-05)에 대한 조치 결과를 안내드립니다.

{K3_RAW} 게시글은 운영정책 위반으로 삭제되었습니다.
{K4} 게시글은 블라인드 처리되었습니다.

나머지 다음 카페 및 카카오톡 채널 게시물은 해당 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    items={K3: "removed", K4: "removed"},
)

case(
    name="tg-ticket-closed-mixed",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket closed' notification quoting the agent's last reply (one deleted, one left up)",
    why="One message deleted by moderators, the other reviewed with no violation found",
    date="Mon, 16 Sep 2024 20:11:00 +0900",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    subject="Ticket closed: [#771203] KCSC-240910-04",
    body=f"""Your ticket [#771203] has been closed.

Last reply from our agent:

  Message {T1} - deleted by our moderators.
  Message {T2} - reviewed; we found no violation of Telegram's Terms of Service, so it remains available.

If you think this ticket was closed in error, reply to this email within 14 days.

Telegram Support
""",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="naver-comment-added-jira",
    outcome="applied", classification="confirmation",
    imitates="Service-desk 'new comment on your request' notification with a reply marker line",
    why="임시조치(접근 제한) for one cafe post; another kept because no violation was found",
    date="Sat, 07 Sep 2024 11:20:00 +0900",
    **{"from": "servicedesk@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 NV-33120 에 새 답변이 등록되었습니다 (KCSC-240903-01)",
    body=f"""↓ 이 줄 위에 답장을 작성해 주세요 ↓

정하늘 님이 요청 NV-33120 에 답변을 남겼습니다:

"{N5} 게시물은 임시조치(접근 제한)되었습니다.
{N6} 게시물은 검토 결과 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다."

요청 보기: https://help.naver.com/servicedesk/NV-33120
이 알림은 요청 참여자에게 발송되었습니다.
""",
    items={N5: "restricted", N6: "rejected"},
)

case(
    name="kakao-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations partial answer: two posts deleted, a third 'will be actioned after the owner's explanation'",
    why="Two deletions stated; the Kakao channel post only gets a promise and stays pending",
    date="Sun, 15 Sep 2024 10:05:00 +0900",
    **{"from": "cafe-ops@daum.net"}, name_from="Daum 카페 운영팀",
    subject="Re: [KCSC-240912-05] 개인정보 유포 게시물 조치 요청",
    reply_to_req="req.240912-05",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 중 다음 카페 게시물 2건은 삭제 조치되었습니다.
- {K1}
- {K2}

{K5} 는 카카오톡 채널 운영자의 소명을 확인한 후 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    items={K1: "removed", K2: "removed", K5: "pending"},
)

case(
    name="x-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="X 'update on your report' notice echoing each report's fields (report id, reported content, reference, outcome)",
    why="Two echoed reports, each with its own outcome: withheld in KR, no violation",
    date="Sun, 08 Sep 2024 02:12:00 +0900",
    **{"from": "noreply@x.com"}, name_from="X",
    subject="Update on your reports (KCSC-240905-02)",
    body=f"""Hello,

We've finished reviewing two of your reports.

Report ID: 0198-4471-KR
Reported content: {X2}
Reported under: Local laws - Republic of Korea
Your reference: KCSC-240905-02
Outcome: We have withheld this post in the Republic of Korea.

Report ID: 0198-4472-KR
Reported content: {X3}
Reported under: Local laws - Republic of Korea
Your reference: KCSC-240905-02
Outcome: After review, we did not find a violation of the X Rules or of local law. No action was taken.

Learn more about how we enforce our rules: https://help.x.com/en/rules-and-policies/enforcement-options

X
""",
    items={X2: "restricted", X3: "rejected"},
)

case(
    name="yt-reply-to-reminder-gmail",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply to the regulator's reminder, one item done, the reminder quoted with '>'",
    why="The short is stated removed; the other two are only 'with our legal team' and in the quoted reminder",
    date="Tue, 17 Sep 2024 15:25:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="Re: [Reminder] KCSC-240909-03 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-03.20240917@kcsc.example>"],
    body=f"""Hi,

Thanks for the nudge. {Y3} has now been removed for violating our
Community Guidelines. The other two videos are still with our legal team;
we'll get back to you shortly.

Jisoo
Google Legal Korea

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_gt(yt_reminder_lines())}
""",
    items={Y3: "removed", Y1: "pending", Y2: "pending"},
)

KR_TABLE_ROWS = [
    (N1, "삭제", "2024-09-06"),
    (N2, "삭제", "2024-09-06"),
    (N3, "접속차단", "2024-09-06"),
    (N4, "해당 게시물 없음", "-"),
    (N5, "삭제", "2024-09-07"),
    (N6, "검토 중", "-"),
    (N7, "블라인드", "2024-09-07"),
    (N8, "임시조치", "2024-09-07"),
    (N11, "삭제", "2024-09-08"),
    (N12, "미조치(위반 사항 없음)", "-"),
]


def kr_table_html():
    rows = "\n".join(
        f"<tr><td>{i}</td><td>{u}</td><td>{s}</td><td>{d}</td></tr>"
        for i, (u, s, d) in enumerate(KR_TABLE_ROWS, 1)
    )
    return f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{rows}
</table>
<p>※ '검토 중' 게시물은 조치 완료 후 별도 회신 예정입니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""


def kr_table_text():
    lines = ["방송통신심의위원회 귀중", "",
             "귀 위원회의 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신합니다.", "",
             "연번 | URL | 조치결과 | 조치일"]
    for i, (u, s, d) in enumerate(KR_TABLE_ROWS, 1):
        lines.append(f"{i} | {u} | {s} | {d}")
    lines += ["", "※ '검토 중' 게시물은 조치 완료 후 별도 회신 예정입니다.", "", "네이버 주식회사 정책지원팀"]
    return "\n".join(lines)


case(
    name="naver-kcsc-result-table",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (연번/URL/조치결과/조치일), text and HTML alternatives",
    why="Ten rows: 삭제, 접속차단, 해당 게시물 없음, 검토 중, 블라인드, 임시조치, 미조치(위반 없음)",
    date="Mon, 09 Sep 2024 17:45:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240903-01)",
    reply_to_req="req.240903-01",
    raw_mime=alt(kr_table_text(), kr_table_html(), "nv-kcsc-result"),
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "pending", N7: "removed", N8: "restricted", N11: "removed", N12: "rejected"},
)

# =================================================================== REVIEW

case(
    name="naver-promise-will-delete",
    outcome="review", review="not_understood",
    imitates="Help-desk agent reply promising deletion 'within this week' after internal review",
    why="Only a promise about two named posts: nothing has happened yet",
    date="Wed, 04 Sep 2024 10:10:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="Re: [NAVER 고객센터] 요청 #58213 진행 안내",
    reply_to_req="req.240903-01",
    body=f"""{ZD_MARK}

안녕하세요. NAVER 고객센터입니다.

요청하신 게시물 중
{N9}
{N10}
위 2건은 내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

[7QKX2P-R91L]
""",
    items={N9: "pending", N10: "pending"},
)

case(
    name="x-hedge-may-have-been",
    outcome="review", review="not_understood",
    imitates="Freshdesk-style agent update hedging that posts 'may already have been removed' while still verifying",
    why="Hedged and unconfirmed: no statement about either post",
    date="Mon, 09 Sep 2024 12:30:00 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[#INC-40917] Ticket updated: KCSC-240905-02",
    reply_to_req="req.240905-02",
    body=f"""Hello,

Quick update on your ticket. It looks like the posts at

{X1}
{X3}

may already have been removed by the account holder. We're verifying this on
our end and will confirm in this ticket once we know more.

Kind regards,
Daniel
X Support

Ticket: #INC-40917 | Status: Open
""",
    items={X1: "pending", X3: "pending"},
)

case(
    name="naver-bulk-all-done",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notice stating that every post of the request was taken down, without listing them",
    why="'요청 게시물 전체' for a twelve-item request names no post",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 #58213 해결됨",
    reply_to_req="req.240903-01",
    body=f"""{ZD_MARK}

요청 #58213 의 상태가 '해결됨'으로 변경되었습니다.

김서연 (NAVER 고객센터)
2024년 9월 11일 08:58 KST

안녕하세요. 방송통신심의위원회 요청번호 KCSC-240903-01 의 요청 게시물 전체에 대해
게시중단 조치를 완료하였습니다. 협조에 감사드립니다.

--------------------------------
이 메일에 회신하시면 요청이 다시 열립니다.
[7QKX2P-R91L]
""",
    items={u: "pending" for u in NAVER},
)

case(
    name="kakao-bulk-solved",
    outcome="review", review="bulk",
    imitates="Ticket 'solved' message: all reported content actioned, no list",
    why="Five-item request, statement covers all without naming any",
    date="Thu, 19 Sep 2024 09:30:00 +0900",
    **{"from": "safety-report@kakaocorp.com"}, name_from="Kakao Safety",
    subject="[#KS-0912-7731] Solved: KCSC-240912-05",
    body="""Hello,

All of the reported content in your request KCSC-240912-05 has been actioned
under our operating policy. This ticket is now solved.

If anything is still visible, reply to this email and the ticket will be reopened.

Kakao Safety Team
""",
    items={u: "pending" for u in KS},
)

case(
    name="tg-spoofed-auth-fail",
    outcome="review", review="untrusted",
    imitates="Telegram-style deletion notice whose DKIM/SPF/DMARC all fail",
    why="Claims both messages deleted, but the mail fails authentication",
    auth="fail",
    date="Thu, 12 Sep 2024 08:01:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC-240910-04] Request for removal of illegal content",
    body=f"""Hello,

Both messages have been deleted:
{T1}
{T2}

Telegram Support
""",
    items={T1: "pending", T2: "pending"},
)

case(
    name="vendor-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor replying 'on behalf of' a platform from its own domain",
    why="States two X posts removed, but the sender is not X",
    date="Tue, 10 Sep 2024 13:00:00 +0900",
    **{"from": "casework@northgate-review.example"}, name_from="Northgate Review Services",
    subject="Re: KCSC-240905-02 - case outcome",
    body=f"""Dear KCSC,

We handle content escalations on behalf of our client. Regarding your request
KCSC-240905-02:

{X1} - removed
{X2} - removed

Regards,
Casework Desk
Northgate Review Services
""",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-misdirected-x-url",
    outcome="review", review="wrong_platform",
    imitates="Google legal reply to a misdirected request: 'this URL is not hosted on any Google service'",
    why="Google speaks about an X post; it cannot state that post's status",
    date="Fri, 13 Sep 2024 10:45:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="Re: [KCSC-240905-02] 불법정보 삭제 요청",
    body=f"""Hello,

We received your message about request KCSC-240905-02. The URL below is not
hosted on YouTube or on any other Google service, so Google is not able to
take action on it:

{X4}

We suggest contacting the service that hosts this content directly.

Regards,
Google Legal Korea
""",
    items={X4: "pending"},
)

case(
    name="naver-asks-more-info",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Help-desk request for supporting documents before acting on two posts",
    why="Asks the regulator for 근거 자료; no outcome",
    date="Fri, 06 Sep 2024 09:30:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 #58213 추가 자료 요청",
    reply_to_req="req.240903-01",
    body=f"""{ZD_MARK}

안녕하세요. NAVER 고객센터입니다.

요청하신 게시물 중 아래 2건은 검토를 위해 추가 자료가 필요합니다.
{N6}
{N7}

해당 게시물이 불법정보에 해당한다고 판단하신 근거(심의 의결서 등)를 본 메일에 회신으로
보내주시면 확인 후 처리하겠습니다.

[7QKX2P-R91L]
""",
    items={N6: "pending", N7: "pending"},
)

case(
    name="naver-csat-survey",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="Trusted portal mail, no item, no request reference (only the help-desk ticket number)",
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 상담은 만족스러우셨나요? (요청 #58213)",
    body="""안녕하세요. NAVER 고객센터입니다.

최근 해결된 요청 #58213 에 대한 상담 경험을 평가해 주세요.
평가는 1분이면 충분합니다.

만족: https://help.naver.com/survey/58213?r=good
불만족: https://help.naver.com/survey/58213?r=bad

더 나은 서비스를 위해 노력하겠습니다.
""",
    items={},
)

case(
    name="tiktok-still-under-review",
    outcome="review", review="not_understood",
    imitates="Reply to the regulator's reminder saying the report is still under review",
    why="'still under review' is no statement; names the item",
    date="Wed, 18 Sep 2024 17:20:00 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [Reminder] KCSC-240913-06 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240913-06.20240917@kcsc.example>"],
    body=f"""Hello,

Thank you for your follow-up. Your report of
{TT1}
is still under review by our regional team. We will reply in this thread as
soon as a decision has been made.

TikTok Legal Team

> This is a reminder that request KCSC-240913-06 was due on 16 September 2024.
> Pending: {TT1}
""",
    items={TT1: "pending"},
)

# =================================================================== IGNORED

case(
    name="zd-naver-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement that echoes the submitted request",
    why="Pure receipt; the URLs appear only in the echo of our own request",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER 고객센터] 요청 #58213 접수 완료: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_MARK}

고객님의 요청이 접수되었습니다. (요청 #58213)
담당자가 확인 후 답변드릴 예정입니다. 이 메일은 발신 전용입니다.

접수된 내용:

{chr(10).join(naver_request_lines([N1, N2, N3]))}

[7QKX2P-R91L]
""",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="fd-x-auto-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement ('We've received your request')",
    why="Receipt with a ticket number only",
    date="Thu, 05 Sep 2024 14:30:40 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[#INC-40917] We've received your request: KCSC-240905-02",
    reply_to_req="req.240905-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

Thanks for contacting X Support. We've received your request and created
ticket #INC-40917. A member of our team will get back to you as soon as
possible.

Please don't change the subject line when replying, so that your reply is
added to the same ticket.

X Support
""",
)

case(
    name="ooo-naver-agent",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply from a platform staffer in the request thread",
    why="Out-of-office notice",
    date="Mon, 16 Sep 2024 09:00:05 +0900",
    **{"from": "jihoon.park@navercorp.com"}, name_from="박지훈",
    subject="[자동응답] 부재중 안내: Re: 시정요구 조치 요청 (KCSC-240903-01)",
    reply_to_req="req.240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박지훈입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
)

case(
    name="dsn-tiktok-reminder",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder to the platform (mailbox unavailable)",
    why="Bounce of our own reminder; the URL is in the returned message only",
    date="Tue, 17 Sep 2024 09:00:31 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7F21A"

--dsn-7F21A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: mailbox unavailable

--dsn-7F21A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 09:00:28 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address rejected: mailbox unavailable

--dsn-7F21A
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [Reminder] KCSC-240913-06 - response overdue
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240913-06.20240917@kcsc.example>

This is a reminder that request KCSC-240913-06 was due on 16 September 2024.
Pending: {TT1}

--dsn-7F21A--
""",
    items={TT1: "pending"},
)

case(
    name="mdn-kakao-read",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN) from a platform liaison",
    why="Message disposition notification only",
    date="Thu, 12 Sep 2024 17:02:00 +0900",
    **{"from": "minjae.kim@kakaocorp.com"}, name_from="김민재",
    subject="읽음: [KCSC-240912-05] 개인정보 유포 게시물 조치 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0912"

--mdn-kk-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: 김민재 <minjae.kim@kakaocorp.com>
제목: [KCSC-240912-05] 개인정보 유포 게시물 조치 요청
읽은 시간: 2024-09-12 (목) 오후 5:01

--mdn-kk-0912
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Outlook
Final-Recipient: rfc822; minjae.kim@kakaocorp.com
Original-Message-ID: <req.240912-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0912--
""",
)

case(
    name="jira-yt-request-created",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="Receipt with a tracking link (a help-centre page, not an item)",
    date="Mon, 09 Sep 2024 09:16:02 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[JIRA] (LGL-88231) Request received: KCSC-240909-03 removal request (Republic of Korea)",
    reply_to_req="req.240909-03",
    body="""---- Reply above this line.

Your request LGL-88231 has been received and is being reviewed by our team.

Reference: LGL-88231
Summary: KCSC-240909-03 removal request (Republic of Korea)
Status: Waiting for support

View and track your request: https://support.google.com/legal/requests/LGL-88231
""",
)

case(
    name="helpscout-tg-autoreply",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply at Telegram's abuse address",
    why="Automatic receipt, no outcome, no item",
    date="Tue, 10 Sep 2024 11:02:30 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC-240910-04] Request for removal of illegal content",
    reply_to_req="req.240910-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

Thank you for your message. It has reached our abuse team and has been
added to our queue as conversation #402117. We handle reports in the order
we receive them; you do not need to send your report again.

This is an automatic reply.

Telegram Abuse Team
""",
)


HEADER = """# Blind set 134 (ticket systems and threads): written from each email's
# meaning alone, before the reader was run on it. Generated by make.py."""

def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as
    real Korean mail clients and help desks send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(linesep="\n")


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
