#!/usr/bin/env python3
"""Blind set 704: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before the reader was ever run on them.

    python3 tests/corpus/blind704/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind704"

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=qR7tLm2Xa01",
    "https://www.youtube.com/watch?v=Hk3pZ9wEe02",
    "https://www.youtube.com/watch?v=Bn5cV8uJt03",
    "https://www.youtube.com/watch?v=Lp0sD4gFy04",
    "https://www.youtube.com/watch?v=Wm6aQ1rTz05",
    "https://www.youtube.com/watch?v=Xe2kN7hUo06",
    "https://www.youtube.com/shorts/Tc9vB3mKp07",
    "https://www.youtube.com/shorts/Jd4fG8sLq08",
    "https://www.youtube.com/@kr_betting_tips_fake",
    "https://www.youtube.com/watch?v=Zu1yH5cRw10",
    "https://www.youtube.com/watch?v=Ag8oP2nMv11",
    "https://www.youtube.com/watch?v=Sf3eK6jWb12",
]
D = [
    "https://discord.com/invite/fakecasinokr",
    "https://discord.com/channels/1180000000000000001/1180000000000000002/1180000000000000003",
    "https://discord.com/channels/1180000000000000001/1180000000000000002/1180000000000000004",
    "https://discord.gg/pillmarket24",
]
K = [
    "https://cafe.daum.net/nightmarket77/Ab1c/105",
    "https://cafe.daum.net/nightmarket77/Ab1c/118",
    "https://cafe.daum.net/%EC%95%BC%EC%8B%9C%EC%9E%A5%EB%AA%A8%EC%9E%84/Xy9z/7",
]
K3_RAW = "https://cafe.daum.net/야시장모임/Xy9z/7"
T = [
    "https://t.me/fast_pills_seoul",
    "https://t.me/fast_pills_seoul/412",
]
X = [
    "https://x.com/betking_kr01/status/1831002200000000101",
    "https://x.com/betking_kr01/status/1831002200000000102",
    "https://x.com/toto_vip_kr/status/1831002200000000103",
    "https://x.com/toto_vip_kr",
    "https://twitter.com/sports_toto_77/status/1831002200000000105",
]
N = [
    "https://blog.naver.com/darkpharm_kr/223560001001",
    "https://cafe.naver.com/herbsmoke/5521",
    "https://blog.naver.com/darkpharm_kr/223560001003",
]
TK = ["https://www.tiktok.com/@pill_delivery_kr/video/7410000000000000071"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid-stem, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", Y,
     "gambling", "req-240902-01", "betting tip videos and one channel"),
    ("KCSC-240903-02", "discord", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "drugs", "req-240903-02", "servers and message links"),
    ("KCSC-240904-03", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", K,
     "drugs", "req-240904-03", "Daum cafe posts"),
    ("KCSC-240905-04", "telegram", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drugs", "req-240905-04", "channel and one post"),
    ("KCSC-240906-05", "x", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", X,
     "gambling", "req-240906-05", "posts and one account"),
    ("KCSC-240909-06", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", N,
     "drugs", "req-240909-06", "blog and cafe posts"),
    ("KCSC-240910-07", "tiktok", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00", TK,
     "drugs", "req-240910-07", "one video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii")


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            + body.strip("\n") + "\n")


def alternative(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text.strip())}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html.strip())}\n"
        f"--{boundary}--\n"
    )


def with_csv(text, csv_text, filename, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
        f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}"
        f"--{boundary}--\n"
    )


def our_request_quote(ref, urls, prefix="> "):
    lines = [f"Dear Trust & Safety team,", "",
             f"Under our reference {ref} we ask you to remove or restrict the",
             "following content, which is illegal in the Republic of Korea:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Korea Communications Standards Commission", "Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


REQ = {r[0]: r for r in REQUESTS}
ZD_LINE = "##- Please type your reply above this line -##"

# ------------------------------------------------------------ YouTube (12)
case(
    name="yt-zendesk-solved-numbered",
    date="Thu, 05 Sep 2024 07:12:44 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Solved: Government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Your request (5579988) has been solved. To reopen it, reply to this email.

Hyejin (Google Legal Support)
Sep 5, 2024, 16:12 KST

Hello,

Thank you for your government request. Our team reviewed the first four
URLs you listed and reached the following outcome:

1. {Y[0]}
   Removed for violating YouTube's policy on regulated goods.
2. {Y[1]}
   Removed for violating YouTube's policy on regulated goods.
3. {Y[2]}
   Blocked for viewers in South Korea on the basis of local law. It remains
   available elsewhere.
4. {Y[3]}
   We did not find a violation of our policies or a legal basis for local
   blocking, so this video remains available.

The remaining URLs are still being handled by a colleague and you will
receive a separate answer for them.

Kind regards,
Google Legal Support

This email is a service from Google Legal Support. Ticket 5579988.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying an agent reply (Google legal removals desk)",
    why="numbered list, status on the line below each URL; items 5-12 are only promised a later answer",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-followup-top-posted-over-quote",
    date="Tue, 10 Sep 2024 02:03:19 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: [#5579988] Solved: Government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

Following up on the remaining items of this ticket:

{Y[4]} and {Y[5]} have both been removed from YouTube.
We could not find any video at {Y[6]} - the Short does not exist or the
link is incomplete.

The rest are still with my colleague.

Hyejin
Google Legal Support

On Thu, Sep 5, 2024 at 4:12 PM Google Legal Support <legal-support@google.com> wrote:
> Thank you for your government request. Our team reviewed the first four
> URLs you listed and reached the following outcome:
>
> 1. {Y[0]}
>    Removed for violating YouTube's policy on regulated goods.
> 2. {Y[1]}
>    Removed for violating YouTube's policy on regulated goods.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up agent comment in the same thread, Gmail-style quote of the earlier reply",
    why="two URLs in one sentence removed, one not found; the quoted earlier reply is not a new statement",
    items={Y[4]: "removed", Y[5]: "removed", Y[6]: "not_found", Y[0]: "pending", Y[1]: "pending"},
)

csv_yt = (
    "url,decision,detail\n"
    f"{Y[7]},removed,Community Guidelines - harmful or dangerous content\n"
    f"{Y[8]},channel terminated,Channel terminated for repeated violations\n"
    f"{Y[9]},age-restricted,Video is age-restricted; not available to signed-out or under-18 viewers\n"
)
case(
    name="yt-csv-attachment-results",
    date="Wed, 11 Sep 2024 05:40:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Update on government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=with_csv(
        "Hello,\n\nPlease find attached the outcome for three further URLs from your\n"
        "request KCSC-240902-01 (file yt_outcome_5579988.csv).\n\n"
        "Regards,\nGoogle Legal Support",
        csv_yt, "yt_outcome_5579988.csv", "==zd_5579988_att=="),
    outcome="applied", classification="confirmation",
    imitates="ticket agent reply with the decisions as a CSV attachment (legal removals export)",
    why="CSV rows: Short removed, channel terminated (removed), video age-restricted (restricted)",
    items={Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted"},
)

yt_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Here is our decision on the last two videos of your request
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No violation found &ndash; content stays up</td></tr>
</table>
<p>If you disagree, you can send further information through our
<a href="https://support.google.com/legal/answer/3110420">legal help page</a>.</p>
<p>Google Legal Support</p>
</body></html>"""
yt_text = f"""Hello,

Here is our decision on the last two videos of your request KCSC-240902-01.

Reported URL | Outcome
{Y[10]} | Blocked in South Korea (local law)
{Y[11]} | No violation found - content stays up

If you disagree, you can send further information through our legal help
page: https://support.google.com/legal/answer/3110420

Google Legal Support"""
case(
    name="yt-html-table-outcomes",
    date="Thu, 12 Sep 2024 08:15:31 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Update on government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=alternative(yt_text, yt_html, "b1_yt_5579988"),
    outcome="applied", classification="confirmation",
    imitates="HTML ticket reply with an outcome table (Google legal removals)",
    why="table: one video geo-blocked in Korea, one kept up for no violation; the help link is no item",
    items={Y[10]: "restricted", Y[11]: "rejected"},
)

