#!/usr/bin/env python3
"""Blind corpus set 776: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected result of each case was written from the email's
meaning alone, before any run of the reader.

    python3 tests/corpus/blind776/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind776"

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=Lk4pQ2rVn8s",
    "https://www.youtube.com/watch?v=Hd7wXe3Ty0b",
    "https://www.youtube.com/watch?v=Rz9mCa5Jf1u",
    "https://www.youtube.com/watch?v=Nb2sKo6Pq4w",
    "https://www.youtube.com/watch?v=Tg8vYi1Lm3e",
    "https://www.youtube.com/watch?v=Wc5nDu7Hs2k",
    "https://www.youtube.com/shorts/Fa3eJx9Bq6r",
    "https://www.youtube.com/shorts/Pv6tGm2Zc8d",
    "https://www.youtube.com/@bluemarsh_tv_kr",
    "https://www.youtube.com/watch?v=Ks1yRb4Ne7h",
    "https://www.youtube.com/watch?v=Ej0uVq3Wx5m",
    "https://www.youtube.com/watch?v=Oh2iLs8Dt9f",
]
N = [
    "https://blog.naver.com/moonlit_hw/223551904871",
    "https://cafe.naver.com/quietgarden/58213",
    "https://cafe.naver.com/quietgarden/58240",
    "https://blog.naver.com/seaweed_k/223560012345",
]
X = [
    "https://x.com/hanriver_deals/status/1832200000000000101",
    "https://x.com/hanriver_deals/status/1832200000000000188",
    "https://x.com/nightowl_kr22/status/1832411100000000042",
]
T = [
    "https://t.me/greyfox_market/1184",
    "https://t.me/greyfox_market/1207",
]
K4_RAW = "https://brunch.co.kr/@바람길/41"
K = [
    "https://cafe.daum.net/sunnyvalley77/Lp2c/8841",
    "https://cafe.daum.net/sunnyvalley77/Lp2c/8853",
    "https://ondo-notes.tistory.com/318",
    "https://brunch.co.kr/@%EB%B0%94%EB%9E%8C%EA%B8%B8/41",
    "https://pf.kakao.com/_xbQzKd/105563219",
]
R1 = "https://www.reddit.com/r/seoulbargainbin/comments/1fhq2zx/group_buy_link/"
T3 = "https://t.me/violet_exchange/3310"

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     Y, "illegal gambling", "<kcsc-240903-01@kcsc.example>", "videos and a channel advertising gambling sites"),
    ("KCSC-240905-02", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     N, "defamation", "<kcsc-240905-02@kcsc.example>", ""),
    ("KCSC-240909-03", "x", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00",
     X, "drug trade", "<kcsc-240909-03@kcsc.example>", ""),
    ("KCSC-240910-04", "telegram", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     T, "drug trade", "<kcsc-240910-04@kcsc.example>", ""),
    ("KCSC-240912-05", "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     K, "illegal gambling", "<kcsc-240912-05@kcsc.example>", "Daum cafe, Tistory, Brunch, Kakao channel"),
    ("KCSC-240916-06", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [R1], "counterfeit goods", "<kcsc-240916-06@kcsc.example>", ""),
    ("KCSC-240917-07", "telegram", "2024-09-17T10:30:00+09:00", "2024-09-24T23:59:59+09:00",
     [T3], "illegal financial services", "<kcsc-240917-07@kcsc.example>", ""),
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


def our_request(ref, urls, due, prefix=""):
    """Our request (or reminder) as the platform's mailer quotes it."""
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "listed below to be unlawful under Korean law and asks you to take it",
        "down or to block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        f"Please tell us what was done about each URL by {due}.",
        "",
        "KCSC Takedown Team",
        "takedown@kcsc.example",
    ]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-zendesk-solved-first-five",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 16:24:11 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 Request to remove unlawful content (#4471920)",
    reply_to_req="kcsc-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#4471920) has been solved. To reopen it, reply to this email.

Minji (YouTube Legal Support)
Sep 9, 2024, 16:20 GMT+9

Hello,

Thank you for your patience while we looked into the videos in your
request KCSC-240903-01. Here is the outcome for the first five URLs.

{Y[0]}
Removed for violating our Community Guidelines.

{Y[1]}
Removed for violating our Community Guidelines.

{Y[2]}
Blocked from view in South Korea on the basis of local law.

{Y[3]}
No action taken. We reviewed this video and found that it does not
violate our policies or local law, so it remains available.

{Y[4]}
We could not find this video. Please check the link and send it again
if it is not correct.

The other URLs in your request are still with our team, and we will send
you a separate update for them.

Kind regards,
Minji
YouTube Legal Support

