#!/usr/bin/env python3
"""Blind set 332: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread (with the ticket history printed
unquoted below the newest comment), replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was ever run on them.

    python3 tests/corpus/blind332/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

SET = "blind332"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky7_casino_kr/status/1830112233445566701",
    2: "https://x.com/lucky7_casino_kr/status/1830112233445566702",
    3: "https://x.com/toto_winner88/status/1830224466881100113",
    4: "https://x.com/toto_winner88/status/1830224466881100114",
    5: "https://x.com/slotking_vip/status/1830337799001122335",
    6: "https://x.com/slotking_vip",
    7: "https://x.com/baccarat_daily/status/1830448800112233446",
    8: "https://x.com/baccarat_daily/status/1830448800112233447",
    9: "https://x.com/sportsbet_kor/status/1830559911223344557",
    10: "https://x.com/sportsbet_kor/status/1830559911223344558",
    11: "https://x.com/jackpot_hana/status/1830661122334455668",
    12: "https://x.com/jackpot_hana/status/1830661122334455669",
    13: "https://x.com/casino_linkhub/status/1830772233445566770",
}
X14 = "https://x.com/darkpill_seoul/status/1833550011223344550"
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vLp8TzXa",
    2: "https://www.youtube.com/watch?v=bN7kR2wHy0c",
    3: "https://www.youtube.com/shorts/Zt5uE1oPq9M",
    4: "https://www.youtube.com/@greenleaf_shop_kr",
}
T = {
    1: "https://t.me/quick_loan_kr/1187",
    2: "https://t.me/quick_loan_kr/1192",
    3: "https://t.me/fakeid_market",
}
N3_RAW = "https://cafe.naver.com/코인정보방/3391"
N = {
    1: "https://blog.naver.com/moonlit_ae/223561234501",
    2: "https://blog.naver.com/moonlit_ae/223561234588",
    3: "https://cafe.naver.com/%EC%BD%94%EC%9D%B8%EC%A0%95%EB%B3%B4%EB%B0%A9/3391",
    4: "https://cafe.naver.com/stockdream/88812",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470012345",
}
K = {
    1: "https://cafe.daum.net/bitrich24/Ahq3/571",
    2: "https://tv.kakao.com/v/448120937",
}
D1 = "https://discord.gg/kr-pills-market"

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", "illegal_gambling",
     "req-240902-01@kcsc.example", "online casino and sports-betting promotion", [X[i] for i in range(1, 14)]),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", "drugs",
     "req-240903-02@kcsc.example", "cannabis sale videos and channel", [Y[i] for i in range(1, 5)]),
    ("KCSC-240905-03", "telegram", "2024-09-05", "2024-09-12", "fraud",
     "req-240905-03@kcsc.example", "illegal loan ads and forged ID market", [T[i] for i in range(1, 4)]),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", "defamation",
     "req-240906-04@kcsc.example", "blog, cafe and Q&A posts", [N[i] for i in range(1, 6)]),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", "fraud",
     "req-240909-05@kcsc.example", "crypto pump scheme on Daum cafe and Kakao TV", [K[1], K[2]]),
    ("KCSC-240910-06", "discord", "2024-09-10", "2024-09-17", "drugs",
     "req-240910-06@kcsc.example", "server invite for pill sales", [D1]),
    ("KCSC-240911-07", "x", "2024-09-11", "2024-09-18", "drugs",
     "req-240911-07@kcsc.example", "single post advertising pills", [X14]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def gmail_quote(date, text):
    lines = [f"On {date} KCSC Takedown <takedown@kcsc.example> wrote:"]
    for ln in text.strip("\n").split("\n"):
        lines.append(("> " + ln) if ln else ">")
    return "\n".join(lines)


REQ_X = "\n".join([
    "Dear X Safety team,",
    "",
    "Under Article 44-7 of the Information and Communications Network Act, the",
    "Korea Communications Standards Commission asks you to remove or block the",
    "following 13 items (reference KCSC-240902-01):",
    "",
] + [f"{i}. {X[i]}" for i in range(1, 14)] + [
    "",
    "Please tell us the result for each URL by 9 September 2024.",
    "",
    "KCSC Takedown desk",
])

REQ_Y = "\n".join([
    "Dear YouTube Legal Support,",
    "",
    "Reference KCSC-240903-02. The following videos and channel sell",
    "cannabis to users in Korea. We ask you to remove or restrict them:",
    "",
] + [f"- {Y[i]}" for i in range(1, 5)] + [
    "",
    "Kind regards,",
    "KCSC Takedown desk",
])

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

# 1 Zendesk "solved" notification with two grouped lists
case(
    name="x-zendesk-solved-grouped-lists",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245567)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#0245567) has been solved. If you think it needs more work,
reply to this email and it will be reopened.

----------------------------------------------

Daniel K. (X Safety)

Sep 5, 2024, 16:12 GMT+9

Hello KCSC,

Thank you for your patience. We have reviewed the first part of your report.

In response to your legal demand, the following posts are now withheld in
South Korea. They remain visible in other countries:

{X[1]}
{X[2]}

The following posts were removed from X for violating our rules on
illegal or certain regulated goods and services:

{X[3]}
{X[4]}

The other URLs in your report are handled in a separate ticket.

Best,
Daniel
X Safety

----------------------------------------------
This email is a service from X Support. [RT7Q2-0M4KX]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved-ticket notification from a platform safety desk (reply-above-this-line marker, agent comment block)",
    why="Two labelled lists: withheld in South Korea (restricted) and removed from X (removed).",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "removed"},
)

# 2 Zendesk update with the ticket history printed unquoted below
case(
    name="x-zendesk-thread-history-unquoted",
    date="Tue, 10 Sep 2024 15:42:05 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245571)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#0245571) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Minseo R. (X Safety)

Sep 10, 2024, 15:42 GMT+9

Hello,

An update on the slotking_vip items. The post {X[5]}
has been removed for promoting unlicensed gambling, and the account
{X[6]} has been permanently suspended.

Regards,
Minseo

----------------------------------------------

KCSC Takedown

Sep 9, 2024, 10:05 GMT+9

Dear X team, we have not received any answer yet about these items of
KCSC-240902-01:
{X[9]}
{X[10]}
Could you tell us their status?

----------------------------------------------

Minseo R. (X Safety)

Sep 5, 2024, 11:20 GMT+9

Hello,

Thanks for your report. The following posts are now withheld in South Korea:
{X[7]}
{X[8]}

----------------------------------------------
This email is a service from X Support. [9PL0Z-3W1QE]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that prints the whole ticket history (agent, requester, agent) without '>' quoting",
    why="Newest comment removes x5 and suspends x6; the older agent comment in the history withholds x7/x8 in Korea; our own comment only asks about x9/x10.",
    items={X[5]: "removed", X[6]: "removed", X[7]: "restricted", X[8]: "restricted",
           X[9]: "pending", X[10]: "pending"},
)

# 3 Help Scout-style top-posted reply over a Gmail-quoted request
case(
    name="yt-top-posted-over-gmail-quote",
    date="Fri, 06 Sep 2024 09:31:17 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request: cannabis sale videos",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Thanks for reaching out to YouTube. After review, we removed the videos
{Y[1]} and {Y[2]} from YouTube for violating
our Community Guidelines on the sale of regulated goods.

We also reviewed {Y[3]}. This Short does not violate
our Community Guidelines or local law as we understand it, so we are not
taking action on it at this time.

Regards,
Hyun-woo
YouTube Legal Support

{gmail_quote("Tue, Sep 3, 2024 at 10:02 AM", REQ_Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply top-posted over the Gmail-quoted request",
    why="Two videos removed, the Short kept with a reason (rejected); the channel appears only in the quoted request.",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected", Y[4]: "pending"},
)

# 4 Telegram: receipt phrase plus results
case(
    name="tg-receipt-phrase-with-results",
    date="Sat, 07 Sep 2024 02:14:51 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240905-03] Illegal loan advertising - Case #4418207",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We received your report (Case #4418207), thank you.

Our moderators have checked it:
- {T[1]} - message deleted
- {T[2]} - message deleted
- {T[3]} - channel blocked on all Telegram apps for the sale of forged documents

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that opens with a receipt line and then gives results",
    why="Receipt phrase plus unhedged per-URL results: two messages deleted, channel blocked on all apps.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed"},
)

# 5 NAVER customer-centre answer, Korean, raw Korean path
case(
    name="naver-cs-answer-korean-list",
    date="Tue, 10 Sep 2024 14:05:33 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)에 대한 처리 결과를
아래와 같이 안내드립니다.

1) {N[1]}
   - 처리 결과: 게시중단
2) {N[2]}
   - 처리 결과: 임시조치 (30일)
3) {N3_RAW}
   - 처리 결과: 삭제

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용이 아니며, 회신하시면 같은 문의로 접수됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 mail with a numbered 처리 결과 list",
    why="게시중단 and 삭제 are removed, 임시조치 is restricted; the cafe URL is written with its raw Korean path.",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

# 6 NAVER HTML table
NAVER_TABLE = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>접수번호 <b>20240911-0087</b> (요청 번호 KCSC-240906-04) 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[4]}">{N[4]}</a></td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>2</td><td><a href="{N[5].replace('&', '&amp;')}">{N[5].replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service.html">네이버 서비스 운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 권리보호센터</p>
</body></html>"""
case(
    name="naver-rights-centre-html-table",
    date="Wed, 11 Sep 2024 17:40:02 +0900",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (접수번호 20240911-0087)",
    reply_to_req="req-240906-04",
    type="html",
    body=NAVER_TABLE,
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 HTML table (번호/주소/처리 결과/비고)",
    why="블라인드 is removed; 게시물 없음 (author already deleted) is not_found; the policy link is not an item.",
    items={N[4]: "removed", N[5]: "not_found"},
)