case(
    name="yt-reminder-reply-partial",
    date="Tue, 17 Sep 2024 01:22:08 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: Reminder: KCSC-240902-01 overdue items",
    body=f"""Hi,

Thanks for the reminder. Of the URLs listed in it, {Y[4]} has now
been removed. The others are still open with our policy team and I don't
have an outcome for them yet.

Best,
Minseo
Google Legal Support

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of our request KCSC-240902-01 (sent
> 2 September 2024) are still pending after the deadline:
>
> {Y[4]}
> {Y[5]}
> {Y[6]}
> {Y[7]}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to an overdue reminder, answering one URL and leaving the rest open",
    why="one URL removed; the other reminded URLs are only in the quote and explicitly still open",
    items={Y[4]: "removed", Y[5]: "pending", Y[6]: "pending", Y[7]: "pending"},
)

case(
    name="yt-on-hold-promise",
    date="Fri, 06 Sep 2024 03:00:12 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Your request is on hold: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Hello,

We have passed your request to our policy specialists. The videos
{Y[0]}
and
{Y[1]}
will be reviewed against our Community Guidelines and local law, and any
content found to violate them will be removed. We will update this ticket
once a decision has been made.

Your ticket is now on hold while we wait for the specialist team.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'on-hold' status update with a promise of review",
    why="names two requested URLs but only promises a review and conditional removal",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-bulk-actioned",
    date="Fri, 13 Sep 2024 06:45:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Solved: Government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Your request (5579988) has been solved.

Hello,

The content reported in your request KCSC-240902-01 has been actioned
under our policies. Thank you for your patience.

Google Legal Support
""",
    outcome="review", review="bulk",
    imitates="short Zendesk solved notice with a blanket outcome",
    why="one statement for a twelve-item request without naming any item",
    items={},
)