This email is a service from YouTube Legal Support.
[8QZ2KX-R1JW]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying a legal-support agent's per-URL outcome",
    why="five URLs, each with its status on the line below; the rest only promised",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-zendesk-update-with-ticket-history",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:07:45 +0900",
    subject="[YouTube Legal Support] Update: KCSC-240903-01 Request to remove unlawful content (#4471920)",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
##- Please type your reply above this line -##

Minji (YouTube Legal Support)
Sep 13, 2024, 11:05 GMT+9

Hello again,

Following up on the items still open in your reminder. We have removed
these two videos under our policy on regulated goods and services:

- {Y[9]}
- {Y[10]}

The channel {Y[8]} has been terminated
for repeated violations, so none of its videos are available any more.

We will come back to you on the rest.

Best,
Minji

--------------------------------

KCSC Takedown
Sep 11, 2024, 09:00 GMT+9

Reminder: request KCSC-240903-01 (sent 3 September 2024)

The deadline for this request has passed and the following URLs are
still awaiting your answer:

{Y[5]}
{Y[6]}
{Y[7]}
{Y[8]}
{Y[9]}
{Y[10]}
{Y[11]}

Please tell us what was done about each of them.

KCSC Takedown Team

This email is a service from YouTube Legal Support.
[8QZ2KX-R1JW]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk ticket update email with the conversation history (our reminder) printed below the agent's comment",
    why="two videos removed and a channel terminated; the history below repeats our reminder and says nothing about the other URLs",
    items={Y[9]: "removed", Y[10]: "removed", Y[8]: "removed",
           Y[5]: "pending", Y[6]: "pending", Y[7]: "pending", Y[11]: "pending"},
)

HTML_Y = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Team,</p>
<p>We have completed our review of the items below from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No violation found &ndash; content remains available</td></tr>
</table>
<p>For more on how we handle legal requests, see our <a href="https://support.google.com/legal/answer/3110420">Legal Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Team</p>
<p style="color:#888">ref:_00D5g2x._5004X9kP2q:ref</p>
</body></html>"""
TEXT_Y = f"""Dear KCSC Takedown Team,

We have completed our review of the items below from your request KCSC-240903-01.

URL | Action taken
{Y[5]} | Removed
{Y[6]} | Age-restricted
{Y[7]} | Removed
{Y[11]} | No violation found - content remains available

For more on how we handle legal requests, see our Legal Help Center:
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team

ref:_00D5g2x._5004X9kP2q:ref"""
case(
    name="yt-salesforce-html-table",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 18:41:02 +0900",
    subject="Re: KCSC-240903-01 [ ref:_00D5g2x._5004X9kP2q:ref ]",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="sf-b776-alt"

--sf-b776-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{TEXT_Y}

--sf-b776-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{HTML_Y}

--sf-b776-alt--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Salesforce Service Cloud case reply (thread ref token in subject) with an HTML 'URL / Action taken' table",
    why="a two-column table: removed, age-restricted, removed, no violation; the Legal Help Center link is no item",
    items={Y[5]: "removed", Y[6]: "restricted", Y[7]: "removed", Y[11]: "rejected"},
)

CSV_Y = "url,decision,action_date\n" + "\n".join([
    f"{Y[0]},removed - community guidelines,2024-09-09",
    f"{Y[1]},removed - community guidelines,2024-09-09",
    f"{Y[2]},geo-restricted (KR),2024-09-09",
    f"{Y[3]},no action - does not violate policy,2024-09-09",
    f"{Y[4]},not found (invalid video id),2024-09-09",
    f"{Y[5]},removed - community guidelines,2024-09-10",
]) + "\n"
case(
    name="yt-csv-attachment",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 20:03:17 +0900",
    subject="Outcome of review - KCSC-240903-01",
    reply_to_req="kcsc-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b776-mixed-yt"

--b776-mixed-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome of our review of the first six URLs
in your request KCSC-240903-01, one row per URL. We are still working on
the others.

Thanks,
Google Legal Support

--b776-mixed-yt
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_Y)}

--b776-mixed-yt--
""",
    outcome="applied",
    classification="confirmation",
    imitates="legal-support reply with a per-URL decisions CSV export attached",
    why="the CSV gives one decision per URL: removed, removed, geo-restricted, no action, not found, removed",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected",
           Y[4]: "not_found", Y[5]: "removed"},
)

