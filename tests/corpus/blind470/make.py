#!/usr/bin/env python3
"""Blind set 470: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is written in our
own words with fictional URLs, names and ticket ids; the expected result of
each case was written from the email's meaning alone, before any run of the
reader.

    python3 tests/corpus/blind470/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind470"

# ---------------------------------------------------------------- requests
KR = "%EB%B0%A4%EA%B7%B8%EB%A6%BC%EC%9E%90"  # 밤그림자 percent-encoded
KR_RAW = "밤그림자"

Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=hR7nK2wZc5E",
    "https://www.youtube.com/watch?v=b9LdF4qYt0U",
    "https://www.youtube.com/watch?v=Xe2sJ6mNa8K",
    "https://www.youtube.com/watch?v=pW5cG1rVh3D",
    "https://www.youtube.com/shorts/Lz8yQ3kTf6M",
    "https://www.youtube.com/shorts/cN4aB7uRj1S",
    "https://www.youtube.com/watch?v=vK6tH9eDs2W&t=95s",
    "https://www.youtube.com/@nightmarket_kr7",
    "https://www.youtube.com/watch?v=gT1mP5oXb7Q",
    "https://www.youtube.com/watch?v=Fa0zR8iLw4N",
    "https://www.youtube.com/shorts/dJ2eY6sCq9V",
]
X = [
    "https://x.com/harbor_light77/status/1831002233445566778",
    "https://x.com/harbor_light77/status/1831004455667788990",
    "https://x.com/quietdealer_k/status/1830887766554433221",
    "https://x.com/quietdealer_k",
]
N = [
    "https://blog.naver.com/moonlit_cafe/223555000111",
    "https://cafe.naver.com/greyalley/48213",
    "https://blog.naver.com/rivermist02/223561234567",
]
K = [
    f"https://cafe.daum.net/{KR}/Fr3x/112",
    f"https://cafe.daum.net/{KR}/Fr3x/118",
    "https://quietfox.tistory.com/41",
    "https://quietfox.tistory.com/57",
    "https://pf.kakao.com/_xcQzLb/105012345",
]
K_RAW = [u.replace(KR, KR_RAW) for u in K]
T = [
    "https://www.tiktok.com/@saltwind.kr/video/7410011122233344455",
    "https://www.tiktok.com/@saltwind.kr/video/7410099988877766655",
]
TG = ["https://t.me/grey_exchange_kr/3310"]
T7 = ["https://www.tiktok.com/@neonalley_09/video/7411234567890123456"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, notes
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", Y,
     "illegal_gambling", [
         "channel promo, pinned comment links", 'title "night deals"', "", "", "", "short", "short",
         "timestamp link, 1:35", "whole channel", "", "", "short"]),
    ("KCSC-240904-02", "x", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "drugs", ["", "", "", "account, all posts"]),
    ("KCSC-240905-03", "naver", "2024-09-05T09:20:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "defamation", ["", "cafe post, members only", ""]),
    ("KCSC-240906-04", "kakao", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "illegal_gambling", ["Daum cafe", "Daum cafe", "Tistory", "Tistory", 'Kakao channel post "event"']),
    ("KCSC-240909-05", "tiktok", "2024-09-09T10:10:00+09:00", "2024-09-16T18:00:00+09:00", T,
     "drugs", ["", ""]),
    ("KCSC-240910-06", "telegram", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00", TG,
     "drugs", ["public channel, sales post"]),
    ("KCSC-240911-07", "tiktok", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00", T7,
     "illegal_gambling", [""]),
]


def mid(ref):
    return f"{ref}.1@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, notes in REQUESTS:
            for u, note in zip(urls, notes):
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- helpers
def thread(ref, reminder=False):
    """In-Reply-To/References headers of a reply in our request's thread."""
    if reminder:
        rem = f"reminder.{ref}.1@kcsc.example"
        return [f"In-Reply-To: <{rem}>", f"References: <{mid(ref)}> <{rem}>"]
    return [f"In-Reply-To: <{mid(ref)}>", f"References: <{mid(ref)}>"]