case(
    name="yt-ticket-receipt",
    date="Mon, 02 Sep 2024 01:05:09 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] We received your request: KCSC-240902-01",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Hello,

Thanks for contacting Google Legal Support. This is an automatic
confirmation that we have received your request and created ticket
#5579988. A member of our team will review it and get back to you.

Please keep the ticket number in the subject line of any reply.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

ko_qp = f"""안녕하세요, 구글 법무지원팀입니다.

요청번호 KCSC-240902-01 관련하여 안내드립니다.

아래 동영상은 현지 법률에 따라 대한민국 내에서 접근이 제한되었습니다.
{Y[5]}

나머지 URL에 대한 결과는 확인되는 대로 별도로 회신드리겠습니다.

감사합니다.
Google 법무지원팀
"""
case(
    name="yt-korean-quoted-printable",
    date="Wed, 11 Sep 2024 09:31:55 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무지원팀",
    subject="[#5579988] 요청 처리 결과 안내",
    reply_to_req="req-240902-01",
    raw_mime=single("text/plain", "quoted-printable", qp(ko_qp)),
    outcome="applied", classification="confirmation",
    imitates="Korean-language ticket reply from a platform's Korea legal team, quoted-printable",
    why="Korean: the video is access-restricted in Korea (restricted); the rest promised later",
    items={Y[5]: "restricted"},
)

b64_body = f"""Hello,

Our reviewers have completed the assessment of two further videos from
your request KCSC-240902-01.

The following video has been removed from YouTube for violating our
Community Guidelines:
{Y[1]}

The following video remains available. After review we did not find that
it violates our policies or local law:
{Y[2]}

You can read more about how we handle government requests in our
Transparency Report: https://transparencyreport.google.com/government-removals

Google Legal Support
"""
case(
    name="yt-base64-url-below-statement",
    date="Mon, 09 Sep 2024 04:10:27 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[#5579988] Update on government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=single("text/plain", "base64", b64(b64_body)),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded ticket reply with the URL on the line below its statement",
    why="statement ends in ':' and the URL follows on the next line; one removed, one kept up",
    items={Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-ack-plus-statement",
    date="Tue, 17 Sep 2024 07:03:40 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: Reminder: KCSC-240902-01 overdue items",
    body=f"""Hello,

We received your reminder, thank you. An update on one URL:
{Y[11]} was removed earlier today after a second review.

Kind regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="reply to a reminder that opens with a receipt phrase but states an outcome",
    why="acknowledgement phrase plus an unhedged removal of one named item",
    items={Y[11]: "removed"},
)

case(
    name="yt-csat-survey-no-claims",
    date="Wed, 18 Sep 2024 00:30:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="How would you rate the support you received? (#5579988)",
    body="""Hello,

Your ticket #5579988 was recently solved. We'd love to hear what you
think of the support you received.

How would you rate the support you received?
Good, I'm satisfied: https://legal-support.google.example/satisfaction/5579988/good
Bad, I'm unsatisfied: https://legal-support.google.example/satisfaction/5579988/bad

Here's a reminder of what your ticket was about: Government request.

Google Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted platform mail naming no item and no KCSC reference (ticket number only)",
    items={},
)

# ------------------------------------------------------------ Discord (4)
case(
    name="dc-zendesk-receipt",
    date="Tue, 03 Sep 2024 01:45:10 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="[Discord] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""{ZD_LINE}

Your request (#24811930) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) 'your request has been received' auto-reply",
    why="ticket receipt only",
    items={},
)

case(
    name="dc-solved-mixed",
    date="Fri, 06 Sep 2024 18:20:44 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""{ZD_LINE}

Ryan (Discord Trust & Safety)
Sep 6, 2024, 11:20 PDT

Hello,

Thanks for your patience while we looked into this.

- The server reached through {D[0]} has been removed from Discord.
- The message at {D[1]} has been deleted.
- We were unable to locate the message at {D[2]}; it no longer exists on
  Discord.

The invite {D[3]} is still under review and we will follow up on it.

Best,
Discord Trust & Safety

This email is a service from Discord. Request #24811930 is now solved.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety agent reply in a Zendesk thread",
    why="bulleted list: server removed, one message deleted, one not found; the fourth invite still under review",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "pending"},
)

case(
    name="dc-privacy-boilerplate",
    date="Thu, 05 Sep 2024 22:02:31 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""{ZD_LINE}

Hello,

Thank you for reporting this to us. We have opened an investigation based
on the information you gave us and will take appropriate action according
to what we find. For privacy reasons we are not able to share the details
of any action taken.

We appreciate your help in keeping Discord safe.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety 'we've initiated an investigation' privacy boilerplate",
    why="references our request but states no outcome for any item (promise, action not disclosed)",
    items={},
)

case(
    name="dc-zendesk-subdomain-sender",
    date="Mon, 09 Sep 2024 16:11:00 +0000",
    **{"from": "support@discordlegal.zendesk.com"},
    name_from="Discord Legal",
    subject="[Discord Legal] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""{ZD_LINE}

Hello,

The server behind {D[3]} has been deleted for violating our
Community Guidelines.

Discord Legal
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted help desk sending from its zendesk.com subdomain instead of the platform domain",
    why="sender domain zendesk.com is no configured platform domain, so its statement cannot be trusted",
    items={D[3]: "pending"},
)

case(
    name="dc-partial-answer-wrapped-url",
    date="Sat, 07 Sep 2024 02:48:19 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""{ZD_LINE}

Hello,

We have actioned the message you reported at
<https://discord.com/channels/1180000000000000001/1180000000000000002/
1180000000000000003>; it has been removed and the author's account
disabled.

The server at {D[0]} is still being investigated by another team.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped message link is removed; the server is still under investigation",
    items={D[1]: "removed", D[0]: "pending"},
)

# ------------------------------------------------------------ Kakao / Daum (3)
case(
    name="kakao-text-table-result",
    date="Fri, 06 Sep 2024 06:30:00 +0000",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[Daum 고객센터] 게시물 조치 결과 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를
아래와 같이 안내드립니다.

접수번호: 2024090412345

번호 | URL | 조치 결과
1 | {K[0]} | 게시중단
2 | {K[1]} | 임시조치(30일)
3 | {K3_RAW} | 게시물 없음(작성자 삭제)

기타 문의사항은 고객센터(https://cs.daum.net)로 문의해 주시기 바랍니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시물 조치 결과 안내 with a text table (Daum cafe)",
    why="게시중단 = removed, 임시조치 = restricted, post already deleted by author = not_found (raw Korean path)",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "not_found"},
)

case(
    name="kakao-promise-after-review",
    date="Thu, 05 Sep 2024 02:15:00 +0000",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="Re: [KCSC-240904-03] 불법정보 게시물 조치 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {K[0]} 은(는) 현재 담당 부서에서
검토 중이며, 운영정책 위반이 확인되는 경우 게시중단 조치될 예정입니다.
처리 결과는 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal 'under review, will be actioned if a violation is confirmed' reply",
    why="names the post but only says it is under review and will be suspended if a violation is found",
    items={K[0]: "pending"},
)

case(
    name="kakao-particles-blind-and-keep",
    date="Mon, 09 Sep 2024 05:05:05 +0000",
    **{"from": "cafe-admin@daum.net"},
    name_from="Daum 카페 운영팀",
    subject="Re: [KCSC-240904-03] 불법정보 게시물 조치 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

{K[1]}에 대해서는 블라인드 처리하였습니다.
{K[0]}은 확인 결과 운영정책 위반 사항이 확인되지 않아 게시물이 유지됩니다.

추가로 소명 자료가 있으시면 회신 주시기 바랍니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with URLs followed directly by Korean particles",
    why="블라인드 처리 = removed; 위반 사항 확인되지 않아 유지 = rejected (URLs glued to 에/은)",
    items={K[1]: "removed", K[0]: "rejected"},
)

case(
    name="kakao-reminder-reply-author-deleted",
    date="Thu, 12 Sep 2024 08:40:00 +0000",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="Re: [독촉] KCSC-240904-03 기한 경과 항목 안내",
    body=f"""안녕하세요, 카카오 고객센터입니다.

독촉 메일 주신 건 확인하였습니다.
{K3_RAW} 게시물은 이미 작성자에 의해 삭제되어 존재하지 않는 게시물입니다.

감사합니다.

2024년 9월 12일 (목) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 요청번호 KCSC-240904-03 의 아래 항목이 기한이 지났으나 아직 처리되지
> 않았습니다.
>
> {K[0]}
> {K[1]}
> {K3_RAW}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to our overdue reminder, Gmail Korean quote header",
    why="the post with the raw Korean path is already deleted by its author (not_found); other URLs only quoted",
    items={K[2]: "not_found", K[0]: "pending", K[1]: "pending"},
)

case(
    name="kakao-out-of-office",
    date="Wed, 04 Sep 2024 03:00:00 +0000",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    subject="[자동회신] 부재중: [KCSC-240904-03] 불법정보 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 한지우입니다.

9월 4일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 cs-legal@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="auto-reply; nothing about items",
    items={},
)

# ------------------------------------------------------------ Telegram (2)
case(
    name="tg-outlook-top-posted-channel",
    date="Fri, 06 Sep 2024 10:02:11 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="RE: KCSC-240905-04 Illegal drug sales channel",
    reply_to_req="req-240905-04",
    body=f"""Hello,

Thanks for the report. The channel https://t.me/fast_pills_seoul has been
blocked and is no longer accessible on Telegram.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: abuse@telegram.org
Subject: KCSC-240905-04 Illegal drug sales channel

{our_request_quote("KCSC-240905-04", T, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk top-posted reply over an Outlook '-----Original Message-----' quote",
    why="channel blocked; the post URL appears only in our quoted request",
    items={T[0]: "removed", T[1]: "pending"},
)

case(
    name="tg-case-number-bare-host",
    date="Mon, 09 Sep 2024 12:44:09 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: Case #4471829",
    reply_to_req="req-240905-04",
    body="""Hi,

Regarding the post t.me/fast_pills_seoul/412 - it has been removed.

Telegram Abuse Team
Case #4471829
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk follow-up keyed by its own case number, URL without scheme",
    why="in our request's thread; the post, written without https://, has been removed",
    items={T[1]: "removed"},
)

case(
    name="tg-out-of-office",
    date="Thu, 05 Sep 2024 01:41:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="Automatic reply: KCSC-240905-04 Illegal drug sales channel",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.
Your message has not been forwarded. Abuse reports can be sent to
abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ------------------------------------------------------------ X (5)
case(
    name="x-numbered-status-below",
    date="Wed, 11 Sep 2024 13:05:27 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240906-05 [ref:_00D1x._5004x9ZqA:ref]",
    reply_to_req="req-240906-05",
    body=f"""Hello,

We have reviewed the reported content and taken the following actions:

1) {X[0]}
   Withheld in Korea under local law.
2) {X[1]}
   Withheld in Korea under local law.
3) {X[2]}
   Deleted by the account holder before our review.
4) {X[3]}
   Account suspended for violating the X Rules.
5) {X[4]}
   No action: we did not find a violation of the X Rules or local law.