QP_Y = f"""Ticket #88213 - status changed to Pending

Hi KCSC team,

Quick update on your request KCSC-240903-01.

{Y[1]} has been removed from YouTube.
{Y[3]} is now age-restricted and can only be watched by signed-in adult users.

The remaining videos listed in your request are still under review. We
will write again once we have an outcome for them.

Jae-won
YouTube Trust & Safety Operations

-- 
You are receiving this because you are the requester of ticket #88213.
Reply to this email to add a comment."""
case(
    name="yt-freshdesk-qp-partial",
    **{"from": "tso-support@youtube.com"},
    name_from="YouTube T&S Operations",
    date="Mon, 9 Sep 2024 10:12:40 +0900",
    subject="[#88213] KCSC-240903-01 - update on your request",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_Y)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk agent reply notification ('status changed to Pending') in quoted-printable",
    why="partial answer: one removed, one age-restricted; the rest only 'under review'",
    items={Y[1]: "removed", Y[3]: "restricted"},
)

B64_Y = f"""[YT-LEGAL-5521] KCSC-240903-01 batch 2

Status: Resolved
Resolution: Done

Comment from Daniel Osei (YouTube Legal Operations):

Hi,

We actioned two of the items from your request today:

  * {Y[5]} - removed (spam, deceptive practices and scams policy)
  * {Y[6]} - age-restricted; the Short is no longer shown to viewers under 18 or to signed-out viewers

Thanks,
Daniel

View request: https://ytlegal.atlassian-desk.example/servicedesk/customer/portal/4/YT-LEGAL-5521
Turn off this request's notifications"""
case(
    name="yt-jira-base64-resolved",
    **{"from": "jira-legal@youtube.com"},
    name_from="YouTube Legal Operations (Jira)",
    date="Wed, 11 Sep 2024 13:55:09 +0900",
    subject="[YT-LEGAL-5521] KCSC-240903-01 batch 2",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_Y)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management customer notification (status Resolved, agent comment) sent base64-encoded",
    why="two bulleted URLs: removed and age-restricted; the portal link is no item",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

case(
    name="yt-helpscout-numbered-list",
    **{"from": "legalteam@youtube.com"},
    name_from="Hana at YouTube Legal",
    date="Fri, 13 Sep 2024 17:30:55 +0900",
    subject="Re: KCSC-240903-01 remaining items [conversation #1874]",
    body=f"""
Hi KCSC team,

Thanks for your patience. Here is where the rest of your request stands:

1. {Y[7]} - removed (violent criminal organisations policy)
2. {Y[8]} - channel terminated
3. {Y[9]} - blocked in South Korea following a local legal review
4. {Y[10]} - not removed: we did not find a violation of our
   policies or of local law
5. {Y[11]} - removed

Let me know if anything is unclear.

Hana
YouTube Legal

Conversation #1874 | Reply to this email to continue the conversation.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style agent reply (conversation number footer) with a numbered list of outcomes",
    why="numbered list: removed, channel terminated, blocked in KR, not removed (no violation), removed",
    items={Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted", Y[10]: "rejected", Y[11]: "removed"},
)

# ---------------------------------------------------------------- NAVER
case(
    name="naver-helpdesk-answer-korean",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Mon, 9 Sep 2024 15:02:33 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-02)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. {N[0]}
 - 처리 결과: 게시중단

2. {N[1]}
 - 처리 결과: 블라인드 처리

3. {N[2]}
 - 처리 결과: 작성자가 이미 삭제하여 게시물이 확인되지 않습니다.

4. {N[3]}
 - 처리 결과: 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

추가로 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주시기 바랍니다.

감사합니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' mail with a per-URL 처리 결과",
    why="게시중단, 블라인드, already deleted by its author, no violation so no action",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

NAVER_REMINDER_QUOTE = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Friday, September 13, 2024 9:00 AM",
    "To: policy@navercorp.com",
    "Subject: [Reminder] KCSC-240905-02 Request to remove unlawful content",
    "",
    our_request("KCSC-240905-02", N, "2024-09-12"),
])
case(
    name="naver-reminder-reply-outlook",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤 (NAVER 정책지원)",
    date="Fri, 13 Sep 2024 14:26:50 +0900",
    subject="RE: [Reminder] KCSC-240905-02 Request to remove unlawful content",
    body=f"""
안녕하세요, 네이버 정책지원팀 박지윤입니다.

회신이 늦어 죄송합니다. 요청하신 건 중 두 건의 처리 결과를 먼저 공유드립니다.

- {N[0]} : 권리침해 신고 절차에 따라 30일간 임시조치되었습니다.
- {N[3]} : 금일 오전 삭제 처리하였습니다.

나머지 건은 확인되는 대로 다시 연락드리겠습니다.

박지윤 드림

{NAVER_REMINDER_QUOTE}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted staff reply to our reminder, over '-----Original Message-----'",
    why="임시조치 (restricted) and 삭제 (removed) above the quoted reminder; the other two only in the quote",
    items={N[0]: "restricted", N[3]: "removed", N[1]: "pending", N[2]: "pending"},
)