# 7 Kakao Freshdesk-style "resolved" ticket
case(
    name="kakao-freshdesk-ticket-resolved",
    date="Fri, 13 Sep 2024 11:22:48 +0900",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 티켓 #88231 해결됨 - [KCSC-240909-05] 불법정보 삭제 요청",
    reply_to_req="req-240909-05",
    extra_headers=["X-Mailer: Freshdesk"],
    body=f"""
[카카오 고객센터] 문의 티켓 #88231의 상태가 '해결됨'으로 변경되었습니다.

담당자 답변 (2024-09-13 11:20)
--------------------------------------------------
안녕하세요, 카카오 고객센터입니다.

요청하신 두 건을 검토한 결과는 다음과 같습니다.

- Daum 카페 게시글 {K[1]}
  : 임시조치(접근 제한) 처리하였습니다. 게시자가 30일 안에 이의를 제기하지 않으면 그대로 유지됩니다.
- 카카오TV 영상 {K[2]}
  : 운영정책 위반으로 영상을 삭제하였습니다.

추가 문의는 이 메일에 회신해 주세요. 회신하시면 티켓이 다시 열립니다.
--------------------------------------------------
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' notification from a Korean portal's customer centre",
    why="임시조치(접근 제한) already applied is restricted; the Kakao TV video deleted is removed.",
    items={K[1]: "restricted", K[2]: "removed"},
)

# 8 Discord solved ticket naming the invite
case(
    name="discord-ticket-solved-named-invite",
    date="Thu, 12 Sep 2024 08:03:19 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-06] Server selling prescription drugs [#3318842]",
    reply_to_req="req-240910-06",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request #3318842 has been solved.

Hi there,

Thanks for flagging this to us. Our team investigated the server behind the
invite {D1} and found that it was being used to sell controlled
substances. We have removed the server from Discord and taken action against
the accounts that ran it. The invite no longer works.

If you have questions about this decision, reply to this email.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety solved-ticket reply (Zendesk-style)",
    why="The server behind the requested invite was removed.",
    items={D1: "removed"},
)

# 9 X sole statement for a one-item request, no URL
case(
    name="x-sole-statement-one-item",
    date="Fri, 13 Sep 2024 19:55:10 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240911-07] Post advertising pills (#0246102)",
    reply_to_req="req-240911-07",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#0246102) has been solved.

----------------------------------------------

Aaron T. (X Safety)

Sep 13, 2024, 19:54 GMT+9

Hello,

We have investigated the reported post and removed it for violating the X
Rules on illegal and regulated goods.

Thanks,
Aaron

----------------------------------------------
This email is a service from X Support. [4KD8S-1RTZ0]
""",
    outcome="applied", classification="confirmation",
    imitates="X Support solved ticket answering a one-post report without repeating the URL",
    why="One-item request, in-thread reply with the reference: 'removed it' applies to its only item.",
    items={X14: "removed"},
)