For more information on country-withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal

ref:_00D1x._5004x9ZqA:ref
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-case style X Legal reply with a thread token and a numbered outcome list",
    why="two withheld in Korea, one deleted by author (not_found), account suspended (removed), one no action (rejected)",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "not_found", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-auth-fail",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240906-05",
    reply_to_req="req-240906-05",
    auth="fail",
    body=f"""Hello,

The following posts have been removed:
{X[0]}
{X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X Legal reply that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-reminder-hedge",
    date="Mon, 16 Sep 2024 04:12:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: Reminder: KCSC-240906-05 overdue items",
    body=f"""Hi,

Looking at our records, {X[4]} appears to
have been removed already, and the account {X[3]} may have
been suspended by another team. We are checking with them and will confirm.

X Legal

> Reminder: the following items of our request KCSC-240906-05 are still
> pending after the deadline:
> {X[3]}
> {X[4]}
""",
    outcome="review", review="not_understood",
    imitates="X Legal reply to a reminder with hedged statements ('appears to', 'may have been')",
    why="only hedges and a promise to confirm; nothing stated",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-korean-fullwidth",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    **{"from": "korea-legal@x.com"},
    name_from="X Korea Legal",
    subject="Re: KCSC-240906-05 불법 게시물 조치 요청",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. X 법무팀입니다.

요청하신 건에 대한 조치 결과입니다.

・{X[2]}：대한민국 내 게시 제한（국가별 게시 보류）
・{X[3]}：계정 영구 정지

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language X Korea reply with full-width punctuation after the URLs",
    why="full-width colon after each URL: withheld in Korea (restricted), account suspended (removed)",
    items={X[2]: "restricted", X[3]: "removed"},
)

x_echo_html = f"""<html><body>
<p>Hello,</p>
<p>We've reviewed your report and wanted to let you know the outcome.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td><b>Report ID</b></td><td>1832456700119</td></tr>
<tr><td><b>Reported content</b></td><td><a href="{X[0]}">{X[0]}</a></td></tr>
<tr><td><b>Reason given</b></td><td>Illegal gambling advertising (KCSC-240906-05)</td></tr>
<tr><td><b>Our decision</b></td><td>We've withheld this post in South Korea.</td></tr>
</table>
<p>Thanks for helping keep X safe.<br>X Safety</p>
</body></html>"""
x_echo_text = f"""Hello,