HTML_N = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호: KCSC-240905-02)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>비공개 처리</td><td>2024-09-11</td></tr>
</tbody></table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-only-action-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 16:48:12 +0900",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240905-02)",
    reply_to_req="kcsc-240905-02",
    type="html",
    body=HTML_N,
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML-only table (순번/URL/조치결과/조치일자)",
    why="삭제, 접속차단 (restricted), 게시물 없음 (not found), 비공개 처리 (removed)",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "removed"},
)

case(
    name="naver-wrapped-angle-urls",
    **{"from": "daniel.kang@navercorp.com"},
    name_from="Daniel Kang",
    date="Tue, 10 Sep 2024 09:14:27 +0900",
    subject="RE: KCSC-240905-02",
    reply_to_req="kcsc-240905-02",
    body="""
Hello,

Regarding your request KCSC-240905-02: the following two blog posts were
deleted by our blog operations team on 6 September,
<https://blog.naver.com/moonlit_hw/
223551904871> and <https://blog.naver.com/seaweed_k/
223560012345>.

The two cafe posts are handled by a different team and I have passed
them on.

Best regards,
Daniel Kang
Global Policy, NAVER Corp.
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text staff reply whose mailer wrapped long URLs inside angle brackets (RFC 3986 appendix C style)",
    why="two blog posts deleted; their URLs are wrapped inside <...>; the cafe posts are only passed on",
    items={N[0]: "removed", N[3]: "removed"},
)

case(
    name="naver-own-statement-over-forward",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤 (NAVER 정책지원)",
    date="Thu, 12 Sep 2024 11:40:05 +0900",
    subject="Fwd: [카페운영] KCSC-240905-02 카페 게시물 검토 결과",
    body=f"""
안녕하세요, 네이버 정책지원팀 박지윤입니다.

카페 게시물 두 건은 카페 운영팀에서 아래와 같이 처리하였습니다.
- {N[1]} : 블라인드 처리 완료
- {N[2]} : 작성자 본인이 이미 삭제한 게시물로 확인됩니다.

참고로 운영팀 회신 메일을 아래에 전달드립니다.

박지윤 드림

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오전 10:52
Subject: [카페운영] KCSC-240905-02 카페 게시물 검토 결과
To: 박지윤 <jiyoon.park@navercorp.com>

지윤님, 요청 주신 카페 게시물 검토 결과입니다.
58213번 글은 블라인드 처리했고, 58240번 글은 작성자가 9/6에 직접 삭제했습니다.
""",
    outcome="applied",
    imitates="Gmail-style 'Fwd:' from a NAVER staff member who restates the internal team's result in her own words",
    why="the staff member's own lines state 블라인드 (removed) and deleted by its author (not found); the forwarded part only repeats them",
    items={N[1]: "removed", N[2]: "not_found"},
)

# ---------------------------------------------------------------- X
case(
    name="x-freshdesk-resolved-withheld",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 12 Sep 2024 07:31:19 +0900",
    subject="Ticket #0912-55231 resolved: KCSC-240909-03",
    reply_to_req="kcsc-240909-03",
    body=f"""
Hello,

Your ticket #0912-55231 has been marked as resolved.

Agent response:

We have reviewed the posts reported in KCSC-240909-03.

In accordance with applicable local law, we have withheld the following
posts in South Korea:
{X[0]}
{X[1]}

The post {X[2]} does not violate the
X Rules or local law, and we have not taken action on it.

If you believe this ticket was resolved in error, reply to this email
within 7 days to reopen it.

X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification wrapping an X legal-desk country-withheld answer",
    why="two URLs under 'withheld in South Korea', a third explicitly not actioned",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "no-reply@x.com"},
    name_from="X Support",
    date="Fri, 13 Sep 2024 22:05:44 +0900",
    subject="Case update - KCSC-240909-03",
    body=f"""
Case update - reference KCSC-240909-03

{X[0]}
Status: Account suspended; post no longer available

{X[1]}
Status: Account suspended; post no longer available

{X[2]}
Status: Withheld in KR

You can view the history of this case in the Help Center.
https://help.x.com/en/forms/legal/case-status
""",
    outcome="applied",
    classification="confirmation",
    imitates="case-status notification with each URL followed by a 'Status:' line",
    why="two posts gone with the suspended account (removed), one withheld in KR",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted"},
)

