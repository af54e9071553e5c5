#!/usr/bin/env python3
"""Blind set 596: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before any run of the reader.

    python3 tests/corpus/blind596/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

Y = [
    "https://www.youtube.com/watch?v=Qm3vTz8LkPa",
    "https://www.youtube.com/watch?v=bR7nXw2JdEo",
    "https://www.youtube.com/watch?v=Hc9sLq4UyTm",
    "https://www.youtube.com/watch?v=p0KfWe6ZaNs",
    "https://www.youtube.com/watch?v=Ld2gVh8RtYc",
    "https://www.youtube.com/watch?v=xT5mJo1QbWe",
    "https://www.youtube.com/shorts/Zn4aPk7CvRu",
    "https://www.youtube.com/shorts/eW8yDs3FgHi",
    "https://www.youtube.com/@bamboo_tiger_tv",
    "https://www.youtube.com/watch?v=Ug6rBi9MoLx",
    "https://www.youtube.com/watch?v=kF1cNy5PsQd",
    "https://www.youtube.com/watch?v=Vo3hEt0WjKz",
]
X = [
    "https://x.com/night_owl_k/status/1831204417733029121",
    "https://x.com/night_owl_k/status/1831204590184255488",
    "https://x.com/dal_market_99/status/1831299912650047735",
    "https://x.com/seoul_leaks_acct",
]
T = [
    "https://t.me/gold_river_chat/4412",
    "https://t.me/gold_river_chat/4419",
    "https://t.me/moon_bazaar_kr",
]
N = [
    "https://blog.naver.com/sunny_path81/223551209874",
    "https://blog.naver.com/sunny_path81/223551377102",
    "https://cafe.naver.com/greendealzone/88120",
    "https://cafe.naver.com/greendealzone/88134",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120553",
]
D = [
    "https://discord.gg/qT7bLzPx",
    "https://discord.com/channels/1180023456789012345/1180023456789012399/1281234567890123456",
]
K2_PATH = "이번-주-자료"
K2_RAW = "https://haneul-diary.tistory.com/entry/" + K2_PATH
K = [
    "https://cafe.daum.net/blueriver_trade/Ab3K/1021",
    "https://haneul-diary.tistory.com/entry/" + quote(K2_PATH),
    "https://haneul-diary.tistory.com/57",
]
R = ["https://www.reddit.com/r/kdrama_swap/comments/1f8xq2z/free_links_this_week/"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", Y,
     "illegal-gambling", "req-240902-01@kcsc.example", "gambling promotion videos, one channel"),
    ("KCSC-240903-02", "x", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "privacy-violation", "req-240903-02@kcsc.example", 'doxxing posts, "seoul_leaks" account'),
    ("KCSC-240904-03", "telegram", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00", T,
     "drug-trade", "req-240904-03@kcsc.example", "two posts, one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05", "2024-09-12", N,
     "illegal-gambling", "req-240905-04@kcsc.example", "blog, cafe and KnowledgeiN"),
    ("KCSC-240906-05", "discord", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", D,
     "deepfake-sexual-abuse", "req-240906-05@kcsc.example", "invite link, message link"),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:20:00+09:00", "2024-09-16T23:59:59+09:00", K,
     "drug-trade", "req-240909-06@kcsc.example", "Daum cafe, Tistory (Korean path)"),
    ("KCSC-240910-07", "reddit", "2024-09-10T16:45:00+09:00", "2024-09-17T23:59:59+09:00", R,
     "copyright-piracy", "req-240910-07@kcsc.example", "single post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers

def gmail_quote(when, ref, urls, greeting="Dear Trust & Safety team,"):
    lines = [
        f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
        f"> [{ref}] Request for removal of illegal content",
        ">",
        f"> {greeting}",
        "> The Korea Communications Standards Commission asks you to remove or",
        "> block the following content, which is illegal under Korean law:",
        ">",
    ]
    lines += [f"> {u}" for u in urls]
    lines += [">", "> Please tell us the action taken for each URL.", "> KCSC Takedown desk"]
    return "\n".join(lines)


def outlook_quote(sent, subject, urls, to="legal-kr@google.com"):
    lines = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: {subject}",
        "",
        "Dear colleagues,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "block the following content, which is illegal under Korean law:",
        "",
    ]
    lines += urls
    lines += ["", "Please tell us the action taken for each URL.", "KCSC Takedown desk"]
    return "\n".join(lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="yt-zendesk-solved-four-results",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 6 Sep 2024 15:10:42 +0900",
    subject="[YouTube Legal] Re: [KCSC-240902-01] Request for removal of illegal content (#4820113) - Solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (#4820113) has been solved. To reopen it, reply to this email.

----------------------------------------------

Mina Cho (YouTube Legal Support)

Sep 6, 2024, 15:10 GMT+9

Hello,

Thank you for your patience. We reviewed the first four videos in your
request. Our decisions:

{Y[0]} - removed for violating our policy on regulated goods.
{Y[1]} - removed for violating our policy on regulated goods.
{Y[2]} - blocked for viewers in South Korea under local law; it remains
available elsewhere.
{Y[3]} - not removed. We found no violation of our Community Guidelines and
no basis to restrict it locally.

We will reply separately about the other videos in this request.

Regards,
Mina
YouTube Legal Support

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

Dear Trust & Safety team, please remove the 12 URLs listed in request
KCSC-240902-01 (attached list).

--------------------------------
This email is a service from YouTube Legal Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with agent comment and history",
    why="four URLs each with an unhedged decision: two removed, one blocked in Korea, one no violation",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-followup-same-thread-remaining",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 11:02:19 +0900",
    subject="Re: [YouTube Legal] Re: [KCSC-240902-01] Request for removal of illegal content (#4820113)",
    reply_to_req="req-240902-01",
    body=f"""