We've reviewed your report and wanted to let you know the outcome.

Report ID: 1832456700119
Reported content: {X[0]}
Reason given: Illegal gambling advertising (KCSC-240906-05)
Our decision: We've withheld this post in South Korea.

Thanks for helping keep X safe.
X Safety"""
case(
    name="x-echoed-report-html",
    date="Sun, 08 Sep 2024 21:14:50 +0000",
    **{"from": "notify@x.com"},
    name_from="X Safety",
    subject="Update on your report",
    raw_mime=alternative(x_echo_text, x_echo_html, "x_b_1832456700119"),
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification echoing the report (reported content, reason, decision)",
    why="echoed report names the post and the decision: withheld in South Korea",
    items={X[0]: "restricted"},
)

case(
    name="x-read-receipt",
    date="Fri, 06 Sep 2024 05:33:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Read: KCSC-240906-05",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="mdn_x_0906"

--mdn_x_0906
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240906-05
  Sent: Friday, September 6, 2024 2:00 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 2:33 PM (UTC+09:00) Seoul.

--mdn_x_0906
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_x_0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

x_dsn = f"""Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn_x_0916"

--dsn_x_0916
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: mailbox is full; message rejected (552 5.2.2)

--dsn_x_0916
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.x.com
Arrival-Date: Mon, 16 Sep 2024 01:00:03 +0000

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn_x_0916
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Reminder: KCSC-240906-05 overdue items
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
Date: Mon, 16 Sep 2024 10:00:00 +0900