X_QUOTE = "\n".join([
    "On Mon, Sep 9, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:",
    our_request("KCSC-240909-03", X, "2024-09-16", prefix="> "),
])
case(
    name="x-gmail-quote-one-of-three",
    **{"from": "minseo.lee@x.com"},
    name_from="Minseo Lee",
    date="Tue, 10 Sep 2024 15:51:02 +0900",
    subject="Re: KCSC-240909-03 Request to remove unlawful content",
    reply_to_req="kcsc-240909-03",
    body=f"""
Hi,

The post <{X[2]}> has been withheld in South Korea in response to your
request. I'll update you on the other two separately.

Best,
Minseo
Legal Policy, X Corp.

{X_QUOTE}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail reply from a platform lawyer above the quoted request ('On ... wrote:' and '>' lines)",
    why="one URL withheld in KR; the other two appear only in the quoted request",
    items={X[2]: "restricted", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-helpscout-echoed-report",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 19:20:37 +0900",
    subject="Re: KCSC-240909-03 [#417702]",
    body=f"""
Hello,

Thanks for reaching out. We looked into the posts you reported:

- {X[0]} was removed for violating our rules on illegal or certain regulated goods.
- {X[1]} could not be located; the post no longer exists on X.

We're still looking into the third post and will follow up.

X Support

--------------------------------------------------
Your original message (Sep 9, 2024, 11:00 AM):

Reference: KCSC-240909-03
1. {X[0]}
2. {X[1]}
3. {X[2]}
Please tell us what was done about each URL by 2024-09-16.
--------------------------------------------------
#417702
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style reply that echoes the customer's original message under a separator",
    why="removed and not found above the separator; the third URL appears only in the echoed report",
    items={X[0]: "removed", X[1]: "not_found", X[2]: "pending"},
)

case(
    name="x-reminder-reply-one-pending",
    **{"from": "minseo.lee@x.com"},
    name_from="Minseo Lee",
    date="Wed, 18 Sep 2024 10:02:11 +0900",
    subject="Re: [Reminder] KCSC-240909-03 Request to remove unlawful content",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-03.1@kcsc.example>"],
    body=f"""
Hi KCSC team,

Thanks for the reminder. {X[0]} was withheld in South
Korea on 11 September.

{X[1]} is still with our team for review; I
will come back to you on that one as soon as I can.

Best,
Minseo
""",
    outcome="applied",
    classification="confirmation",
    imitates="short staff reply to our reminder, one item answered and one still under review",
    why="one withheld (restricted), one still under review (stays pending)",
    items={X[0]: "restricted", X[1]: "pending"},
)

# ---------------------------------------------------------------- Telegram
case(
    name="tg-abuse-case-reply",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 04:17:58 +0900",
    subject="Re: KCSC-240910-04 Case #2094417",
    reply_to_req="kcsc-240910-04",
    body=f"""
Hello,

Thank you for your report (Case #2094417).

The post {T[0]} has been blocked on all Telegram apps.

We were unable to find {T[1]}. That post does not exist in the
channel. Please double-check the link.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply quoting its case number",
    why="blocked on all apps (removed); the second post does not exist (not found)",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="tg-followup-same-case",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 02:40:31 +0900",
    subject="Re: Re: KCSC-240910-04 Case #2094417",
    body=f"""
Hello again,

Further to our previous message on Case #2094417: we have since located
the second post. {T[1]} has been taken down.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="follow-up from the same abuse desk in the same case thread",
    why="one URL 'taken down' (removed)",
    items={T[1]: "removed"},
)

case(
    name="tg-single-item-no-url",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Wed, 18 Sep 2024 21:09:14 +0900",
    subject="Re: KCSC-240917-07 Request to remove unlawful content",
    reply_to_req="kcsc-240917-07",
    body="""
Hi,

The content you reported in request KCSC-240917-07 has been taken down.

Thanks,
Telegram Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line Telegram support reply in the request's thread, naming no URL",
    why="the request has one item; 'the content you reported has been taken down' is about that item",
    items={T3: "removed"},
)

case(
    name="tg-bullets-no-scheme",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 06:55:20 +0900",
    subject="KCSC-240910-04",
    body="""
Hello,

Update on KCSC-240910-04:

• t.me/greyfox_market/1184 — taken down
• t.me/greyfox_market/1207 — blocked for users in South Korea

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse abuse-desk update with bullets and scheme-less t.me links",
    why="taken down (removed); blocked in South Korea (restricted)",
    items={T[0]: "removed", T[1]: "restricted"},
)