Hello again,

Following up in this thread on the remaining items. Update for three more:

- {Y[4]}: removed (violent or graphic content policy)
- {Y[5]}: removed (spam, deceptive practices and scams policy)
- {Y[6]}: this Short no longer exists; the uploader deleted it before our
  review, so there was nothing for us to act on.

Best,
Mina, YouTube Legal Support

On Fri, Sep 6, 2024 at 3:10 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Thank you for your patience. We reviewed the first four videos in your
> request. Our decisions:
>
> {Y[0]} - removed for violating our policy on regulated goods.
> {Y[1]} - removed for violating our policy on regulated goods.
> {Y[2]} - blocked for viewers in South Korea under local law.
> {Y[3]} - not removed. We found no violation.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent reply in the same support thread, earlier answer quoted with '>'",
    why="three new item-level statements; the four decisions in the '>' quote are old text and change nothing",
    items={Y[4]: "removed", Y[5]: "removed", Y[6]: "not_found",
           Y[0]: "pending", Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

yt_jira_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Your request <b>LEGALKR-7731</b> (KCSC-240902-01) has been updated by
<i>Arjun Mehta</i>. The outcome for the items reviewed so far is below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Policy</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td>Regulated goods</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Blocked in KR</td><td>Local legal removal</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>No action taken</td><td>Does not violate our policies</td></tr>
</table>
<p>You can view the request on the <a href="https://support.google.com/legal/answer/3110420">Legal Help portal</a>.</p>
<p style="color:#888">Reply to this email to add a comment. Do not change the subject line.</p>
</body></html>"""

case(
    name="yt-jira-html-table",
    **{"from": "jira-legalkr@google.com"}, name_from="YouTube Legal (Jira)",
    date="Tue, 10 Sep 2024 09:44:03 +0900",
    subject="[JIRA] (LEGALKR-7731) KCSC-240902-01 removal request - outcome",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_jira_html}
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request updated' customer notification, HTML table",
    why="HTML table row per URL: removed, channel terminated, blocked in KR, no action (no violation); help link is no item",
    items={Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted", Y[10]: "rejected"},
)

yt_csv = (
    "ticket,url,action,date\n"
    f"4820113,{Y[11]},removed - community guidelines,2024-09-10\n"
    f"4820113,{Y[5]},geo-restricted (KR),2024-09-10\n"
)
case(
    name="yt-csv-attachment-outcome-sheet",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 17:20:55 +0900",
    subject="Re: [KCSC-240902-01] outcome sheet (#4820113)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-596-csv-b1"

--zd-596-csv-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Attached is the outcome sheet for two more URLs from ticket #4820113.
One line per URL with the action we took.

Regards,
YouTube Legal Support

--zd-596-csv-b1
Content-Type: text/csv; charset=utf-8; name="outcome_4820113.csv"
Content-Disposition: attachment; filename="outcome_4820113.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--zd-596-csv-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply with a CSV outcome export attached",
    why="CSV attachment: one video removed, one geo-restricted in Korea",
    items={Y[11]: "removed", Y[5]: "restricted"},
)

yt_qp_text = f"""Hello,

Apologies for the delay, and thank you for the reminder.

After a second review by our legal team, {Y[2]} was removed globally on
10 September; it is no longer available in any country.

{Y[3]} stays available: the video does not break our policies and we did
not find it unlawful in Korea.

Kind regards,
Jae-won Lim – YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240902-01 is overdue

The following items of request KCSC-240902-01 are still pending:
{Y[2]}
{Y[3]}
{Y[4]}
"""
case(
    name="yt-qp-reply-to-reminder",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:31:10 +0900",
    subject="RE: Reminder: KCSC-240902-01 is overdue",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder, quoted-printable body, reminder quoted below -----Original Message-----",
    why="one video removed globally, one left up (no violation); the third URL appears only in our quoted reminder",
    items={Y[2]: "removed", Y[3]: "rejected", Y[4]: "pending"},
)

case(
    name="yt-helpscout-url-then-status-line",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 13:05:00 +0900",
    subject="Re: KCSC-240902-01 [Conversation #88213]",
    reply_to_req="req-240902-01",
    extra_headers=["X-HelpScout-Conversation-Id: 88213"],
    body=f"""
Hi there,

Here is where the two items you asked about stand:

{Y[0]}
Status: Removed

{Y[10]}
Status: Not violating - left up

Let us know if anything else comes up.

Sam
YouTube Legal Support
----
Conversation #88213 | Reply above this line to respond
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style conversation reply, bare URL with a status line below it",
    why="bare URL, its status on the next line: removed; not violating (rejected)",
    items={Y[0]: "removed", Y[10]: "rejected"},
)