Reminder: the following items of our request KCSC-240906-05 are still
pending after the deadline:
{X[3]}
{X[4]}

--dsn_x_0916--
"""
case(
    name="x-dsn-mailbox-full",
    date="Mon, 16 Sep 2024 01:00:05 +0000",
    **{"from": "MAILER-DAEMON@x.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=x_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce carrying our own reminder with the URLs",
    items={},
)

# ------------------------------------------------------------ NAVER (3)
nv_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240909-06)에 따른 게시물 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td><td>불법 의약품 판매</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>임시조치</td><td>30일간 비공개 후 재검토</td></tr>
</tbody></table>
<p>3번 게시물은 추가 확인 후 별도로 안내드리겠습니다.</p>
<p>네이버 고객센터 드림</p>
</body></html>"""
case(
    name="naver-html-table",
    date="Wed, 11 Sep 2024 07:20:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 게시물 처리 결과 안내 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    raw_mime=single("text/html", "base64", b64(nv_html)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML result table (게시중단 / 임시조치)",
    why="HTML-only base64 table: 게시중단 = removed, 임시조치 = restricted; item 3 promised later",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "pending"},
)

case(
    name="naver-asks-documents",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 추가 자료 요청 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {N[2]} 에 대하여 검토를 진행하기
위해 불법성을 확인할 수 있는 근거 자료(심의 의결서 등)가 필요합니다.
해당 자료를 본 메일에 회신으로 첨부해 주시기 바랍니다.

자료가 접수되면 검토 후 결과를 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (근거 자료 요청)",
    why="asks us for the deliberation decision before reviewing one post",
    items={N[2]: "pending"},
)