# ---------------------------------------------------------------- Kakao
case(
    name="kakao-helpdesk-answer-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 17:21:48 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변 안내 (접수번호 2409-118873)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 요청번호 KCSC-240912-05 건에 대한 처리 결과를 안내드립니다.

■ {K[0]}
  → 게시중단
■ {K[1]}
  → 게시중단
■ {K[2]}
  → 임시조치(30일)
■ {K4_RAW}
  → 삭제
■ {K[4]}
  → 서비스 약관 위반 사항이 확인되지 않아 조치하지 않았습니다.

답변이 도움이 되셨나요? 아래 링크에서 만족도를 평가해 주세요.
https://cs.kakao.com/survey?ticket=2409-118873

카카오 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 mail (접수번호, satisfaction survey link) with per-URL 결과",
    why="게시중단 x2, 임시조치 (restricted), a raw Korean Brunch path 삭제, no violation (rejected); the survey link is no item",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-prose-particles-fullwidth",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 안전센터",
    date="Sat, 14 Sep 2024 10:33:06 +0900",
    subject="Re: KCSC-240912-05 게시물 조치 요청",
    reply_to_req="kcsc-240912-05",
    body=f"""
안녕하세요. 카카오 안전센터입니다.

요청하신 게시물 중 일부의 처리 결과를 먼저 알려드립니다.
{K[0]}은 카페 운영정책 위반으로 삭제하였으며, {K[1]}는 작성자가 이미 삭제한 게시물입니다.
또한 티스토리 게시물（{K[2]}）은 국내 접속을 제한하였습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

카카오 안전센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean prose reply from a portal's safety team with URLs followed by particles and full-width parentheses",
    why="삭제 (removed), already deleted by its author (not found), 국내 접속 제한 (restricted)",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "restricted"},
)

CSV_K = "\ufeffURL,조치결과,조치일\n" + "\n".join([
    f"{K[0]},삭제,2024-09-13",
    f"{K[1]},블라인드,2024-09-13",
    f"{K[2]},접근 제한,2024-09-13",
    f"{K[3]},게시물 없음,-",
    f"{K[4]},위반사항 없음(조치 안 함),-",
]) + "\n"
case(
    name="kakao-csv-attachment-korean",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 18:12:30 +0900",
    subject="[회신] KCSC-240912-05 조치 결과",
    reply_to_req="kcsc-240912-05",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b776-mixed-kakao"

--b776-mixed-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.

요청번호 KCSC-240912-05 건의 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.

--b776-mixed-kakao
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240912-05_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_K)}

--b776-mixed-kakao--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 조치 결과 reply with a UTF-8 (BOM) CSV attachment",
    why="CSV rows: 삭제, 블라인드, 접근 제한, 게시물 없음, 위반사항 없음",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "rejected"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-removed-with-url",
    **{"from": "legal-noreply@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 08:26:15 +0900",
    subject="Re: KCSC-240916-06 Request to remove unlawful content",
    reply_to_req="kcsc-240916-06",
    body=f"""
Hi there,

Thanks for your report. After reviewing the content at
{R1}
we have removed it for violating Reddit's Content Policy.

Reddit Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal/safety outcome mail for a reported post",
    why="the URL on its own line, 'we have removed it' in the sentence around it",
    items={R1: "removed"},
)