case(
    name="yt-outlook-topposted-list",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:12:44 +0900",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC,

The following videos have been removed under our harassment policy:
  - {Y[4]}
  - {Y[9]}

Best regards,
Legal Support Team

{outlook_quote("Monday, September 2, 2024 10:00 AM", "[KCSC-240902-01] Request for removal of illegal content", Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the full original request",
    why="heading statement over a bulleted list naming each URL; the 12 URLs below -----Original Message----- are our own request",
    items={Y[4]: "removed", Y[9]: "removed", Y[0]: "pending", Y[11]: "pending"},
)

case(
    name="yt-reminder-reply-three-statuses",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 16:40:12 +0900",
    subject="Re: Reminder: KCSC-240902-01 is overdue (#4820113)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Replying to your reminder of 16 September.

1. {Y[6]}
   The link is invalid: no Short exists with this ID.
2. {Y[7]}
   Removed on 13 Sep for violating our regulated goods policy.
3. {Y[8]}
   The channel has been restricted for viewers in South Korea.

Regards,
YouTube Legal Support (#4820113)
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a reminder, numbered list, status on the line under each URL",
    why="invalid link (not_found), removed, channel restricted in Korea",
    items={Y[6]: "not_found", Y[7]: "removed", Y[8]: "restricted"},
)

case(
    name="x-freshdesk-ticket-bullets",
    **{"from": "support-kr@x.com"}, name_from="X Support",
    date="Fri, 6 Sep 2024 19:22:31 +0900",
    subject="[Ticket #0923311] Re: [KCSC-240903-02] Removal request - resolved",
    reply_to_req="req-240903-02",
    extra_headers=["X-FD-Ticket: 0923311"],
    body=f"""
Hi KCSC Takedown,

Ticket #0923311 has been marked Resolved. Summary of actions:

* {X[0]} -- withheld in South Korea in response to a valid legal demand
* {X[1]} -- removed for violating the X Rules (private information)
* {X[3]} -- account permanently suspended

If you believe this ticket was resolved in error, reply to reopen it.

X Support
https://help.x.com/en/rules-and-policies/private-information
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with agent summary",
    why="withheld in Korea (restricted), removed, account suspended (removed); the help link is no item",
    items={X[0]: "restricted", X[1]: "removed", X[3]: "removed", X[2]: "pending"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 9 Sep 2024 02:15:09 +0900",
    subject="Case 0923311: outcome of your report (KCSC-240903-02)",
    body=f"""
Hello,

We have reviewed the reported content.

The following post has been withheld in South Korea:
{X[0]}

The following post was reviewed and did not violate the X Rules or local
law; it will remain available:
{X[2]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome notice with the URL on the line after its statement",
    why="statement on one line, URL on the next: withheld (restricted) and no violation (rejected)",
    items={X[0]: "restricted", X[2]: "rejected"},
)

case(
    name="x-partial-answer-one-item",
    **{"from": "support-kr@x.com"}, name_from="X Support",
    date="Sat, 7 Sep 2024 10:03:47 +0900",
    subject="[Ticket #0923311] Update on your request KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

A quick partial update on ticket #0923311. The post
{X[1]} has been removed.

We are still reviewing the remaining URLs in your report and will update
you in this ticket once that review is finished.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk public reply with a partial answer",
    why="one removed post; the rest is a promise about unnamed URLs and leaves them pending",
    items={X[1]: "removed", X[0]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-jira-comment-two-items",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal (Jira)",
    date="Wed, 11 Sep 2024 21:48:00 +0900",
    subject="[JIRA] (XLR-2291) Public comment added: KCSC-240903-02",
    body=f"""
Hyun-woo Park added a comment to XLR-2291:

    {X[2]} - content removed after re-review.
    {X[3]} - the account has been suspended.

----------------------------------------------------------------
View request: https://legalrequests.x.com/portal/XLR-2291
Turn off this request's notifications
This message was sent by X Legal Requests (Jira Service Management).
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'public comment added' notification",
    why="two URLs with unhedged outcomes; the portal link is the platform's own page",
    items={X[2]: "removed", X[3]: "removed"},
)

case(
    name="tg-topposted-gmail-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 5 Sep 2024 22:41:16 +0400",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

The posts <{T[0]}> and <{T[1]}> have been taken down.
The channel <{T[2]}> is no longer accessible to users in South Korea.

Telegram Abuse Team

{gmail_quote("Wed, 4 Sep 2024 at 04:15", "KCSC-240904-03", T)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk top-posted reply over a Gmail-quoted request",
    why="two posts taken down, channel blocked for Korea (restricted); quoted request changes nothing",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-case-number-schemeless",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 7 Sep 2024 13:00:02 +0400",
    subject="Case #5512093 - KCSC-240904-03",
    body="""
Hi,

Regarding Case #5512093: the channel t.me/moon_bazaar_kr has been blocked
on all Telegram apps worldwide for violating our Terms of Service.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk case update, URL written without scheme",
    why="channel blocked globally = removed",
    items={T[2]: "removed"},
)

case(
    name="naver-korean-numbered-results",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 9 Sep 2024 14:30:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (접수번호 2024-0905-7781 / KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(접수번호 2024-0905-7781)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. {N[0]}
   - 처리결과: 게시중단(블라인드) 처리 완료
2. {N[1]}
   - 처리결과: 임시조치(30일) 완료
3. {N[2]}
   - 처리결과: 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 불가

나머지 요청 건은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내, numbered list",
    why="블라인드 (removed), 임시조치 (restricted), 작성자 삭제 (not_found); the rest is a promise",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-followup-original-message",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 10:15:27 +0900",
    subject="RE: [네이버] 게시중단 요청 처리 결과 안내 (접수번호 2024-0905-7781)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요.

지난 답변에 이어 남은 2건의 처리 결과를 안내드립니다.

- {N[3]} : 운영정책 위반 사항이 확인되지 않아 게시중단이 어렵습니다.
- {N[4]} : 운영자 삭제 처리되었습니다.

네이버 권리보호센터

-----Original Message-----
From: 네이버 권리보호센터 <rights@navercorp.com>
Sent: Monday, September 9, 2024 2:30 PM
To: KCSC Takedown <takedown@kcsc.example>
Subject: [네이버] 게시중단 요청 처리 결과 안내 (접수번호 2024-0905-7781)

1. {N[0]} - 게시중단(블라인드) 처리 완료
2. {N[1]} - 임시조치(30일) 완료
3. {N[2]} - 작성자가 이미 삭제한 게시물
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same ticket, earlier answer below -----Original Message-----",
    why="no violation (rejected) and 운영자 삭제 (removed); the earlier answer below the separator is quoted",
    items={N[3]: "rejected", N[4]: "removed", N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>문의번호 <b>#NV-338120</b> (KCSC-240905-04) 관련 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>게시물 URL</th><th>조치결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[0]}</td><td>블라인드</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>존재하지 않는 게시물</td></tr>
</tbody></table>
<p>추가 문의는 <a href="https://help.naver.com/inquiry/">고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 17:02:11 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (#NV-338120)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail, base64 HTML table",
    why="블라인드 (removed) and 존재하지 않는 게시물 (not_found); the help-centre link is no item",
    items={N[0]: "removed", N[2]: "not_found"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 12 Sep 2024 11:47:36 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버입니다.

요청하신 카페 게시글（{N[3]}）은 국내 접속 차단 조치되었습니다.
또한 {N[1]} 게시물은 운영정책 위반으로 삭제되었습니다．

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short Korean reply with full-width brackets and full-width stop after URLs",
    why="국내 접속 차단 (restricted) and 삭제 (removed); URLs end at full-width punctuation",
    items={N[3]: "restricted", N[1]: "removed"},
)

case(
    name="discord-zendesk-solved",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 8 Sep 2024 06:12:50 +0000",
    subject="[Discord] Your request #38821554 has been solved (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (#38821554) has been solved. Reply to this email to reopen it.

Kai (Discord Trust & Safety)
Sep 8, 2024, 6:12 AM UTC

Hello,

Thanks for flagging this. We investigated and took the following action:

The server behind the invite {D[0]} has been removed from Discord.
The message at {D[1]} was deleted and its author's account was banned.

You can read more about how we enforce our rules at
https://discord.com/safety/our-approach-to-content-moderation

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord (Zendesk) 'request solved' email from Trust & Safety",
    why="server removed, message deleted; the safety page link is no item",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-not-located-and-no-violation",
    **{"from": "tns-legal@discord.com"}, name_from="Discord Legal",
    date="Mon, 9 Sep 2024 18:33:02 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content (#38821554)",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

We looked into both links from your request.

We were unable to locate any message at
{D[1]}
The link does not resolve to a message on our side.

The server reached through {D[0]} remains up. After review we did not find
content that violates our Community Guidelines or Terms of Service.

Discord Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal operations reply in the ticket thread",
    why="message not located (not_found); server stays up, no violation (rejected)",
    items={D[1]: "not_found", D[0]: "rejected"},
)

case(
    name="discord-wrapped-angle-url",
    **{"from": "tns-legal@discord.com"}, name_from="Discord Legal",
    date="Thu, 12 Sep 2024 03:10:44 +0000",
    subject="RE: Reminder: KCSC-240906-05 is overdue",
    reply_to_req="req-240906-05",
    body="""
Hello,

Sorry for the wait. The message
<https://discord.com/channels/1180023456789012345/1180023456789012399/
1281234567890123456> has been removed, and the user was actioned.

Discord Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply with a long URL in angle brackets wrapped across two lines",
    why="the wrapped URL in angle brackets is one URL (RFC 3986 app. C); removed",
    items={D[1]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 15:55:21 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 티스토리 게시물의 처리 결과를 알려드립니다.

■ {K2_RAW}
  → 게시중단 조치 완료
■ {K[2]}
  → 비공개 처리 완료

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 안내 (Tistory), raw Korean path",
    why="게시중단 (removed) and 비공개 처리 (removed); the raw Korean path matches its percent-encoded form",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-daum-cafe-ticket-partial",
    **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 09:20:08 +0900",
    subject="[Daum 고객센터] 문의번호 DM-2024091100482 답변 안내",
    reply_to_req="req-240909-06",
    body=f"""
안녕하세요, Daum 고객센터입니다.
문의번호 DM-2024091100482 (KCSC-240909-06) 관련 답변드립니다.

{K[0]} 게시글은 임시조치되었습니다.
함께 요청하신 티스토리 게시물은 담당 부서에서 확인 중이며, 결과가 나오면
별도로 안내드리겠습니다.

※ 본 메일은 발신전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 ticket answer (문의번호), partial",
    why="cafe post 임시조치 (restricted); the Tistory posts are only 'being checked' and stay pending",
    items={K[0]: "restricted", K[1]: "pending", K[2]: "pending"},
)

case(
    name="reddit-sole-item-no-url",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 01:05:33 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body="""
Hi,

Thanks for your report. We reviewed the post you sent us and removed it for
violating Reddit's Content Policy.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply in the request thread, no URL repeated",
    why="one-item request, unhedged 'removed it' answering that request",
    items={R[0]: "removed"},
)

case(
    name="reddit-receipt-plus-result",
    **{"from": "support@redditmail.com"}, name_from="Reddit Help",
    date="Wed, 11 Sep 2024 20:14:09 +0000",
    subject="Your Reddit ticket #77120 (KCSC-240910-07)",
    body=f"""
Hello,

We received your report and opened ticket #77120.

Update: the post at {R[0]} has been removed by Reddit's Safety team for
violating our rules on piracy.

This ticket is now closed. Reply to this email if you need more help.

- Reddit Help
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Help ticket receipt that already carries the result",
    why="acknowledgement phrase plus an unhedged item statement is a confirmation",
    items={R[0]: "removed"},
)

# ================================================================ REVIEW

case(
    name="yt-promise-will-remove",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 7 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content (#4820113)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thanks for following up. Our team has escalated the following videos and
they will be removed once the legal review is completed:

{Y[4]}
{Y[5]}

We expect to update this ticket within 3 business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="support agent holding reply in an open ticket",
    why="'will be removed once the review is completed' is a promise: names items, states nothing",
    items={Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="x-freshdesk-status-in-progress",
    **{"from": "support-kr@x.com"}, name_from="X Support",
    date="Thu, 5 Sep 2024 16:42:18 +0900",
    subject="[Ticket #0923311] Status changed to In Progress",
    reply_to_req="req-240903-02",
    body=f"""
Hello KCSC Takedown,

The status of your ticket #0923311 has changed to: In Progress.

Our agents are currently reviewing the posts below under the X Rules and
local law:

  {X[0]}
  {X[2]}

You will receive an email when there is an update.

X Support
""",
    outcome="review", review="not_understood",
    imitates="Freshdesk ticket status-change notification",
    why="names two requested posts but says only that they are under review",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="naver-hedge-appears-deleted",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 6 Sep 2024 18:05:40 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버입니다.

문의하신 {N[4]} 게시물은 현재 확인 시 삭제된 것으로 보입니다.
정확한 처리 내역은 담당 부서 확인 후 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply with a hedge (삭제된 것으로 보입니다)",
    why="'appears to have been deleted' plus a promise to confirm: a hedge, not a statement",
    items={N[4]: "pending"},
)

case(
    name="reddit-hedge-mods-may-have",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""
Hi,

It looks like the post {R[0]} may already have been taken down by the
subreddit's moderators. We're checking with our Safety team and will
confirm.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal interim reply with a hedge",
    why="'may already have been taken down' is a hedge, followed by a promise to confirm",
    items={R[0]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="[YouTube Legal] Re: [KCSC-240902-01] (#4820113) - Closed",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (#4820113) has been closed.

Hello,

All of the videos listed in request KCSC-240902-01 have now been removed.
This ticket is closed; please open a new request for any new content.

YouTube Legal Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk closing notice with a blanket statement",
    why="'all of the videos' of a 12-item request, none named: bulk",
    items={},
)

case(
    name="tg-bulk-all-taken-down",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 6 Sep 2024 09:12:00 +0400",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body="""
Hello,

Thank you for your report. We have taken down all the reported content.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse desk one-line blanket answer",
    why="'all the reported content' for a three-item request: bulk, items stay pending",
    items={},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Support",
    date="Sun, 8 Sep 2024 05:50:31 +0000",
    subject="[Discord] Request #38821554: KCSC-240906-05",
    body=f"""
{ZD_LINE}

Your request (#38821554) has been updated.

Hello,

The server behind {D[0]} has been removed from Discord.

Discord Support
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Zendesk notification sent from the helpdesk's own zendesk.com subdomain",
    why="zendesk.com is not a Discord sender domain, however the display name reads",
    items={D[0]: "pending"},
)

case(
    name="x-auth-fail-results",
    **{"from": "support-kr@x.com"}, name_from="X Support",
    auth="fail",
    date="Sun, 8 Sep 2024 23:11:42 +0900",
    subject="[Ticket #0923311] Re: [KCSC-240903-02] Removal request - resolved",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Resolution for ticket #0923311:

* {X[1]} -- removed
* {X[2]} -- removed

X Support
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Freshdesk-style resolved email from x.com failing DKIM/SPF/DMARC",
    why="x.com From with dmarc=fail: untrusted, nothing applied",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="naver-internal-forward",
    **{"from": "cs-team@navercorp.com"}, name_from="네이버 고객지원팀",
    date="Fri, 13 Sep 2024 10:02:00 +0900",
    subject="FW: [처리결과] KCSC-240905-04 게시물 조치 내역",
    body=f"""
방송통신심의위원회 담당자님께,

담당 부서에서 회신한 내용을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 카페 운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 6:20
Subject: [처리결과] KCSC-240905-04 게시물 조치 내역
To: 네이버 고객지원팀 <cs-team@navercorp.com>

{N[2]} : 작성자 삭제로 게시물 없음
{N[3]} : 블라인드 처리 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER support team forwarding another team's internal answer (Gmail-style forward)",
    why="the statuses sit inside a forwarded message, not in the sender's own words",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="discord-wrong-platform-telegram-link",
    **{"from": "tns-legal@discord.com"}, name_from="Discord Legal",
    date="Sat, 14 Sep 2024 02:25:10 +0000",
    subject="RE: Reminder: KCSC-240906-05 and other requests",
    body=f"""
Hello,

Your reminder also listed {T[2]}. That address is a Telegram channel, not a
Discord server, and we could not find it on Discord.

For the Discord items, please see our earlier replies in ticket #38821554.

Discord Legal Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Discord reply to a reminder that mixed in another platform's URL",
    why="Discord says it could not find a Telegram item: no status for Telegram's item from Discord",
    items={T[2]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 5 Sep 2024 14:27:00 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content (#4820113) - Awaiting your reply",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (#4820113) is awaiting your reply.

Hello,

To continue our review of the following videos we need more information:

{Y[10]}
{Y[11]}

Please send the timestamps where the unlawful content appears and the
provision of Korean law it violates. If we don't hear from you within 7
days, this request will be closed automatically.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending, awaiting your reply' request for more information",
    why="asks for timestamps and legal basis before acting; no status",
    items={Y[10]: "pending", Y[11]: "pending"},
)

case(
    name="naver-maintenance-notice",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Sun, 15 Sep 2024 20:00:00 +0900",
    subject="[네이버 고객센터] 신고센터 시스템 점검 안내",
    body="""
안녕하세요, 네이버 고객센터입니다.

9월 19일(목) 02:00~05:00 신고센터 시스템 점검이 진행됩니다.
점검 시간 동안에는 신고 접수 및 처리 결과 조회가 일시적으로 중단됩니다.

이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER 고객센터 system maintenance notice",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

# ================================================================ IGNORED

case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 2 Sep 2024 10:01:12 +0900",
    subject="[YouTube Legal] Request received: [KCSC-240902-01] Request for removal of illegal content (#4820113)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (#4820113) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' notification",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-freshdesk-ack-echo",
    **{"from": "support-kr@x.com"}, name_from="X Support",
    date="Tue, 3 Sep 2024 11:31:40 +0900",
    subject="[Ticket #0923311] We've received your request: [KCSC-240903-02] Removal request",
    reply_to_req="req-240903-02",
    body=f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. Ticket #0923311. A support representative will
review your request and send you a response.

Your message:
------------------------------------------------
The Korea Communications Standards Commission asks you to remove or block
the following content, which is illegal under Korean law:
{X[0]}
{X[1]}
{X[2]}
{X[3]}
------------------------------------------------

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk auto-acknowledgement echoing the submitted report",
    why="receipt that echoes our own report; no statement about any item",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "jiyoung.han@navercorp.com"}, name_from="한지영",
    date="Fri, 6 Sep 2024 09:00:03 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240905-04] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지영입니다.

9월 6일(금)부터 9월 16일(월)까지 휴가로 부재중입니다.
급한 업무는 권리보호센터(rights@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply (부재중)",
    why="out-of-office auto-reply",
    items={},
)

tg_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-596-tg"

--dsn-596-tg
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[198.51.100.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-596-tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Wed, 11 Sep 2024 10:00:05 +0400

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-596-tg
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: KCSC-240904-03 is overdue
Message-ID: <reminder.KCSC-240904-03.1@kcsc.example>
Date: Wed, 11 Sep 2024 15:00:00 +0900

The following items of request KCSC-240904-03 are still pending:
{T[0]}
{T[1]}
{T[2]}

--dsn-596-tg--
"""
case(
    name="tg-dsn-bounce-reminder",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 10:00:06 +0400",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=tg_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery status notification; the URLs are in our returned reminder",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

discord_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-596-dc"

--mdn-596-dc
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <tns-legal@discord.com> at
9/6/2024 5:00 AM. This receipt verifies that the message has been displayed
on the recipient's computer at 9/6/2024 7:41 AM.

--mdn-596-dc
Content-Type: message/disposition-notification

Reporting-UA: tns-legal.discord.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; tns-legal@discord.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-596-dc--
"""
case(
    name="discord-read-receipt",
    **{"from": "tns-legal@discord.com"}, name_from="Discord Legal",
    date="Fri, 6 Sep 2024 07:41:20 +0000",
    subject="Read: [KCSC-240906-05] Request for removal of illegal content",
    raw_mime=discord_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="message disposition notification",
    items={},
)

case(
    name="kakao-jira-receipt-korean",
    **{"from": "servicedesk@kakaocorp.com"}, name_from="카카오 서비스데스크",
    date="Mon, 9 Sep 2024 10:21:30 +0900",
    subject="[KKO-SD-5521] 요청이 접수되었습니다: [KCSC-240909-06] 불법정보 삭제 요청",
    reply_to_req="req-240909-06",
    body="""
안녕하세요.

고객님의 요청이 정상적으로 접수되었습니다. (요청번호 KKO-SD-5521)
담당자가 확인 후 순차적으로 답변드릴 예정입니다.

이 메일에 회신하시면 요청에 댓글이 추가됩니다.
카카오 서비스데스크 (Jira Service Management)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' notification in Korean",
    why="pure receipt with a request number",
    items={},
)

case(
    name="reddit-out-of-office",
    **{"from": "m.okafor@reddit.com"}, name_from="Maya Okafor",
    date="Tue, 10 Sep 2024 07:46:00 +0000",
    subject="Automatic reply: [KCSC-240910-07] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm out of the office until September 18 with limited access to email.
For urgent legal requests please write to legal@reddit.com.

Thanks,
Maya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 596: ticket systems and threads (Zendesk, Freshdesk, Jira,
# Help Scout style receipts and results, follow-ups, replies to reminders,
# partial answers, forwards). Written by tests/corpus/blind596/make.py from
# each email's meaning, before any run of the reader. Do not edit by hand."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as mail
    clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind596", HEADER, CASES)


if __name__ == "__main__":
    main()