case(
    name="naver-forwarded-internal",
    date="Thu, 12 Sep 2024 05:10:00 +0000",
    **{"from": "soyeon.park@navercorp.com"},
    name_from="박소연",
    subject="Fwd: [처리완료] KCSC-240909-06 3번 게시물",
    body=f"""안녕하세요, 박소연입니다.
담당 부서 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 블로그 운영팀 <blog-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 1:55
Subject: [처리완료] KCSC-240909-06 3번 게시물
To: 박소연 <soyeon.park@navercorp.com>

{N[2]} 게시물은 운영정책 위반으로 삭제 처리 완료하였습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's answer by a NAVER employee",
    why="the only statement is inside a forwarded message; a person should confirm it",
    items={N[2]: "pending"},
)

naver_csv = (
    "\ufeff번호,URL,처리결과,사유\n"
    f"2,{N[1]},삭제,불법 의약품 판매 게시물\n"
    f"3,{N[2]},유지,위반 사항 없음\n"
)
case(
    name="naver-jira-csv-resolved",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    **{"from": "jira@navercorp.com"},
    name_from="NAVER Legal Desk (Jira)",
    subject="[JIRA] (LGL-5521) KCSC-240909-06 게시물 조치 요청 - Resolved",
    reply_to_req="req-240909-06",
    raw_mime=with_csv(
        "민준 김 resolved LGL-5521 as Done.\n\n"
        "Status: In Progress -> Resolved\nResolution: Done\n\n"
        "Comment (public):\n"
        "안녕하세요. 2번, 3번 게시물 최종 처리 결과를 첨부 파일로 전달드립니다.\n\n"
        "--\nThis message was sent by Atlassian Jira (v9.12.2#9120002)",
        naver_csv, "LGL-5521_result.csv", "jira_lgl5521"),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' notification with a public comment and CSV attachment",
    why="CSV (BOM, Korean headers): 삭제 = removed, 유지(위반 사항 없음) = rejected",
    items={N[1]: "removed", N[2]: "rejected"},
)

case(
    name="naver-wrong-platform",
    date="Thu, 05 Sep 2024 08:00:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="Re: [KCSC-240904-03] 불법정보 게시물 조치 요청",
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 카페 게시물 {K[0]} 은(는) 당사 정책에 따라
게시중단 처리되었음을 알려드립니다.

네이버 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="portal help desk answering a ticket about another portal's cafe post",
    why="NAVER states a status for a Daum (Kakao) item",
    items={K[0]: "pending"},
)

# ------------------------------------------------------------ TikTok (1)
case(
    name="tt-single-item-sole",
    date="Thu, 12 Sep 2024 03:15:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240910-07 Request for removal",
    reply_to_req="req-240910-07",
    body="""Dear Sir or Madam,

Thank you for your request KCSC-240910-07. The content you reported has
been removed from TikTok for violating our Community Guidelines.

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with a blanket outcome to a one-item request",
    why="statement names no URL but the request has a single item",
    items={TK[0]: "removed"},
)