# 10 X legal via Jira with CSV attachment
CSV_X = "\n".join([
    "url,action,country,note",
    f"{X[9]},withheld,KR,Withheld in South Korea only",
    f"{X[10]},removed,ALL,Violates X Rules (illegal gambling)",
    f"{X[11]},no_action,,No violation of X Rules or local law found",
    f"{X[12]},not_found,,Post does not exist",
]) + "\n"
case(
    name="x-jira-resolved-csv-attachment",
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    subject="[JIRA] (LEGALKR-4471) KCSC-240902-01 gambling posts - Resolved",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==jira-4471=="

--==jira-4471==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—
Reply above this line.

Seo-yeon Choi resolved LEGALKR-4471 as Done.

Hello KCSC,

The outcome for the remaining URLs of your request KCSC-240902-01 is in
the attached file (one row per URL).

Seo-yeon Choi
X Legal Operations

View request · Turn off this request's notifications
This is shared with KCSC Takedown.

--==jira-4471==
Content-Type: text/csv; charset=utf-8; name="LEGALKR-4471-outcome.csv"
Content-Disposition: attachment; filename="LEGALKR-4471-outcome.csv"
Content-Transfer-Encoding: 8bit

{CSV_X}
--==jira-4471==--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' customer notification with a CSV outcome attachment",
    why="CSV rows: withheld in KR (restricted), removed, no_action with 'no violation' (rejected), not_found.",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

# 11 YouTube via Jira SD, prose comment
case(
    name="yt-jira-comment-channel-and-short",
    date="Mon, 09 Sep 2024 13:44:00 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support (Ji-won Park)",
    subject="RE: [KCSC-240903-02] Removal request: cannabis sale videos [YTL-20931]",
    reply_to_req="req-240903-02",
    body=f"""
—-—-—-—
Reply above this line.

Ji-won Park commented:

Hello,

We completed our review of two of the URLs in your request.

The channel {Y[4]} has been terminated for repeated
violations of our policy on the sale of illegal or regulated goods, so
its videos are no longer available on YouTube.

The Short {Y[3]} has been age-restricted; it can no
longer be viewed by signed-out users or viewers under 18.

Ji-won Park
YouTube Legal Support

View request · Turn off this request's notifications
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification from a platform legal desk",
    why="Channel terminated (removed); Short age-restricted (restricted).",
    items={Y[4]: "removed", Y[3]: "restricted"},
)

# 12 Telegram reply to our reminder, Outlook original message below
case(
    name="tg-reply-to-reminder-outlook-original",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="RE: Reminder: [KCSC-240905-03] 3 items still pending",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
        "References: <req-240905-03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>",
    ],
    body=f"""
Hello,

Sorry for the delay. The two posts {T[1]} and {T[2]}
were deleted by our moderators on 6 September.

There is no channel at {T[3]}. It had already been deleted
by its owner before we reviewed your report, so there was nothing for us
to act on.

Best regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: dsa@telegram.org
Subject: Reminder: [KCSC-240905-03] 3 items still pending

Dear Telegram team,

Our request KCSC-240905-03 of 5 September is past its due date. These
items are still pending in our records:

{T[1]}
{T[2]}
{T[3]}

Please tell us what was done with each.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Platform answer to a regulator's reminder, with the Outlook '-----Original Message-----' block below",
    why="Two messages deleted (removed); the channel had already been deleted by its owner (not_found).",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

# 13 X partial answer, rest under review
case(
    name="x-partial-answer-one-still-open",
    date="Wed, 04 Sep 2024 18:20:44 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245567)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#0245567) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Daniel K. (X Safety)

Sep 4, 2024, 18:20 GMT+9

Hello,

A first partial answer to your report:

* {X[1]} - withheld in South Korea
* {X[2]} - withheld in South Korea
* {X[13]} - still with our specialist team; we will update this ticket

We are working through the rest of the list.

Daniel
X Safety

----------------------------------------------
This email is a service from X Support. [RT7Q2-0M4KX]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-comment notification giving a partial answer",
    why="Two posts withheld in Korea (restricted); the third is still under review (pending).",
    items={X[1]: "restricted", X[2]: "restricted", X[13]: "pending"},
)

# 14 YouTube forwards enforcement note but states the results itself
case(
    name="yt-forward-with-own-statement",
    date="Sat, 07 Sep 2024 11:05:26 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Fwd: [KCSC-240903-02] enforcement outcome",
    reply_to_req="req-240903-02",
    body=f"""
Hello KCSC team,

I am passing on the note from our enforcement team below. To confirm
on our side: {Y[1]} and {Y[2]} have been removed
from YouTube.

Best,
Hyun-woo
YouTube Legal Support

---------- Forwarded message ---------
From: YouTube Enforcement <yt-enforcement@google.com>
Date: Fri, Sep 6, 2024 at 6:48 PM
Subject: [KCSC-240903-02] enforcement outcome
To: <legal-kr@google.com>

Both videos were taken down under the regulated goods policy (strike
issued to the uploader). No action on the other URLs yet.
""",
    outcome="applied",
    imitates="Platform employee forwarding an internal enforcement note and confirming the result in her own words",
    why="The sender's own unquoted sentence states both videos removed; the forwarded note only repeats it.",
    items={Y[1]: "removed", Y[2]: "removed"},
)

# 15 Telegram Freshdesk reply in quoted-printable, URL on the line below
TG_QP = f"""Dear KCSC,

Case #4418233 has been closed. Here is what our moderators decided:

1. Deleted:
   {T[1]}

2. Deleted:
   {T[2]}

3. No action. The channel below sells \u201cnovelty\u201d cards that do not
   copy any state document, which our Terms of Service allow:
   {T[3]}

You can reply to this email if you have new information about any of these.

\u2014 Telegram Support (Freshdesk)
"""
case(
    name="tg-freshdesk-closed-qp-url-below",
    date="Mon, 09 Sep 2024 04:11:09 +0000",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[#4418233] Closed: [KCSC-240905-03] illegal loan ads",
    reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TG_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' reply, quoted-printable, status label above the URL",
    why="Two 'Deleted' (removed); the channel kept with the reason that it breaks no rule (rejected).",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

# 16 X base64 HTML Zendesk-like table
X_HTML = f"""<html><body>
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#0245590) has been solved.</p>
<hr>
<p><b>Lena M. (X Safety)</b><br>Sep 12, 2024, 09:15 GMT+9</p>
<p>Hello,</p>
<p>Here is the result of our review:</p>
<table border="1" cellpadding="5">
<tr><th>Reported URL</th><th>Result</th></tr>
<tr><td>{X[2]}</td><td>Removed - violates the X Rules</td></tr>
<tr><td>{X[7]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[12]}</td><td>No violation found - no action taken</td></tr>
</table>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>Lena<br>X Safety</p>
<hr><p style="font-size:11px">This email is a service from X Support. [KV02M-88DLA]</p>
</body></html>
"""
case(
    name="x-zendesk-html-table-base64",
    date="Thu, 12 Sep 2024 09:16:02 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245590)",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(X_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification (base64) with a result table",
    why="Removed, withheld in KR (restricted), no violation found (rejected); the help-centre link is not an item.",
    items={X[2]: "removed", X[7]: "restricted", X[12]: "rejected"},
)

# 17 Kakao Korean prose with particles and full-width brackets
case(
    name="kakao-korean-particles-fullwidth",
    date="Wed, 11 Sep 2024 16:30:21 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 세이프티",
    subject="RE: [KCSC-240909-05] 시정요구 조치결과 회신",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 다음 카페 게시글（{K[1]}）은 운영정책 위반이 확인되어 9월 11일 삭제 처리하였습니다.

다만 카카오TV 영상 {K[2]}는 내부 검토 결과 투자 관련 의견을 담은 영상으로,
운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.

감사합니다.
카카오 세이프티팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 in Korean prose",
    why="Cafe post deleted (removed); the video kept because no violation was found (rejected). URLs touch full-width brackets and the particle 는.",
    items={K[1]: "removed", K[2]: "rejected"},
)

# 18 X Outlook reply with URLs in angle brackets
case(
    name="x-outlook-angle-brackets",
    date="Tue, 17 Sep 2024 12:02:44 +0900",
    **{"from": "jhan@x.com"},
    name_from="Jae Han",
    subject="RE: [KCSC-240902-01] jackpot_hana posts",
    reply_to_req="req-240902-01",
    extra_headers=["Thread-Topic: [KCSC-240902-01] jackpot_hana posts"],
    body=f"""
Hi,

Following our call this morning: both jackpot_hana posts
<{X[11]}> and
<{X[12]}> have now been
removed, and the account is locked.

Thanks,
Jae Han
Government & Law Enforcement Relations, X Korea

From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 5:41 PM
To: Jae Han <jhan@x.com>
Subject: [KCSC-240902-01] jackpot_hana posts

Dear Mr Han, as discussed, could you look again at the two jackpot_hana
posts of our request? They are still visible from Korea.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform's government-relations staffer, URLs in angle brackets",
    why="Both angle-bracketed posts have been removed.",
    items={X[11]: "removed", X[12]: "removed"},
)

# 19 YouTube reply to reminder, Outlook original message with URLs unquoted
case(
    name="yt-reminder-reply-original-message",
    date="Mon, 16 Sep 2024 15:20:03 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="RE: Reminder: [KCSC-240903-02] 4 items still pending",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
        "References: <req-240903-02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>",
    ],
    body=f"""
Hello,

Thanks for the reminder. Two of the items have been handled:

{Y[2]} was removed on 5 September.
The channel {Y[4]} was terminated.

We are still looking at the other two.

YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: [KCSC-240903-02] 4 items still pending

Dear YouTube team,

Request KCSC-240903-02 is past due. Pending items:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to the regulator's reminder with the reminder kept below an Outlook original-message line",
    why="y2 removed and y4 terminated; 'still looking at the other two' is no statement; the reminder's list is our own text.",
    items={Y[2]: "removed", Y[4]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

# 20 NAVER: bare URL then result on the next line
case(
    name="naver-bare-url-result-below",
    date="Thu, 12 Sep 2024 10:48:39 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="Re: [KCSC-240906-04] 불법·유해정보 시정요구 조치결과",
    reply_to_req="req-240906-04",
    body=f"""
방송통신심의위원회 담당자님께,

시정요구하신 게시물의 조치 결과를 회신드립니다.

{N[1]}
→ 비공개 처리 완료

{N[2]}
→ 해당 게시물 없음 (이미 삭제된 글)

{N[4]}
→ 국내 접속 차단

문의 사항은 본 메일로 회신 부탁드립니다.
NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 reply: bare URL, result on the next line",
    why="비공개 처리 is removed, 해당 게시물 없음 is not_found, 국내 접속 차단 is restricted.",
    items={N[1]: "removed", N[2]: "not_found", N[4]: "restricted"},
)

# 21 Telegram solved ticket that echoes our report
case(
    name="tg-solved-echoed-report",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Solved] Case #4418261 - [KCSC-240905-03] forged ID market",
    reply_to_req="req-240905-03",
    body=f"""
Case #4418261 - Status: Solved

Telegram Support wrote:
We have blocked the channel {T[3]} for violating the Telegram
Terms of Service. It can no longer be opened on any Telegram app.

=========================
Your original report
=========================
Reporter: KCSC Takedown (takedown@kcsc.example)
Reference: KCSC-240905-03
Links:
{T[1]}
{T[2]}
{T[3]}
Description: Illegal private loan advertising and sale of forged ID cards.
Requested action: removal
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket-system solved notification that echoes the reporter's original submission below",
    why="Only the channel is blocked; the two loan posts appear only in the echoed report.",
    items={T[3]: "removed", T[1]: "pending", T[2]: "pending"},
)

# 22 X Help Scout mixed prose
case(
    name="x-helpscout-mixed-prose",
    date="Fri, 13 Sep 2024 13:37:00 +0900",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content [#6620]",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Help Scout"],
    body=f"""
Hello,

We've withheld {X[3]} in South Korea in response to your
request. We looked closely at {X[4]} and found that it
only reports match scores without any link to a betting site; it does not
break the X Rules or Korean law as we read it, so it stays up. We could not
find any post at {X[13]}: the link is invalid.

Let us know if anything is unclear.

X Legal
--
Conversation #6620 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply from a platform legal team, three statuses in one paragraph",
    why="Withheld in Korea (restricted), stays up with a reason (rejected), no post / invalid link (not_found).",
    items={X[3]: "restricted", X[4]: "rejected", X[13]: "not_found"},
)

# 23 Discord: "all the reported content" for a one-item request
case(
    name="discord-all-content-one-item",
    date="Fri, 13 Sep 2024 21:40:00 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    subject="Re: [KCSC-240910-06] Server selling prescription drugs",
    reply_to_req="req-240910-06",
    body="""
Hello,

Further to your request KCSC-240910-06: all of the content you reported has
been removed from Discord and the users involved have been banned.

Kind regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Short platform legal reply confirming removal of 'all reported content'",
    why="A collective statement for a request of one item applies to that item.",
    items={D1: "removed"},
)

# 24 YouTube Freshdesk text table
case(
    name="yt-freshdesk-text-table",
    date="Wed, 11 Sep 2024 10:00:51 +0900",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="Ticket #YT-771203 closed: [KCSC-240903-02]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Your ticket #YT-771203 has been closed. Outcome per URL:

URL                                              Outcome
-----------------------------------------------  ------------------------------
{Y[1]}      Removed (Community Guidelines)
{Y[3]}     Blocked in South Korea
{Y[4]}     No action - no violation found

For how we handle legal complaints, see https://support.google.com/youtube/answer/6154218

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style closed ticket with a plain-text outcome table",
    why="Removed; blocked in South Korea (restricted); no violation (rejected). The support link is not an item.",
    items={Y[1]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

# 25 NAVER follow-up in the same thread, multipart/alternative, wrapped URL
NAV_FU_TXT = f"""안녕하세요, 네이버 고객센터입니다.

지난번 답변에서 검토 중이라고 안내드린 게시물에 대해 추가로 안내드립니다.

- 카페 게시글 {N[4]} : 9월 12일 게시중단 처리하였습니다.
- 지식iN 답변
  <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&
  docId=470012345> : 운영정책 위반으로 삭제하였습니다.

감사합니다.

2024년 9월 10일 (화) 오후 2:05, 네이버 고객센터 <help@navercorp.com>님이 작성:
> 1) {N[1]}
>    - 처리 결과: 게시중단
> 나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.
"""
NAV_FU_HTML = f"""<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>지난번 답변에서 검토 중이라고 안내드린 게시물에 대해 추가로 안내드립니다.</p>
<ul>
<li>카페 게시글 <a href="{N[4]}">{N[4]}</a> : 9월 12일 게시중단 처리하였습니다.</li>
<li>지식iN 답변 <a href="{N[5].replace('&', '&amp;')}">{N[5].replace('&', '&amp;')}</a> : 운영정책 위반으로 삭제하였습니다.</li>
</ul>
<p>감사합니다.</p>
<blockquote>1) {N[1]}<br>- 처리 결과: 게시중단<br>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</blockquote>
</body></html>
"""
case(
    name="naver-followup-alt-wrapped-url",
    date="Fri, 13 Sep 2024 09:12:30 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-0913"

--nv-alt-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAV_FU_TXT)}
--nv-alt-0913
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAV_FU_HTML)}
--nv-alt-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up answer in the same thread (Gmail-style Korean quote header), text and HTML parts",
    why="n4 게시중단 and n5 삭제 (its URL wrapped inside angle brackets in the text part); n1 is only in the quoted earlier answer.",
    items={N[4]: "removed", N[5]: "removed", N[1]: "pending"},
)

# 26 X inline answers under quoted reminder lines
case(
    name="x-inline-answers-under-quotes",
    date="Wed, 18 Sep 2024 11:11:11 +0900",
    **{"from": "jhan@x.com"},
    name_from="Jae Han",
    subject="Re: Reminder: [KCSC-240902-01] items still pending",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240902-01.2@kcsc.example>",
        "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.2@kcsc.example>",
    ],
    body=f"""
Hi, answers inline below.

Jae

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X team, these items of KCSC-240902-01 are still visible from Korea:
>
> {X[9]}

Withheld in South Korea since 10 September.

> {X[10]}

Removed.

> Please confirm.
""",
    outcome="applied", classification="confirmation",
    imitates="Inline ('answers below') reply to a reminder, each answer under the quoted URL",
    why="The staffer's own unquoted lines give the status of the quoted URL just above each: withheld in Korea (restricted), removed.",
    items={X[9]: "restricted", X[10]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-action",
    date="Fri, 06 Sep 2024 17:03:33 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245571)",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#0245571) has been updated.

----------------------------------------------

Minseo R. (X Safety)

Sep 6, 2024, 17:03 GMT+9

Hello,

Thanks for following up. Our specialists agree that
{X[5]} and {X[7]}
will be withheld in South Korea once the legal review is signed off. We
expect this within the next few days.

Minseo

----------------------------------------------
This email is a service from X Support. [9PL0Z-3W1QE]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk update announcing a future action",
    why="'will be withheld once ... signed off' is a promise with a condition, not a statement.",
    items={X[5]: "pending", X[7]: "pending"},
)

case(
    name="yt-ticket-on-hold-under-review",
    date="Thu, 05 Sep 2024 12:00:00 +0900",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="Ticket #YT-771190 status changed to On-hold: [KCSC-240903-02]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

The status of your ticket #YT-771190 has changed to ON-HOLD.

Comment from our team:
The videos {Y[1]} and {Y[2]} are currently under
review by our regulated-goods policy specialists. We will write again once a
decision has been made.

YouTube Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Ticket status-change notification (on-hold) naming the items under review",
    why="'Under review' names requested items but states nothing about them.",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tg-hedged-may-have-been",
    date="Sun, 08 Sep 2024 06:45:12 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240905-03] Illegal loan advertising - Case #4418207",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

Looking at our logs, {T[1]} may have been deleted by the
channel admin already; it seems to be unavailable from some regions. We are
still checking {T[2]}.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk interim reply with hedged observations",
    why="'may have been deleted' and 'seems to be unavailable' are hedges; 'still checking' is no statement.",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-bulk-all-posts-actioned",
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245567)",
    reply_to_req="req-240902-01",
    body="""
##- Please type your reply above this line -##

Your request (#0245567) has been solved.

----------------------------------------------

Daniel K. (X Safety)

Sep 14, 2024, 10:19 GMT+9

Hello,

We have now actioned all of the posts listed in your request KCSC-240902-01.
This ticket is being marked as solved.

Daniel

----------------------------------------------
This email is a service from X Support. [RT7Q2-0M4KX]
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a single collective statement",
    why="'Actioned all of the posts' for a 13-item request names no item: bulk.",
    items={},
)

case(
    name="naver-bulk-korean-all-done",
    date="Mon, 16 Sep 2024 11:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="Re: [KCSC-240906-04] 불법·유해정보 시정요구 조치결과",
    reply_to_req="req-240906-04",
    body="""
안녕하세요. NAVER 정책지원팀입니다.

시정요구(KCSC-240906-04)하신 게시물 전체에 대해 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 조치 완료 notice covering the whole request",
    why="'게시물 전체 … 게시중단' for a 5-item request without naming them: bulk.",
    items={},
)

case(
    name="x-forged-auth-fail",
    date="Sun, 08 Sep 2024 03:12:00 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    auth="fail",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245567)",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#0245567) has been solved.

Hello,

The following posts were removed from X:
{X[1]}
{X[2]}
{X[3]}

X Safety
""",
    outcome="review", review="untrusted",
    imitates="Zendesk-looking X notification whose DKIM/SPF/DMARC fail",
    why="Sender claims x.com but authentication fails: untrusted, nothing applied.",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="discord-via-zendesk-vendor-domain",
    date="Thu, 12 Sep 2024 08:10:00 +0000",
    **{"from": "support@discordsafety.zendesk.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-06] Server selling prescription drugs [#3318842]",
    reply_to_req="req-240910-06",
    body=f"""
##- Please type your reply above this line -##

Your request #3318842 has been solved.

Hi there,

We removed the server behind {D1}.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Ticket-vendor subdomain sending on a platform's behalf (Zendesk default address)",
    why="The help-desk vendor's domain is not a configured Discord sender: unknown_sender, even though it reads like the real solved ticket.",
    items={D1: "pending"},
)

case(
    name="kakao-answers-naver-url",
    date="Thu, 12 Sep 2024 15:15:15 +0900",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 티켓 #88240 답변 - 게시물 확인 불가",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 게시물 {N[4]} 을 확인하였으나, 해당 주소는
카카오(다음) 서비스의 게시물이 아니어서 저희 쪽에서는 존재하지 않는 게시물로 확인됩니다.

해당 서비스 운영사에 직접 요청해 주시기 바랍니다.

카카오 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="Portal customer-centre reply to a request that was sent to the wrong company",
    why="Kakao says a NAVER cafe post does not exist on its service; it cannot speak for NAVER's item.",
    items={N[4]: "pending"},
)

case(
    name="yt-asks-for-court-order",
    date="Wed, 04 Sep 2024 16:41:00 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request: cannabis sale videos [YTL-20931]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

To process your request for {Y[3]}, we need more
information. Please reply with the timestamp in the Short where the sale
offer appears and the specific provision of Korean law that the content
breaks. We cannot proceed until we receive it.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Legal-support reply asking the requester for more detail before acting",
    why="The platform asks for information; nothing is stated about the Short.",
    items={Y[3]: "pending"},
)

case(
    name="x-csat-survey",
    date="Sat, 21 Sep 2024 10:00:00 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="How would you rate the support you received? (#0245567)",
    body="""
##- Please type your reply above this line -##

Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://xsupport.example-survey.com/r/0245567/good
Bad, I'm unsatisfied: https://xsupport.example-survey.com/r/0245567/bad

Here's a reminder of what your ticket was about:
"Request to remove illegal gambling content"

This email is a service from X Support.
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="Trusted X mail naming no requested item and no KCSC reference: no_claims (it is not an out-of-office, bounce, receipt or MDN).",
    items={},
)

NAV_FWD = f"""
담당자님, 내부 처리 결과 공유드립니다. 참고 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 블로그 운영팀 <blog-ops@navercorp.com>
Date: 2024년 9월 11일 (수) 오후 4:02
Subject: [내부] KCSC-240906-04 블로그 게시물 처리
To: <policy@navercorp.com>

{N[1]} : 게시중단 완료
{N[2]} : 게시중단 완료
"""
case(
    name="naver-forwarded-internal-result",
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="Fwd: [내부] KCSC-240906-04 블로그 게시물 처리",
    body=NAV_FWD,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Platform staffer forwarding an internal team's result with a one-line cover note",
    why="The statuses are only in the forwarded internal message; the sender adds none of her own.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-scheduled-deletion",
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 세이프티",
    subject="RE: [KCSC-240909-05] 시정요구 접수 및 처리 예정 안내",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 게시글 {K[1]} 은 게시자의 소명 기간(7일)이 지나면
삭제될 예정입니다. 소명자료가 제출되는 경우 재검토 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal notice of a scheduled deletion pending the poster's 소명",
    why="'삭제될 예정' with a condition (the poster's objection period) is a promise, not a statement.",
    items={K[1]: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-zendesk-receipt",
    date="Mon, 02 Sep 2024 18:01:12 +0900",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: [KCSC-240902-01] Request to remove illegal gambling content (#0245567)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#0245567) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from X Support. [RT7Q2-0M4KX]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-reply",
    why="Pure receipt with a ticket number.",
    items={},
)

case(
    name="naver-receipt-korean",
    date="Fri, 06 Sep 2024 15:30:00 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0611-5532

담당 부서에서 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 확인 mail",
    why="Receipt with a 접수번호 and a generic promise to answer; no item statement.",
    items={},
)

case(
    name="kakao-out-of-office",
    date="Mon, 16 Sep 2024 09:00:05 +0900",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    subject="[자동 회신] Reminder: [KCSC-240909-05] 2 items still pending",
    extra_headers=[
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "In-Reply-To: <reminder.KCSC-240909-05.1@kcsc.example>",
    ],
    body="""
안녕하세요. 9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 건은 safety@kakaocorp.com 으로 보내주시기 바랍니다.

I am out of the office for the Chuseok holiday until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Chuseok holiday)",
    why="Out-of-office auto-reply to our reminder.",
    items={},
)

DSN_TEXT = """** Message temporarily not delivered **

Your message to legal-kr@google.com was not delivered because the mailbox
is over its storage quota. We will keep trying for 24 hours.
"""
case(
    name="yt-dsn-over-quota",
    date="Fri, 13 Sep 2024 09:05:41 +0900",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0913-yt"

--dsn-0913-yt
Content-Type: text/plain; charset=utf-8

{DSN_TEXT}
--dsn-0913-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 09:00:12 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 The recipient's inbox is out of storage space.
Will-Retry-Until: Sat, 14 Sep 2024 09:00:12 +0900

--dsn-0913-yt
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: [KCSC-240903-02] 4 items still pending
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240903-02.1@kcsc.example>

--dsn-0913-yt--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery-status notification (delay, mailbox over quota) for our reminder",
    why="A DSN about our own reminder.",
    items={},
)

case(
    name="x-mdn-read-receipt",
    date="Tue, 03 Sep 2024 10:15:00 +0900",
    **{"from": "jhan@x.com"},
    name_from="Jae Han",
    subject="Read: [KCSC-240902-01] Request to remove illegal gambling content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-x-0903"

--mdn-x-0903
Content-Type: text/plain; charset=utf-8

Your message

  To: jhan@x.com
  Subject: [KCSC-240902-01] Request to remove illegal gambling content
  Sent: Monday, September 2, 2024 4:00 PM

was read on Tuesday, September 3, 2024 10:14 AM.

--mdn-x-0903
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jhan@x.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-x-0903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="A read receipt states nothing about items.",
    items={},
)

case(
    name="tg-jira-receipt-echoes-links",
    date="Thu, 05 Sep 2024 11:31:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Desk",
    subject="[TGDSA-1187] Request received: [KCSC-240905-03] illegal loan ads",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
—-—-—-—
Reply above this line.

We've received your request TGDSA-1187 and our team will look at it.

Summary: [KCSC-240905-03] illegal loan ads
Links provided:
{T[1]}
{T[2]}
{T[3]}

View request · Turn off this request's notifications
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the submitted links",
    why="A receipt that echoes our links says nothing about them.",
    items={},
)

case(
    name="lawfirm-ooo-on-kakao-thread",
    date="Mon, 16 Sep 2024 09:02:00 +0900",
    **{"from": "jlee@hanbit-law.example"},
    name_from="이정훈 변호사",
    subject="자동 회신: Reminder: [KCSC-240909-05] 2 items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jlee@hanbit-law.example"],
    body="""
추석 연휴 기간(9/14~9/18)에는 메일 확인이 어렵습니다.
9월 19일에 복귀하여 회신드리겠습니다.

법무법인 한빛 이정훈
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office from an outside counsel copied on the reminder",
    why="Out-of-office auto-reply; ignored whoever sends it.",
    items={},
)

HEADER = """# Blind set 332 (ticket systems and threads): one [[case]] per email,
# each ingested alone into a fresh ledger holding requests.csv.
# Written by tests/corpus/blind332/make.py; expected results come from each
# email's meaning, written before the reader was run."""


# Subjects left as raw UTF-8 (RFC 6532 style); all other non-ASCII
# display names and subjects are RFC 2047 encoded, as most mailers do.
RAW_UTF8_SUBJECT = {"naver-bare-url-result-below", "kakao-korean-particles-fullwidth"}


def encode_headers(c):
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_UTF8_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8", maxlinelen=76).encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