case(
    name="reddit-sole-geo-restricted",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Wed, 18 Sep 2024 03:44:52 +0900",
    subject="Re: KCSC-240916-06 Request to remove unlawful content",
    reply_to_req="kcsc-240916-06",
    body="""
Hello,

We've reviewed the post you reported under KCSC-240916-06. It has been
restricted from view in South Korea in line with local law.

Reddit Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit country-restriction outcome in the request's thread, naming no URL",
    why="one-item request; 'the post you reported ... restricted from view in South Korea'",
    items={R1: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-zendesk-promise-escalated",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Wed, 4 Sep 2024 12:10:00 +0900",
    subject="[YouTube Legal Support] Update: KCSC-240903-01 Request to remove unlawful content (#4471920)",
    body=f"""
##- Please type your reply above this line -##

Your request (#4471920) has been updated. To add additional comments,
reply to this email.

Minji (YouTube Legal Support)
Sep 4, 2024, 12:08 GMT+9

Hello,

We have escalated the following URLs to our specialist team:

{Y[0]}
{Y[1]}
{Y[2]}

Videos that are found to violate our policies or local law will be
removed or restricted, and we will let you know the outcome on this
ticket.

Minji
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk ticket update where the agent only escalates the URLs and promises action",
    why="names three URLs but only promises ('will be removed or restricted'): nothing stated",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-hedge-appears-deleted",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Fri, 6 Sep 2024 11:19:40 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 게시물 {N[2]} 은(는) 현재 이미 삭제된 것으로 보입니다.
담당 부서에서 정확한 처리 이력을 확인한 뒤 다시 안내드리겠습니다.

나머지 게시물은 검토가 진행 중입니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 고객센터 interim answer with a hedge ('삭제된 것으로 보입니다')",
    why="'appears to be deleted' is a hedge and the rest is 'under review': nothing stated",
    items={N[2]: "pending"},
)

case(
    name="kakao-bulk-all-five",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Tue, 17 Sep 2024 09:05:44 +0900",
    subject="[회신] KCSC-240912-05 조치 완료",
    reply_to_req="kcsc-240912-05",
    body="""
안녕하세요, 카카오 정책팀입니다.

요청번호 KCSC-240912-05로 요청하신 게시물 5건에 대해 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="short Korean 조치 완료 reply covering a whole request without listing the URLs",
    why="'all five posts taken down' names none of them, for a request of five items",
    items={K[0]: "pending", K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending"},
)

case(
    name="x-bulk-all-removed-thread",
    **{"from": "minseo.lee@x.com"},
    name_from="Minseo Lee",
    date="Sat, 14 Sep 2024 09:41:27 +0900",
    subject="Re: KCSC-240909-03 Request to remove unlawful content",
    reply_to_req="kcsc-240909-03",
    body=f"""
Hi,

All of the reported posts have been removed.

Best,
Minseo

{X_QUOTE}
""",
    outcome="review",
    review="bulk",
    imitates="one-line Gmail reply over the quoted request",
    why="'all of the reported posts' for a three-item request; the URLs are only in the quote",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-dmarc-fail",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Tue, 10 Sep 2024 23:58:03 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 (#4471920)",
    body=f"""
##- Please type your reply above this line -##

Your request (#4471920) has been solved.

Hello,

{Y[0]} - removed
{Y[1]} - removed

YouTube Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="Zendesk solved notice whose DKIM/SPF/DMARC fail at our MX",
    why="youtube.com in From but DMARC fails: no status may change",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-zendesk-subdomain-sender",
    **{"from": "support@ytlegal-kr.zendesk.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 14:22:10 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 (#4471920)",
    body=f"""
##- Please type your reply above this line -##

Your request (#4471920) has been solved. To reopen it, reply to this email.

Hello,

The video {Y[2]} has been removed.

YouTube Legal Support

This email is a service from YouTube Legal Support. Delivered by Zendesk
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk solved notice sent from the help desk's own zendesk.com subdomain instead of the platform's domain",
    why="authenticated, but zendesk.com is no sender domain of any platform",
    items={Y[2]: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 10:02:37 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변 안내 (접수번호 2409-119020)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 주소 {N[1]} 는 네이버 카페 게시물로,
카카오 서비스에서는 확인되지 않는 게시물입니다.

다음 카페 게시물이라면 정확한 주소를 다시 알려주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao helpdesk answer about a URL that belongs to another portal",
    why="Kakao states 'not found on our service' for a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="naver-asks-official-letter",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 6 Sep 2024 10:20:15 +0900",
    subject="[문의] KCSC-240905-02 처리를 위한 추가 자료 요청",
    reply_to_req="kcsc-240905-02",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240905-02로 요청하신 게시물 4건의 처리를 위해 아래 자료가
추가로 필요합니다.

1. 기관 직인이 날인된 시정요구 공문 (PDF)
2. 각 게시물이 관련 법령에 위반되는 사유

자료를 이 메일로 회신해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean portal request for an official letter (공문) before acting",
    why="asks us for documents before it acts; no item status",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="x-portal-update-no-ref",
    **{"from": "no-reply@x.com"},
    name_from="X Support",
    date="Sun, 15 Sep 2024 01:13:40 +0900",
    subject="There is an update on your case",
    body="""
Hello,

There is an update on your case 0915-58890. To read the response, sign in
to the Help Center:

https://help.x.com/en/forms/case-status

Please do not reply to this email; replies to this address are not monitored.

X Support
""",
    outcome="review",
    review="no_claims",
    imitates="'There is an update on your case' portal notification that carries no content",
    why="trusted X mail naming no item and no request of ours; the case-status page is no item",
    items={},
)

case(
    name="yt-jira-resolution-contradicts-comment",
    **{"from": "jira-legal@youtube.com"},
    name_from="YouTube Legal Operations (Jira)",
    date="Thu, 12 Sep 2024 09:48:31 +0900",
    subject="[YT-LEGAL-5530] KCSC-240903-01 item 3",
    body=f"""
[YT-LEGAL-5530] KCSC-240903-01 item 3

Status: Resolved
Resolution: Content removed

Comment from Daniel Osei (YouTube Legal Operations):

Hi,

After a second review, the video at {Y[2]} does not
violate our policies or local law and will stay up.

Thanks,
Daniel

View request: https://ytlegal.atlassian-desk.example/servicedesk/customer/portal/4/YT-LEGAL-5530
""",
    outcome="review",
    review="conflicting_statements",
    imitates="Jira Service Management notification whose resolution field disagrees with the agent's comment",
    why="'Resolution: Content removed' against 'does not violate ... will stay up' for the same one item",
    items={Y[2]: "pending"},
)

case(
    name="reddit-conditional-removal",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Mon, 16 Sep 2024 22:30:09 +0900",
    subject="Re: KCSC-240916-06 Request to remove unlawful content",
    reply_to_req="kcsc-240916-06",
    body=f"""
Hello,

We've contacted the moderators of the community about
{R1}

If the post is not taken down by the moderators within 48 hours, our
team will remove it.

Reddit Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Reddit safety reply passing a report to community moderators with a conditional promise",
    why="names the item but the removal is conditional and future",
    items={R1: "pending"},
)

case(
    name="naver-fyi-forward-only",
    **{"from": "daniel.kang@navercorp.com"},
    name_from="Daniel Kang",
    date="Wed, 11 Sep 2024 13:37:22 +0900",
    subject="Fwd: [게시중단] KCSC-240905-02 처리 결과",
    body=f"""
FYI, see below.

Daniel

---------- Forwarded message ---------
From: 게시중단 담당 <right@navercorp.com>
Date: Wed, Sep 11, 2024 at 1:05 PM
Subject: [게시중단] KCSC-240905-02 처리 결과
To: Daniel Kang <daniel.kang@navercorp.com>

{N[0]} : 게시중단 완료
{N[1]} : 게시중단 완료
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="'FYI, see below' forward by platform staff with the statements only in the forwarded message",
    why="the author states nothing himself; the statuses are in a forwarded message whose origin we cannot check",
    items={N[0]: "pending", N[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 3 Sep 2024 10:02:41 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 Request to remove unlawful content (#4471920)",
    reply_to_req="kcsc-240903-01",
    body="""
##- Please type your reply above this line -##

Your request (#4471920) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
[8QZ2KX-R1JW]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-freshdesk-receipt-echo",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Mon, 9 Sep 2024 11:01:30 +0900",
    subject="Ticket #0912-55231 received: KCSC-240909-03",
    reply_to_req="kcsc-240909-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your request and created ticket #0912-55231. A member of
our team will get back to you. Here is a copy of what you sent:

Reference: KCSC-240909-03
1. {X[0]}
2. {X[1]}
3. {X[2]}
Please tell us what was done about each URL by 2024-09-16.

X Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-response that echoes the submitted description",
    why="automatic receipt; the URLs are only our own echoed text",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="naver-receipt-korean",
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date="Thu, 5 Sep 2024 14:03:12 +0900",
    subject="[네이버] 게시중단 요청이 정상적으로 접수되었습니다.",
    body="""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청(KCSC-240905-02)이 정상적으로 접수되었습니다.
접수번호: R-20240905-004417

검토 결과는 처리가 완료되는 대로 메일로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 mail",
    why="pure receipt (접수번호) and a promise to inform",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "minseo.lee@x.com"},
    name_from="Minseo Lee",
    date="Wed, 18 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: [Reminder] KCSC-240909-03 Request to remove unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters please write to
legal@x.com.

Minseo
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr@google.com",
    "Subject: [Reminder] KCSC-240903-01 Request to remove unlawful content",
    "Date: Wed, 11 Sep 2024 09:00:00 +0900",
    "Message-ID: <reminder.KCSC-240903-01.1@kcsc.example>",
])
case(
    name="google-dsn-reminder",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 09:00:07 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b776-dsn"

--b776-dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

** Delivery delayed to legal-kr@google.com **

Your message has not been delivered yet because the receiving server is
busy. Delivery will be retried for another 47 hours; you do not need to
resend the message. It concerned:

  {Y[5]}
  {Y[6]}

--b776-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.2.1
Diagnostic-Code: smtp; 452 4.2.1 Mailbox temporarily busy
Will-Retry-Until: Fri, 13 Sep 2024 09:00:02 +0900

--b776-dsn
Content-Type: text/rfc822-headers

{DSN_ORIG}

--b776-dsn--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' for our reminder",
    why="a delivery report; 'you do not need to resend' and the URLs of our reminder say nothing of any item",
    items={Y[5]: "pending", Y[6]: "pending"},
)

case(
    name="naver-mdn-read",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    date="Fri, 13 Sep 2024 09:12:44 +0900",
    subject="읽음: [Reminder] KCSC-240905-02 Request to remove unlawful content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b776-mdn"

--b776-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: jiyoon.park@navercorp.com
제목: [Reminder] KCSC-240905-02 Request to remove unlawful content
읽은 시간: 2024년 9월 13일 금요일 오전 9:12

--b776-mdn
Content-Type: message/disposition-notification

Reporting-UA: jiyoon-pc.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiyoon.park@navercorp.com
Original-Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b776-mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN, Korean locale) for our reminder",
    why="read receipt",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 15:01:55 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-118873)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: 2409-118873
- 문의 제목: KCSC-240912-05 게시물 조치 요청

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
답변이 등록되면 메일로 알려드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 automatic receipt",
    why="pure receipt with a 접수번호 and the usual answer time",
    items={},
)

HEADER = """# Blind set 776 (ticket systems and threads): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