tt_html = f"""<html><body>
<h3>Statement of reasons</h3>
<p>Reference: KCSC-240910-07 &middot; Ticket TT-2024-0917-3361</p>
<p><b>Content:</b> <a href="{TK[0]}">{TK[0]}</a></p>
<p><b>Decision:</b> Access to this video has been restricted in the Republic of Korea.</p>
<p><b>Ground:</b> Illegal content under the law of the Republic of Korea.</p>
<p><b>Automated means:</b> No</p>
<p><b>Redress:</b> The uploader may appeal in the app.</p>
</body></html>"""
case(
    name="tt-statement-of-reasons-html",
    date="Fri, 13 Sep 2024 10:30:00 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="Your report: statement of reasons (TT-2024-0917-3361)",
    raw_mime=single("text/html", "quoted-printable", qp(tt_html)),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent from a ticket system",
    why="decision: access restricted in Korea",
    items={TK[0]: "restricted"},
)

# ------------------------------------------------------------ other senders
g_dsn = f"""Content-Type: multipart/report; report-type=delivery-status;
 boundary="gdsn_0917"

--gdsn_0917
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--gdsn_0917
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 01:00:04 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--gdsn_0917
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240902-01 overdue items ({Y[4]} and 6 more)
Message-ID: <reminder.KCSC-240902-01.2@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900

--gdsn_0917--
"""
case(
    name="google-dsn-address-not-found",
    date="Tue, 17 Sep 2024 01:00:06 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    auth="none",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=g_dsn,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce of our reminder; the URL in the returned subject is ours",
    items={},
)

case(
    name="lawfirm-unknown-sender",
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    **{"from": "counsel@hanbit-law.example"},
    name_from="Hanbit Law Office",
    subject="KCSC-240902-01 - on behalf of the channel owner",
    body=f"""Dear Commission,

We act for the operator of the YouTube channel concerned by your request
KCSC-240902-01. Our client has deleted the video at
{Y[3]} and asks that the matter be closed.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for the uploader, not the platform",
    why="not a platform domain; the statement about the video cannot change its status",
    items={Y[3]: "pending"},
)

# ------------------------------------------------------------ more threads
case(
    name="x-helpscout-thread-reopened",
    date="Sat, 14 Sep 2024 00:40:12 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240906-05 [ref:_00D1x._5004x9ZqA:ref]",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Your reply reopened this case. To answer your question about the remaining
post: {X[4]} has now been withheld in South Korea following a
further legal review.

Best regards,
X Legal

-----
On Sep 13, 2024, KCSC Takedown wrote:

> Could you tell us what happened to {X[4]}? Your earlier
> answer said no action would be taken.
""",
    outcome="applied", classification="confirmation",
    imitates="reply in a reopened case thread answering our follow-up question",
    why="the post is now withheld in South Korea (restricted); our quoted question is no statement",
    items={X[4]: "restricted"},
)

case(
    name="dc-freshdesk-status-update-closed",
    date="Thu, 12 Sep 2024 17:00:00 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    subject="Ticket #24811930 status changed to Closed - KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi KCSC Takedown,

The status of your ticket #24811930 has been changed to Closed.

Agent note:
  Invite link {D[0]} - server removed (Terms of Service violation)
  Invite link {D[3]} - server removed (Terms of Service violation)

If you believe this ticket should not be closed, just reply to this
email within 7 days.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Closed' notification with an agent note",
    why="two invites, each with 'server removed'",
    items={D[0]: "removed", D[3]: "removed"},
)

case(
    name="yt-gmail-quote-with-statuses-in-quote",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: [#5579988] Update on government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Correct, the channel {Y[8]} was terminated on 11 September
and is no longer available on YouTube. I have also checked
{Y[9]}: it is still age-restricted.

Google Legal Support

On Wed, Sep 18, 2024 at 9:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Could you confirm the status of these two items? We also still have
> {Y[10]} marked as removed on our side, is that right?
""",
    outcome="applied", classification="confirmation",
    imitates="agent answer to our follow-up question in a Gmail-quoted thread",
    why="channel terminated (removed), video age-restricted (restricted); the quoted 'removed' is our own words",
    items={Y[8]: "removed", Y[9]: "restricted", Y[10]: "pending"},
)

HEADER = """# Blind set 704 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py."""


def encode_word(s):
    """RFC 2047 B-encoding for non-ASCII header text, as mail clients send it."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        c["subject"] = encode_word(c["subject"])
        if "name_from" in c:
            c["name_from"] = encode_word(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