def quoted_request(ref, urls, when, reminder=False):
    head = "Reminder: " if reminder else ""
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> {head}Request {ref}",
             "> Dear team,",
             "> under Article 44-7 of the Network Act we ask you to remove the",
             "> following content:"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines.append("> Korea Communications Standards Commission")
    return "\n".join(lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


B = "=_b470_boundary_"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

# 1. Zendesk "request solved" with all 12 YouTube items, top-posted over the quoted request.
case(
    name="yt-zendesk-solved-full-list",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 17:12:40 +0900",
    subject="[YouTube Legal Support] Re: Request KCSC-240903-01 [#48213377]",
    extra_headers=thread("KCSC-240903-01") + ["X-Zendesk-Ticket-Id: 48213377"],
    body=f"""##- Please type your reply above this line -##

Your request (48213377) has been solved. To reopen it, reply to this email.

Minji Seo (YouTube Legal Support)
Sep 9, 2024, 17:10 KST

Hello,

Thank you for your patience. We have reviewed every link in request
KCSC-240903-01. Here is the outcome for each:

1. {Y[0]} - removed for violating our policy on regulated goods
2. {Y[1]} - removed
3. {Y[2]} - blocked in South Korea on the basis of local law
4. {Y[3]} - blocked in South Korea on the basis of local law
5. {Y[4]} - no action taken; this video does not violate our Community Guidelines and we did not find a local-law basis
6. {Y[5]} - removed
7. {Y[6]} - the video was already deleted by the uploader before our review
8. {Y[7]} - removed
9. {Y[8]} - channel terminated
10. {Y[9]} - age-restricted
11. {Y[10]} - no action taken, content does not violate our policies
12. {Y[11]} - this link is invalid; we could not find any video at this address

If you believe we made a mistake, you can reply to this ticket.

Regards,
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support. [K7QX2-M4PL]

{quoted_request("KCSC-240903-01", Y, "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's comment (YouTube legal support)",
    why="trusted YouTube sender, one unhedged status per numbered URL; the quoted request below is not a statement",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "removed", Y[6]: "not_found", Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted",
           Y[10]: "rejected", Y[11]: "not_found"},
)

# 2. HTML table, quoted-printable.
html2 = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>An update on your ticket <b>#48213377</b> (KCSC-240903-01). Our team has completed the review of the following items:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td>{Y[0]}</td><td>Removed globally</td></tr>
<tr><td>{Y[2]}</td><td>Geo-blocked (KR)</td></tr>
<tr><td>{Y[4]}</td><td>No violation found, content stays up</td></tr>
<tr><td>{Y[5]}</td><td>Removed globally</td></tr>
<tr><td>{Y[9]}</td><td>Age-restricted</td></tr>
</table>
<p>The remaining items are still with our legal reviewers.</p>
<p>Regards,<br>Daniel Park<br>YouTube Trust &amp; Safety</p>
<p style="color:#999">Ticket #48213377 &middot; <a href="https://support.google.com/youtube/answer/2802057">How we handle legal requests</a></p>
</body></html>"""
case(
    name="yt-html-table-partial",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Trust & Safety",
    date="Fri, 6 Sep 2024 14:03:11 +0900",
    subject="Update on ticket #48213377 - KCSC-240903-01",
    extra_headers=thread("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html2)}
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML update with a decision table (Google legal removals)",
    why="five rows each with a clear decision; 'remaining items are still with our reviewers' names none; the help link is not an item",
    items={Y[0]: "removed", Y[2]: "restricted", Y[4]: "rejected", Y[5]: "removed", Y[9]: "restricted"},
)

# 3. CSV attachment, base64.
csv3 = (
    "ticket_id,reported_url,action,action_date\n"
    f"48213377,{Y[1]},Removed - policy violation,2024-09-07\n"
    f"48213377,{Y[3]},Blocked in South Korea,2024-09-07\n"
    f"48213377,{Y[7]},Removed - policy violation,2024-09-07\n"
    f"48213377,{Y[10]},No action - no violation,2024-09-07\n"
)
case(
    name="yt-csv-attachment-results",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sat, 7 Sep 2024 11:20:05 +0900",
    subject="[YouTube Legal Support] Re: Request KCSC-240903-01 [#48213377]",
    extra_headers=thread("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="{B}3"

--{B}3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for part of request KCSC-240903-01
(ticket 48213377). Each row gives the action taken on one reported URL.

Best,
YouTube Legal Support

--{B}3
Content-Type: text/csv; charset=utf-8; name="48213377_results.csv"
Content-Disposition: attachment; filename="48213377_results.csv"
Content-Transfer-Encoding: base64

{b64(csv3)}
--{B}3--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply carrying a CSV export of per-URL actions",
    why="the attached CSV gives one action per requested URL",
    items={Y[1]: "removed", Y[3]: "restricted", Y[7]: "removed", Y[10]: "rejected"},
)

# 4. Follow-up in the same thread: URL then status on the line below.
case(
    name="yt-followup-url-then-status",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:41:52 +0900",
    subject="[YouTube Legal Support] Re: Request KCSC-240903-01 [#48213377]",
    extra_headers=thread("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Minji Seo (YouTube Legal Support)
Sep 10, 2024, 09:40 KST

Hi again,

Following up on our last message, here are the three items that were
still open:

{Y[6]}
Status: Not found - the Short had been deleted by its creator.

{Y[8]}
Status: Removed - the channel was terminated for repeated violations.

{Y[11]}
Status: Not found - the link does not lead to any content.

This completes the ticket on our side.

Minji
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in an open ticket",
    why="each URL is followed by its status on the next line",
    items={Y[6]: "not_found", Y[8]: "removed", Y[11]: "not_found"},
)

# 5. Reply to our reminder, Gmail quoting.
case(
    name="yt-reply-to-reminder-gmail-quote",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date="Thu, 12 Sep 2024 15:28:33 +0900",
    subject="Re: Reminder: Request KCSC-240903-01",
    extra_headers=thread("KCSC-240903-01", reminder=True),
    body=f"""Hello KCSC team,

Sorry for the slow reply. Two of the videos in your reminder are done:
{Y[1]} was removed on 7 September, and {Y[4]} has been blocked in
Korea as of today. The others are handled in ticket 48213377.

Kind regards,
Jiwoo Han
Legal Removals, Google Korea

{quoted_request("KCSC-240903-01", Y[:5], "Wed, Sep 11, 2024 at 9:00 AM", reminder=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal staff answering a reminder from their own mailbox, Gmail quoting",
    why="two URLs in prose with past-tense actions; the reminder quoted below is ours",
    items={Y[1]: "removed", Y[4]: "restricted"},
)

# 6. Partial answer, the rest named as still under review.
case(
    name="yt-partial-rest-under-review",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 5 Sep 2024 18:55:00 +0900",
    subject="[YouTube Legal Support] Re: Request KCSC-240903-01 [#48213377]",
    extra_headers=thread("KCSC-240903-01"),
    body=f"""Hello,

A first answer on your request. We removed these three videos today:

  - {Y[0]}
  - {Y[5]}
  - {Y[7]}

{Y[2]} and {Y[3]} are still under review by our legal team; we will
update this ticket when we have a decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk partial-answer comment",
    why="three URLs under an unhedged 'we removed'; two more explicitly still under review stay pending",
    items={Y[0]: "removed", Y[5]: "removed", Y[7]: "removed", Y[2]: "pending", Y[3]: "pending"},
)

# 7. X Help Scout style prose, mixed statuses.
case(
    name="x-helpscout-mixed-prose",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 9 Sep 2024 08:14:26 +0900",
    subject="Re: KCSC-240904-02 [Conversation #905512]",
    extra_headers=thread("KCSC-240904-02"),
    body=f"""Hi there,

Thanks for reaching out about the accounts in your report KCSC-240904-02.

We reviewed the reported posts against the X Rules and local law. The post
{X[0]} has been removed for violating our policy on illegal goods and
services. We have withheld {X[1]} and {X[2]} in South Korea in response
to your legal demand. The account {X[3]} did not violate the X Rules and we
are not taking action on it at this time.

Thanks,
Elena
X Support

Conversation #905512 | Reply to this email to add a message.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply from a platform support agent",
    why="four URLs in prose, each with an unhedged outcome (removed, two withheld in KR, account no violation)",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

# 8. X partial answer, URL in angle brackets, Outlook quoting.
case(
    name="x-outlook-partial-angle-brackets",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    date="Fri, 6 Sep 2024 19:02:47 +0900",
    subject="RE: KCSC-240904-02",
    extra_headers=thread("KCSC-240904-02"),
    body=f"""Dear Commission,

We have withheld the following post in Korea: <{X[2]}>.
The remaining reports in your email are still being assessed and we will
come back to you separately.

Best regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: legal-kr@x.com
Subject: KCSC-240904-02

Dear team, please remove the following:
{X[0]}
{X[1]}
{X[2]}
{X[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal team with the original request below '-----Original Message-----'",
    why="one URL in angle brackets withheld in Korea; the rest appear only in our quoted request",
    items={X[2]: "restricted", X[0]: "pending", X[1]: "pending", X[3]: "pending"},
)

# 9. X DSA-style statement of reasons for one post.
case(
    name="x-statement-of-reasons-one-post",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Sat, 7 Sep 2024 02:31:09 +0900",
    subject="Notice of action taken - case 0199-4477-KR (KCSC-240904-02)",
    extra_headers=thread("KCSC-240904-02"),
    body=f"""Hello,

We are writing to tell you about a decision we took on content you reported.

Content: {X[0]}
Decision: Removal of the content
Ground: Violation of X Rules - Illegal or certain regulated goods or services
Date of decision: 6 September 2024
Automated detection used: No
Automated decision used: No

If you disagree with this decision, you may appeal at https://help.x.com/forms/appeal .

X Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent to a notifier",
    why="one URL with 'Decision: Removal of the content'; the appeal form is not an item",
    items={X[0]: "removed"},
)

# 10. Naver Korean 조치결과 text table.
case(
    name="naver-korean-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject="[NAVER] 시정요구(KCSC-240905-03) 조치결과 회신",
    extra_headers=thread("KCSC-240905-03"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240905-03)에 대한 조치결과를 아래와 같이 회신드립니다.

| 번호 | URL | 조치결과 |
|---|---|---|
| 1 | {N[0]} | 게시중단 |
| 2 | {N[1]} | 임시조치(30일) |
| 3 | {N[2]} | 게시물 없음(작성자 삭제) |

문의사항은 본 메일로 회신 주시기 바랍니다.
감사합니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 with a text table",
    why="게시중단 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

# 11. Naver one URL with a Korean particle glued to it, reply in ticket.
case(
    name="naver-url-with-particle",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Mon, 9 Sep 2024 16:05:41 +0900",
    subject="Re: [문의번호 2024090912345] KCSC-240905-03 관련",
    extra_headers=thread("KCSC-240905-03"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 {N[0]}에 대하여 비공개 처리를 완료하였습니다.
나머지 게시물은 담당 부서에서 검토 후 별도로 안내드리겠습니다.

네이버 고객센터 드림
※ 본 메일은 문의번호 2024090912345 에 대한 답변입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer to an inquiry number",
    why="URL followed directly by the particle 에 대하여; 비공개 처리 완료 is removed; the rest is a promise and names nothing",
    items={N[0]: "removed"},
)

# 12. Naver base64 body, 접속차단 and 블라인드.
body12 = f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {N[1]} : 블라인드 처리 완료
- {N[2]} : 국내 접속 차단

감사합니다.
"""
case(
    name="naver-base64-blind-and-block",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페",
    date="Wed, 11 Sep 2024 13:44:20 +0900",
    subject="[네이버 카페] 처리 결과 안내 (KCSC-240905-03)",
    extra_headers=thread("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body12)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations notice, base64 Korean body",
    why="블라인드 처리 완료 is removed; 국내 접속 차단 is restricted",
    items={N[1]: "removed", N[2]: "restricted"},
)

# 13. Kakao Daum cafe, raw Korean path in full-width brackets.
case(
    name="kakao-daum-cafe-korean-path",
    **{"from": "cafe_help@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Mon, 9 Sep 2024 11:11:11 +0900",
    subject="[Daum 카페] 신고 처리 결과 안내 - KCSC-240906-04",
    extra_headers=thread("KCSC-240906-04"),
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

위원회에서 요청하신 게시글（{K_RAW[0]}）은 임시조치(30일) 하였습니다.
또한 {K_RAW[1]} 게시글은 운영자 삭제 처리되었습니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-handling notice",
    why="raw Korean path inside full-width parentheses: 임시조치 restricted; second post 운영자 삭제 removed",
    items={K[0]: "restricted", K[1]: "removed"},
)

# 14. Jira Service Management "resolved" with the agent comment.
case(
    name="kakao-jira-resolved-comment",
    **{"from": "jira-support@kakaocorp.com"},
    name_from="Kakao Safety Desk",
    date="Wed, 11 Sep 2024 17:40:02 +0900",
    subject="[JIRA] (KSD-4412) KCSC-240906-04 게시물 삭제 요청 - Resolved",
    extra_headers=thread("KCSC-240906-04"),
    body=f"""—-—-—-—
Reply above this line.

Yuna Choi resolved this as Done.

Kakao Safety Desk / KSD-4412

Yuna Choi commented:

안녕하세요, 카카오 세이프티팀입니다. 요청하신 건의 결과입니다.

{K[2]} - 삭제 조치 완료
{K[3]} - 삭제 조치 완료
{K[4]} - 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다.

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'resolved this as Done' with comment",
    why="two Tistory posts 삭제 조치 완료 (removed); the channel post kept after review (rejected)",
    items={K[2]: "removed", K[3]: "removed", K[4]: "rejected"},
)

# 15. Kakao Freshdesk-style: operator deletion and not found.
case(
    name="kakao-freshdesk-deleted-and-missing",
    **{"from": "support@kakao.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:02:18 +0900",
    subject="Re: [#771024] 게시물 조치 요청 KCSC-240906-04",
    extra_headers=thread("KCSC-240906-04"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

1) {K[3]}
   → 운영자 삭제 처리되었습니다.
2) {K_RAW[1]}
   → 해당 게시물을 찾을 수 없습니다. 주소를 다시 확인해 주세요.

추가 문의는 본 티켓(#771024)으로 회신 부탁드립니다.

--
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket reply from a Korean portal helpdesk",
    why="numbered URLs with the status on the line below: 운영자 삭제 removed, 찾을 수 없습니다 not_found",
    items={K[3]: "removed", K[1]: "not_found"},
)

# 16. Kakao QP HTML bullets.
html16 = f"""<div>안녕하세요. 카카오 세이프티팀입니다.</div>
<div>KCSC-240906-04 건 처리 결과를 안내드립니다.</div>
<ul>
<li><a href="{K[0]}">{K_RAW[0]}</a> &ndash; 블라인드 처리</li>
<li><a href="{K[2]}">{K[2]}</a> &ndash; 국내 접근 제한</li>
</ul>
<div>운영정책 안내: <a href="https://cs.kakao.com/policy">https://cs.kakao.com/policy</a></div>"""
case(
    name="kakao-qp-html-bullets",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 세이프티",
    date="Tue, 10 Sep 2024 15:20:45 +0900",
    subject="[카카오] KCSC-240906-04 처리 결과",
    extra_headers=thread("KCSC-240906-04"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="{B}16"

--{B}16
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html16)}
--{B}16--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team HTML notice, quoted-printable",
    why="블라인드 처리 removed; 국내 접근 제한 restricted; the policy link is not an item",
    items={K[0]: "removed", K[2]: "restricted"},
)

# 17. TikTok Zendesk solved, 2 items.
case(
    name="tiktok-zendesk-solved-two",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal Support",
    date="Thu, 12 Sep 2024 21:17:30 +0900",
    subject="[Request received] Re: KCSC-240909-05 - Solved",
    extra_headers=thread("KCSC-240909-05"),
    body=f"""Hi,

Thank you for your report. Our team has reviewed the content and here is
the outcome:

{T[0]}
This video violates our Community Guidelines and has been removed.

{T[1]}
We did not find a violation of our Community Guidelines or of local law.
The video remains available.

This request has been marked as solved.

TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal support Zendesk reply marked solved",
    why="statement below each URL: removed, and no violation so it remains (rejected); 'Request received' in the subject does not make it a receipt",
    items={T[0]: "removed", T[1]: "rejected"},
)

# 18. One-item TikTok request: reply to reminder with no URL.
case(
    name="tiktok-one-item-no-url",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal Support",
    date="Tue, 17 Sep 2024 10:33:12 +0900",
    subject="Re: Reminder: Request KCSC-240911-07",
    extra_headers=thread("KCSC-240911-07", reminder=True),
    body=f"""Hello,

Thank you for the reminder. The video you reported under KCSC-240911-07
was removed on 13 September for violating our policy on gambling.

Regards,
TikTok Legal Support

> On 16 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: Request KCSC-240911-07
> {T7[0]}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to a regulator's reminder about a single-item request",
    why="one-item request named by reference; the single unhedged statement applies to its only item",
    items={T7[0]: "removed"},
)

# 19. Telegram geo-block for the single channel post.
case(
    name="telegram-case-geo-blocked",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Fri, 13 Sep 2024 04:12:55 +0900",
    subject="Re: KCSC-240910-06 Case #2024091377",
    extra_headers=thread("KCSC-240910-06"),
    body=f"""Hello,

Case #2024091377.

Thank you for your report. The post {TG[0]} is no longer accessible
to users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number",
    why="'no longer accessible to users in South Korea' is a country restriction",
    items={TG[0]: "restricted"},
)

# 20. Google echoed legal-removal report fields.
case(
    name="yt-echoed-report-fields",
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    date="Sun, 8 Sep 2024 07:45:18 +0900",
    subject="Your legal removal request [0-4471000032177] KCSC-240903-01",
    body=f"""Hello,

We have completed our review of part of your request. The details below
are taken from the notice you submitted.

--- Item 1 ---
URL: {Y[9]}
Country/region: South Korea
Outcome: Content age-restricted

--- Item 2 ---
URL: {Y[10]}
Country/region: South Korea
Outcome: Content removed globally

Other items in your notice will be answered separately.

The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removal request outcome listing echoed notice fields",
    why="each echoed item carries an 'Outcome' line: age-restricted, removed globally",
    items={Y[9]: "restricted", Y[10]: "removed"},
)

# 21. youtu.be short link in a top-posted Outlook reply to a reminder.
case(
    name="yt-short-link-outlook-reminder",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date="Fri, 13 Sep 2024 11:05:40 +0900",
    subject="RE: Reminder: Request KCSC-240903-01",
    extra_headers=thread("KCSC-240903-01", reminder=True),
    body=f"""Hi,

https://youtu.be/Xe2sJ6mNa8K - removed yesterday after a second review.

The other links in your reminder were answered in ticket 48213377.

Jiwoo

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
Subject: Reminder: Request KCSC-240903-01

Items still pending:
{Y[3]}
{Y[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted answer to a reminder using the youtu.be short link",
    why="youtu.be/Xe2sJ6mNa8K is the same video as watch?v=Xe2sJ6mNa8K; removed",
    items={Y[3]: "removed", Y[4]: "pending"},
)

# 22. X reply from a thread follow-up: wrapped URL list with statuses after colon.
case(
    name="x-followup-colon-list",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 12:48:03 +0900",
    subject="Re: KCSC-240904-02 [Conversation #905512]",
    extra_headers=thread("KCSC-240904-02"),
    body=f"""Hi,

Following up on our earlier message in this conversation. Final status:

  {X[1]}:
    withheld in Korea
  {X[3]}:
    account suspended

Thanks,
Elena
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout follow-up message with a final status list",
    why="withheld in Korea is restricted; account suspended is removed",
    items={X[1]: "restricted", X[3]: "removed"},
)

# 23. TikTok receipt text plus a real result in the same email.
case(
    name="tiktok-ack-phrase-plus-result",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal Support",
    date="Tue, 10 Sep 2024 08:20:00 +0900",
    subject="We received your report - KCSC-240909-05 [##201955##]",
    extra_headers=thread("KCSC-240909-05"),
    body=f"""Hello,

We have received your report and created ticket #201955.

While reviewing it we found that {T[1]} had already been removed by our
moderation team before your report arrived. The other video is still being
reviewed.

TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style receipt that already carries one outcome",
    why="receipt phrase plus an unhedged past statement about one item; the other video is still under review",
    items={T[1]: "removed", T[0]: "pending"},
)

# 24. Naver single post already deleted by its author, Korean Gmail quoting.
case(
    name="naver-author-deleted-reply",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Fri, 6 Sep 2024 17:25:00 +0900",
    subject="Re: KCSC-240905-03",
    extra_headers=thread("KCSC-240905-03"),
    body=f"""담당자님 안녕하세요.

확인 결과 아래 게시물은 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.
{N[2]}

나머지 2건은 검토 중입니다.

네이버 정책지원팀
2024년 9월 5일 (목) 오전 9:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 시정요구 KCSC-240905-03
> {N[0]}
> {N[1]}
> {N[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply with Gmail-Korean quoting ('님이 작성:')",
    why="URL on the line below its statement: already deleted by its author is not_found; 2건 검토 중 names none",
    items={N[2]: "not_found"},
)

# ================================================================= REVIEW

case(
    name="yt-promise-will-act",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Wed, 4 Sep 2024 13:02:10 +0900",
    subject="[YouTube Legal Support] Re: Request KCSC-240903-01 [#48213377]",
    extra_headers=thread("KCSC-240903-01"),
    body=f"""Hello,

Thanks for your request. Our team is reviewing the videos below and will
take appropriate action where they violate our policies or local law:

{Y[0]}
{Y[1]}
{Y[2]}

We expect to have an answer within five business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent holding reply promising a review",
    why="names items but only promises action; nothing has happened yet",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedge-may-have-been",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Thu, 5 Sep 2024 22:40:19 +0900",
    subject="Re: KCSC-240904-02 [Conversation #905512]",
    extra_headers=thread("KCSC-240904-02"),
    body=f"""Hi,

Quick note while we look into this: it appears that {X[0]} and
{X[1]} may have already been deleted by the account holder. We'll
confirm once our review is complete.

Elena
X Support
""",
    outcome="review", review="not_understood",
    imitates="Help Scout interim reply with a hedged observation",
    why="'appears' / 'may have' are hedges, and confirmation is promised later",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-solved-all-removed-bulk",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Thu, 12 Sep 2024 09:09:09 +0900",
    subject="Your conversation #905512 has been closed - KCSC-240904-02",
    extra_headers=thread("KCSC-240904-02"),
    body="""Hi,

We're closing this conversation. All of the content you reported in
KCSC-240904-02 has been removed from X.

If you need anything else, just reply to this email to reopen the
conversation.

X Support
""",
    outcome="review", review="bulk",
    imitates="Help Scout 'conversation closed' message with a blanket outcome",
    why="one statement covering a four-item request without naming any item",
)

case(
    name="yt-solved-actioned-bulk",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="[YouTube Legal Support] Request KCSC-240903-01 [#48213377] has been solved",
    extra_headers=thread("KCSC-240903-01"),
    body="""##- Please type your reply above this line -##

Your request (48213377) has been solved.

Hello,

We completed the review of the URLs in your notice. The reported content
has been actioned under our policies.

How would you rate the support you received? Good / Bad

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a generic outcome and satisfaction prompt",
    why="a twelve-item request answered with one blanket 'actioned' sentence naming no URL",
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal Support",
    auth="fail",
    date="Wed, 11 Sep 2024 03:15:44 +0900",
    subject="Re: KCSC-240909-05",
    extra_headers=thread("KCSC-240909-05"),
    body=f"""Hello,

Both videos have been removed:
{T[0]}
{T[1]}

TikTok Legal Support
""",
    outcome="review", review="untrusted",
    imitates="platform-branded reply failing DKIM/SPF/DMARC",
    why="claims from a TikTok address whose authentication fails",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tiktok-vendor-helpdesk-domain",
    **{"from": "support@tiktok-kr-legal.freshdesk.com"},
    name_from="TikTok Legal (KR)",
    date="Thu, 12 Sep 2024 14:22:10 +0900",
    subject="Ticket #88231 resolved - KCSC-240909-05",
    extra_headers=thread("KCSC-240909-05"),
    body=f"""Hello,

Your ticket #88231 has been resolved.

{T[0]} - removed
{T[1]} - removed

Regards,
TikTok Legal (KR)
""",
    outcome="review", review="unknown_sender",
    imitates="Freshdesk notification sent from the vendor's helpdesk subdomain",
    why="freshdesk.com is no configured platform domain, however the display name reads",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="uploader-gmail-claims-deleted",
    **{"from": "saltwind.kr@gmail.com"},
    name_from="saltwind",
    date="Wed, 11 Sep 2024 23:51:30 +0900",
    subject="KCSC-240909-05 my videos",
    body=f"""Hello,

I got a notice from TikTok about your request KCSC-240909-05. I deleted
{T[0]} myself yesterday. Please close the case.
""",
    outcome="review", review="unknown_sender",
    imitates="content owner writing to the regulator from a webmail address",
    why="not a platform domain; names our request and a URL",
    items={T[0]: "pending"},
)

case(
    name="naver-forwarded-partner-reply",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="Fwd: 처리 결과 회신 (KCSC-240905-03)",
    extra_headers=thread("KCSC-240905-03"),
    body=f"""담당자님, 카페 운영 위탁사에서 받은 회신을 전달드립니다.

---------- Forwarded message ---------
From: 운영지원 <ops@cafe-ops-partner.example>
Date: 2024년 9월 12일 (목) 오후 6:02
Subject: 처리 결과 회신
To: <policy@navercorp.com>

{N[1]} 게시물은 삭제 완료했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding an outsourced operator's answer",
    why="the statement is the partner's, inside the forwarded part; NAVER itself states nothing",
    items={N[1]: "pending"},
)

case(
    name="kakao-says-naver-url",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 세이프티",
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    subject="Re: Reminder: Request KCSC-240905-03",
    extra_headers=thread("KCSC-240905-03", reminder=True),
    body=f"""안녕하세요, 카카오 세이프티팀입니다.

보내주신 주소 {N[1]} 는 카카오(Daum)에서 운영하는 서비스가 아니어서
당사에서 해당 게시물을 찾을 수 없습니다. 네이버 측으로 요청해 주시기 바랍니다.

카카오 세이프티팀
""",
    outcome="review", review="wrong_platform",
    imitates="portal replying to a misaddressed reminder about another portal's URL",
    why="Kakao states 'cannot find' for a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="telegram-asks-more-info",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Wed, 11 Sep 2024 06:40:12 +0900",
    subject="Re: KCSC-240910-06 Case #2024091152",
    extra_headers=thread("KCSC-240910-06"),
    body=f"""Hello,

Case #2024091152.

To process your report about {TG[0]} we need more information.
Please tell us which law the post violates and attach the decision of
the Commission that applies to it. Without this we cannot proceed.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for the legal basis",
    why="asks us for documents; no status stated",
    items={TG[0]: "pending"},
)

case(
    name="yt-csat-survey-no-claims",
    **{"from": "survey@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="How did we do? Ticket #48213377",
    body="""Hello,

Your ticket #48213377 was recently solved. Please take a moment to tell
us about the support you received.

  Good, I'm satisfied
  Bad, I'm unsatisfied

Your feedback helps us improve.

YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey email",
    why="trusted platform mail, no item and no request reference (only the platform's own ticket number)",
)

case(
    name="naver-conditional-takedown",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Mon, 9 Sep 2024 14:00:00 +0900",
    subject="Re: KCSC-240905-03 진행 상황 안내",
    extra_headers=thread("KCSC-240905-03"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[0]} 게시물에 대해 게시자에게 소명 기회를 부여하였으며,
7일 이내 소명이 없을 경우 게시중단 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal progress notice with a conditional future takedown",
    why="게시중단 조치할 예정 is a conditional promise, not a statement",
    items={N[0]: "pending"},
)

# ================================================================= IGNORED

case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 3 Sep 2024 10:01:30 +0900",
    subject="[YouTube Legal Support] Request KCSC-240903-01 [#48213377] received",
    extra_headers=thread("KCSC-240903-01") + ["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' autoreply trigger",
    why="pure receipt with a ticket number",
)

case(
    name="tiktok-freshdesk-receipt-echo",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal Support",
    date="Mon, 9 Sep 2024 10:11:02 +0900",
    subject="Ticket Received - KCSC-240909-05 [##201955##]",
    extra_headers=thread("KCSC-240909-05") + ["Auto-Submitted: auto-replied"],
    body=f"""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will be reviewing your
request and will send you a personal response (usually within 72 hours).

Ticket #201955
Subject: KCSC-240909-05
Description:
  Please remove the following videos:
  {T[0]}
  {T[1]}

TikTok Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket autoresponder echoing the submitted description",
    why="receipt only; the URLs are our own description echoed back",
)

case(
    name="naver-out-of-office-korean",
    **{"from": "sora.kim@navercorp.com"},
    name_from="김소라",
    date="Thu, 5 Sep 2024 09:20:40 +0900",
    subject="[자동응답] 부재중 안내: KCSC-240905-03",
    extra_headers=thread("KCSC-240905-03") + ["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김소라입니다.
9월 9일(월)까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office autoreply",
    why="out-of-office reply",
)

case(
    name="kakao-chuseok-holiday-autoreply",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 세이프티",
    date="Mon, 16 Sep 2024 08:00:05 +0900",
    subject="[자동회신] Re: Reminder: Request KCSC-240906-04",
    extra_headers=thread("KCSC-240906-04", reminder=True) + ["Auto-Submitted: auto-replied"],
    body=f"""추석 연휴(9/16~9/18) 기간에는 접수된 문의에 대한 답변이 지연됩니다.
연휴 이후 순차적으로 답변드리겠습니다.

We are closed for the Chuseok holiday (16-18 September). Your message has
been received and will be answered after the holiday.

> Reminder: Request KCSC-240906-04
> {K_RAW[0]}
> {K[2]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="helpdesk holiday autoreply quoting the reminder",
    why="holiday autoreply; URLs only in the quoted reminder",
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{B}dsn"

--{B}dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<yeonwoo.lee@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <yeonwoo.lee@kakaocorp.com>: Recipient address rejected:
    User unknown

--{B}dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; yeonwoo.lee@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--{B}dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: yeonwoo.lee@kakaocorp.com
Subject: Reminder: Request KCSC-240906-04 ({K[3]} removed?)
Message-ID: <reminder.KCSC-240906-04.2@kcsc.example>

--{B}dsn--
"""
case(
    name="dsn-reminder-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder to a departed employee",
    why="delivery status notification",
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{B}mdn"

--{B}mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@x.com at
Wed, 4 Sep 2024 11:30:00 +0900 (Request KCSC-240904-02).

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--{B}mdn
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@x.com
Original-Message-ID: <{mid("KCSC-240904-02")}>
Disposition: manual-action/MDN-sent-manually; displayed

--{B}mdn--
"""
case(
    name="x-read-receipt",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    date="Wed, 4 Sep 2024 14:02:00 +0900",
    subject="Read: KCSC-240904-02",
    extra_headers=thread("KCSC-240904-02"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="message disposition notification",
)

HEADER = """# Blind set 470: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout receipts and results, follow-ups, replies to reminders, partial
# answers, forwarded mail). Written from each email's meaning before any run
# of the reader. Generated by make.py; do not edit by hand.
"""


def encode_word(s):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for c in CASES:
        c["subject"] = encode_word(c["subject"])
        if "name_from" in c:
            c["name_from"] = encode_word(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
