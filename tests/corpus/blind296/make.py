#!/usr/bin/env python3
"""Blind set 296: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved-ticket notifications, follow-ups in one thread, replies
to our reminders, partial answers and forwarded mail, from YouTube, X,
Telegram, NAVER and Kakao (Daum / Tistory). Every email is fictional and
written in our own sentences; the expected results were written from each
email's meaning before the reader was ever run on this set.

    python3 tests/corpus/blind296/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests
Y = {i: u for i, u in enumerate([
    None,
    "https://www.youtube.com/watch?v=qT7nB2xLk4A",
    "https://www.youtube.com/watch?v=Hm3pZr8VwE1",
    "https://www.youtube.com/watch?v=aa9KdL0sP2c",
    "https://www.youtube.com/watch?v=Wn5tYc7Qb3R",
    "https://www.youtube.com/watch?v=Lp0sJx6Gm8D",
    "https://www.youtube.com/watch?v=Zc4Ue1oVr9T",
    "https://www.youtube.com/watch?v=Bk2Nf5hRy7M",
    "https://www.youtube.com/watch?v=Ds8Gq3wXe6P",
    "https://www.youtube.com/watch?v=Rv1Hm9cTz0K",
    "https://www.youtube.com/watch?v=Ej6Ya4uLn2F",
    "https://www.youtube.com/shorts/Tx3Mb7kQp5W",
    "https://www.youtube.com/@luckyspin_tv_kr",
]) if u}
T = {
    1: "https://t.me/jackpot_lounge_kr/418",
    2: "https://t.me/jackpot_lounge_kr/422",
    3: "https://t.me/nightbet_signals/77",
    4: "https://t.me/nightbet_signals/81",
    5: "https://t.me/counterfeit_docs_kr/1207",
}
X = {
    1: "https://x.com/pilldealer_sk/status/1831002233445566771",
    2: "https://x.com/pilldealer_sk/status/1831120045671239904",
    3: "https://x.com/rx_fastship/status/1830877712093384455",
    4: "https://x.com/rx_fastship/status/1830877798810022316",
    5: "https://x.com/nightpharm_kr",
    6: "https://x.com/quickloan_dm/status/1833001122334455667",
}
N = {
    1: "https://blog.naver.com/moonlit_cafe22/223570011842",
    2: "https://cafe.naver.com/bettingtalk2/58823",
    3: "https://cafe.naver.com/bettingtalk2/58901",
}
K = {
    1: "https://luckyday77.tistory.com/entry/%EC%B6%94%EC%B2%9C-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%AA%A8%EC%9D%8C",
    2: "https://cafe.daum.net/tojisquare/Gk3R/1290",
    3: "https://luckyday77.tistory.com/52",
}
K1_RAW = "https://luckyday77.tistory.com/entry/추천-사이트-모음"

REQUESTS = [
    ("KCSC-240902-01", "youtube", "2024-09-02T15:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01@kcsc.example",
     "gambling promotion videos and channel"),
    ("KCSC-240903-02", "telegram", "2024-09-03T14:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [T[i] for i in range(1, 5)], "illegal_gambling", "req-240903-02@kcsc.example",
     "betting tip channels"),
    ("KCSC-240904-03", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [X[i] for i in range(1, 6)], "drugs", "req-240904-03@kcsc.example",
     "prescription drug sales"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:20:00+09:00", "2024-09-12T23:59:59+09:00",
     [N[i] for i in range(1, 4)], "illegal_gambling", "req-240905-04@kcsc.example",
     "blog and cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T16:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [K[i] for i in range(1, 4)], "illegal_gambling", "req-240906-05@kcsc.example",
     "tistory entries and daum cafe post"),
    ("KCSC-240909-06", "x", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [X[6]], "illegal_finance", "req-240909-06@kcsc.example", "unregistered loans"),
    ("KCSC-240910-07", "telegram", "2024-09-10T13:15:00+09:00", "2024-09-17T23:59:59+09:00",
     [T[5]], "forgery", "req-240910-07@kcsc.example", "forged documents"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def zd_history(date_line, urls, ref):
    """Zendesk prints the requester's first message, unquoted, under the agent's comment."""
    lines = "\n".join(urls)
    return f"""----------------------------------------------

KCSC Takedown

{date_line}

Dear YouTube Legal team,

Under {ref} the Korea Communications Standards Commission asks you to
remove or block access in Korea to the following content:

{lines}

Regards,
KCSC Takedown Desk"""


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.split("\n"))


ALT = "=_alt_{}"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-zendesk-updated-four-outcomes",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240902-01 request for removal (#48211)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 8c21f0"],
    body=f"""##- Please type your reply above this line -##

Your request (48211) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Min-seo (YouTube Legal Support)

Sep 6, 2024, 17:41 GMT+9

Hello,

Thank you for your patience while we looked into the first part of your
notice. Here is where things stand for these four videos:

{Y[1]} - removed for violating our Community Guidelines
{Y[2]} - removed for violating our Community Guidelines
{Y[3]} - access restricted in South Korea on the basis of local law
{Y[4]} - no action taken; we did not find a violation of our policies or of the cited law

We will reply about the other URLs in this same ticket.

Kind regards,
Min-seo
The YouTube Legal Team

{zd_history("Sep 2, 2024, 15:02 GMT+9", [Y[i] for i in range(1, 13)], "KCSC-240902-01")}

This email is a service from YouTube Legal Support.
[Z8KQ2M-4RLV]""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been updated' notification with agent comment over the unquoted requester history",
    why="the agent's comment states four item-level outcomes; the history below is our own request and states nothing",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "pending", Y[12]: "pending"},
)

case(
    name="yt-zendesk-followup-same-ticket",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 11:05:31 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240902-01 request for removal (#48211)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (48211) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Min-seo (YouTube Legal Support)

Sep 10, 2024, 11:04 GMT+9

Hello again,

Following up on the remaining URLs from your notice.

{Y[5]}
We removed this video under our policy on regulated goods and services.

{Y[6]}
Also removed.

{Y[7]}
We could not find this video. It was deleted by the uploader before we
reviewed it.

{Y[8]}
This one is still with our local legal reviewers; we will update you here.

Kind regards,
Min-seo
The YouTube Legal Team

----------------------------------------------

Min-seo (YouTube Legal Support)

Sep 6, 2024, 17:41 GMT+9

Hello,

Thank you for your patience while we looked into the first part of your
notice. (earlier comment collapsed - 4 URLs)

This email is a service from YouTube Legal Support.
[Z8KQ2M-4RLV]""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, URL line then outcome line below it",
    why="Y5/Y6 removed, Y7 deleted by uploader before review (not_found), Y8 still under review (pending)",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "not_found", Y[8]: "pending"},
)

case(
    name="yt-reply-to-reminder-gmail-quote",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 09:12:44 +0900",
    subject="Re: [Reminder] KCSC-240902-01 - deadline passed",
    reply_to_req="req-240902-01",
    body=f"""Hello KCSC team,

Sorry for the slow reply. Two of the videos below ({Y[9]}
and {Y[10]}) have now been removed from YouTube for
violating our policies. The Short at {Y[11]} has been
age-restricted; it can no longer be viewed by signed-out users or users
under 18.

Best,
Jae-won
Google Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(f'''Dear YouTube,

The deadline of our request KCSC-240902-01 passed on 9 September 2024.
The following items are still pending with us:

{Y[8]}
{Y[9]}
{Y[10]}
{Y[11]}
{Y[12]}

Please tell us what action was taken on each of them.

KCSC Takedown Desk''')}""",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted Gmail reply to a regulator's reminder, URLs inside the prose, wrapped",
    why="Y9 and Y10 removed, Y11 age-restricted; Y8 and Y12 appear only in our quoted reminder",
    items={Y[9]: "removed", Y[10]: "removed", Y[11]: "restricted", Y[8]: "pending", Y[12]: "pending"},
)

JIRA_TEXT = f"""Your request KR-LEGAL-2291 "KCSC-240902-01 removal notice" was resolved.

Resolution: Done

Outcome per URL:
- {Y[12]} : channel terminated
- {Y[10]} : video removed
- {Y[9]} : no action (content does not violate our policies)

View request: https://support.youtube.example/servicedesk/customer/portal/4/KR-LEGAL-2291
Turn off this request's notifications: https://support.youtube.example/servicedesk/customer/user/requests/KR-LEGAL-2291/unsubscribe

This message was sent by YouTube Legal Operations (Jira Service Management).
"""
JIRA_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Your request <a href="https://support.youtube.example/servicedesk/customer/portal/4/KR-LEGAL-2291">KR-LEGAL-2291</a>
&quot;KCSC-240902-01 removal notice&quot; was <b>resolved</b>.</p>
<p>Resolution: Done</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Video removed</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>No action (content does not violate our policies)</td></tr>
</table>
<p><a href="https://support.youtube.example/servicedesk/customer/portal/4/KR-LEGAL-2291">View request</a> &middot;
<a href="https://support.youtube.example/servicedesk/customer/user/requests/KR-LEGAL-2291/unsubscribe">Turn off this request's notifications</a></p>
<p style="color:#777">This message was sent by YouTube Legal Operations (Jira Service Management).</p>
</body></html>
"""
case(
    name="yt-jira-resolved-html-table",
    **{"from": "jira-legal@youtube.com"}, name_from="YouTube Legal Operations",
    date="Thu, 12 Sep 2024 14:20:03 +0900",
    subject="[JIRA] (KR-LEGAL-2291) KCSC-240902-01 removal notice - resolved",
    extra_headers=["X-JIRA-FingerPrint: 1f0c8a2e77d", "Auto-Submitted: auto-generated"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="{ALT.format('jira')}"

--{ALT.format('jira')}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{JIRA_TEXT}
--{ALT.format('jira')}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(JIRA_HTML)}
--{ALT.format('jira')}--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with a per-URL outcome table",
    why="a system-generated resolution notice that still states each item's outcome: channel terminated, video removed, no action",
    items={Y[12]: "removed", Y[10]: "removed", Y[9]: "rejected"},
)

CSV_ATT = (
    "url,action,detail\n"
    f"{Y[2]},removed,Community Guidelines - regulated goods\n"
    f"{Y[3]},blocked in KR,local legal removal\n"
    f"{Y[4]},removed,Community Guidelines - spam and deceptive practices\n"
    f"{Y[5]},not found,video unavailable before review\n"
)
case(
    name="yt-freshdesk-resolved-csv-attachment",
    **{"from": "support@legal.youtube.com"}, name_from="YouTube Legal Desk",
    date="Fri, 13 Sep 2024 16:48:57 +0900",
    subject="Ticket #58213 resolved: KCSC-240902-01 second batch",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fd_58213"

--=_fd_58213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC Takedown Desk,

Your ticket #58213 has been marked Resolved by Hye-jin.

Hye-jin wrote:
We re-checked four of the URLs from KCSC-240902-01 after our policy team's
second pass. The outcome for each is in the attached spreadsheet.

If anything is unclear, just reply to this email and the ticket will
reopen.

YouTube Legal Desk
--=_fd_58213
Content-Type: text/csv; charset=utf-8; name="ticket-58213-outcome.csv"
Content-Disposition: attachment; filename="ticket-58213-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_fd_58213--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification whose agent note points to a CSV attachment",
    why="the attached CSV states removed / blocked in KR / removed / not found for four items",
    items={Y[2]: "removed", Y[3]: "restricted", Y[4]: "removed", Y[5]: "not_found"},
)

case(
    name="yt-qp-partial-answer",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 18:03:12 +0900",
    subject="Re: KCSC-240902-01 request for removal - partial update",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

We have finished our review of three of the twelve URLs in your request and want to share that before the deadline rather than wait for the full set.

1. {Y[7]} -- removed from YouTube.
2. {Y[8]} -- age-restricted. The video stays up but viewers must be signed in and over 18.
3. {Y[9]} -- we reviewed this video and found that it does not violate our Community Guidelines, so it will remain available.

The remaining URLs are still in review. We will write again in this thread.

Regards,
Google Legal Support''')}""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support partial answer in a quoted-printable body, numbered list",
    why="three item-level outcomes (removed, age-restricted, stays up); the rest explicitly still in review",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected", Y[10]: "pending"},
)

case(
    name="yt-base64-actioned-phrase",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 10:31:40 +0900",
    subject="Re: KCSC-240902-01 request for removal",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hi,

Update on two more items from KCSC-240902-01:

  {Y[10]}
  This video has been actioned under our policies.

  {Y[11]}
  We were unable to locate this Short. The link does not lead to any
  content on YouTube.

Thanks,
Google Legal Support
''')}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply 'has been actioned under our policies', base64-encoded plain text",
    why="Y10 actioned (configured removed phrase), Y11 cannot be located (not_found)",
    items={Y[10]: "removed", Y[11]: "not_found"},
)

case(
    name="yt-no-violation-two-items",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 20:15:00 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240902-01 request for removal (#48211)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (48211) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Daniel (YouTube Legal Support)

Sep 12, 2024, 20:14 GMT+9

Hello,

Our team took a second look at the following two videos after your
message of 10 September:

  * {Y[3]}
  * {Y[4]}

We have decided not to take any further action on them. Neither video
violates our Community Guidelines, and the Korean provision cited does not
in our view apply to commentary about sports statistics. If a Korean court
has issued an order about this content, you can send it through
https://support.google.com/legal/answer/3110420 and we will look again.

Regards,
Daniel
The YouTube Legal Team

This email is a service from YouTube Legal Support.
[Z8KQ2M-4RLV]""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal refusal with reasons and a pointer to the court-order form",
    why="both listed videos stay up for a stated reason (rejected); the help link is not an item",
    items={Y[3]: "rejected", Y[4]: "rejected"},
)

case(
    name="tg-thread-prose-three-items",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 22:40:18 +0000",
    subject="Re: [KCSC-240903-02] Removal request - betting channels",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for the report. The posts {T[1]} and {T[2]} were
blocked and are no longer available on Telegram.

We looked at {T[3]} as well. That post is a score table
without links or betting offers, and it does not break Telegram's Terms of
Service, so we are leaving it up.

Best regards,
Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in plain prose",
    why="T1 and T2 blocked (removed), T3 left up for a reason (rejected); T4 not mentioned",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Sat, 07 Sep 2024 08:02:51 +0000",
    subject="Re: [KCSC-240903-02] Removal request - betting channels",
    reply_to_req="req-240903-02",
    body=f"""Hi,

Results for your request:

{T[3]}
Status: blocked

{T[4]}
Status: not found

--
Telegram Support
Ticket TG-77120-KR""",
    outcome="applied", classification="confirmation",
    imitates="terse ticket reply with a bare URL and a 'Status:' line under it",
    why="T3 blocked (removed), T4 not found",
    items={T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-one-item-done",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Wed, 11 Sep 2024 06:17:09 +0000",
    subject="Re: [KCSC-240910-07] Removal request - forged documents",
    reply_to_req="req-240910-07",
    body=f"""Hello,

Done - the post has been taken down and the channel owner has been warned.

Telegram Support

On Tue, 10 Sep 2024 at 13:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under KCSC-240910-07 we ask you to remove the following post, which
> offers forged identity documents for sale:
>
> {T[5]}
>
> KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="one-line agent reply above a quoted one-item request",
    why="a one-item request; the unhedged 'the post has been taken down' applies to its only item",
    items={T[5]: "removed"},
)

case(
    name="tg-gmail-topost-one-of-four",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 12:25:33 +0000",
    subject="Re: [KCSC-240903-02] Removal request - betting channels",
    reply_to_req="req-240903-02",
    body=f"""We've blocked {T[2]} . The other links in your message
are still being checked by the team.

Regards,
Telegram Abuse

On Tue, 3 Sep 2024 at 14:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under KCSC-240903-02 we ask you to remove the following posts, which
> advertise unlicensed sports betting to users in Korea:
>
> {T[1]}
> {T[2]}
> {T[3]}
> {T[4]}
>
> KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply over a Gmail-quoted request",
    why="only T2 is stated blocked; the others are 'still being checked' and appear in the quote",
    items={T[2]: "removed", T[1]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="tg-echoed-report-outcome",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 03:55:02 +0000",
    subject="Your report #TG-77133 - decision",
    body=f"""Hello,

We have reviewed the report you submitted through the Telegram abuse form.

Your report
-----------
Reporter: KCSC Takedown Desk (takedown@kcsc.example)
Reference: KCSC-240903-02
Reported link: {T[4]}
Reason: Illegal gambling
Comment: Unlicensed sports betting advertised to Korean users.

Decision
--------
The reported content has been removed.

You can read more about how we moderate content at
https://telegram.org/moderation

Telegram Support""",
    outcome="applied", classification="confirmation",
    imitates="report-form decision email that echoes the reporter's submission with one link",
    why="the report echoed has exactly one link and the decision says it was removed; the moderation page is not an item",
    items={T[4]: "removed"},
)

case(
    name="x-helpscout-numbered-withheld",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 04:10:45 +0000",
    subject="Re: KCSC-240904-03 - prescription drug sales [#301844]",
    reply_to_req="req-240904-03",
    extra_headers=["X-HelpScout-Conversation: 301844"],
    body=f"""Hello,

Thank you for your report. After review we have taken the following actions:

1. {X[1]}
   Withheld in South Korea in response to your legal demand.
2. {X[2]}
   Withheld in South Korea in response to your legal demand.
3. {X[3]}
   Removed for violating the X Rules on illegal and regulated goods.

The remaining items are still being reviewed.

Sincerely,
X Support

--
Reply above this line to continue the conversation.
Conversation #301844""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply from X support, numbered list, status indented under each URL",
    why="X1 and X2 withheld in KR (restricted), X3 removed; X4 and X5 'still being reviewed'",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-case-update-account-suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 07:33:19 +0000",
    subject="Case 0193447521 update - KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

This is an update to case 0193447521.

The account {X[5]} has been permanently suspended for
repeated violations of our rules on the sale of regulated drugs.

We reviewed the post {X[4]}
and did not find it to violate the X Rules or Korean law; it contains a
news link about pharmacy opening hours. We are not taking action on it.

Regards,
X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'case update' email, account suspension and a reasoned refusal",
    why="account suspended permanently (removed); X4 kept up with a reason (rejected)",
    items={X[5]: "removed", X[4]: "rejected"},
)

case(
    name="x-single-item-angle-brackets",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 02:14:08 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body=f"""Hello,

In response to your request, the post <{X[6]}> has been withheld in
South Korea. It remains visible in other countries.

For more information on country withheld content see
<https://help.x.com/en/rules-and-policies/post-withheld-by-country>.

X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice with URLs in angle brackets",
    why="the only item is withheld in Korea (restricted); the help link is not an item",
    items={X[6]: "restricted"},
)

case(
    name="x-url-below-statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 11:48:27 +0000",
    subject="Re: KCSC-240904-03 - prescription drug sales [#301844]",
    reply_to_req="req-240904-03",
    extra_headers=["X-HelpScout-Conversation: 301844"],
    body=f"""Hi there,

The following post was removed for violating our rules on illegal goods:

    {X[3]}

The following post is now withheld in Korea:

    {X[4]}

Sincerely,
X Support

--
Reply above this line to continue the conversation.
Conversation #301844""",
    outcome="applied", classification="confirmation",
    imitates="support reply putting each URL on the indented line below its statement",
    why="X3 removed, X4 withheld in Korea (restricted)",
    items={X[3]: "removed", X[4]: "restricted"},
)

case(
    name="x-wrapped-url-angle",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:02:44 +0000",
    subject="Re: KCSC-240904-03 - one more item",
    reply_to_req="req-240904-03",
    body="""Hello,

Further to our earlier message, we have removed the post at
<https://x.com/pilldealer_sk/status/
1831120045671239904> for violating our rules on illegal goods.

X Legal""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL in angle brackets is wrapped over two lines (RFC 3986 appendix C style)",
    why="X2 removed; the URL is wrapped but delimited by angle brackets",
    items={X[2]: "removed"},
)

case(
    name="naver-ticket-answer-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 15:27:40 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2024090512345) KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-04)에 대한 처리 결과를 안내드립니다.

1) {N[1]} 은 운영정책 위반으로 게시중단(블라인드) 처리하였습니다.
2) {N[2]}의 경우 관련 법령에 따라 임시조치(30일)하였습니다.
3) {N[3]}는 확인 결과 운영원칙 위반 사항이 없어 별도 조치하지 않았습니다.

추가 문의사항이 있으시면 본 메일에 회신해 주세요.
감사합니다.

※ 본 메일은 발신 전용이 아니며, 회신 시 같은 문의번호로 접수됩니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 email with 게시중단(블라인드) / 임시조치 / 조치 없음, URLs followed by Korean particles",
    why="N1 게시중단 (removed), N2 임시조치 (restricted), N3 no violation (rejected)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-outlook-reply-to-reminder",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:02:11 +0900",
    subject="RE: [독촉] KCSC-240905-04 처리 결과 회신 요청",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 정책지원팀 박서연입니다.

문의하신 게시물 중 {N[3]} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물은 지난 답변으로 안내드린 바와 같습니다.

감사합니다.
박서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240905-04 처리 결과 회신 요청

네이버 담당자님께,

KCSC-240905-04 요청의 기한(2024-09-12)이 지났으나 아래 게시물의 처리 결과를 받지 못했습니다.

{N[1]}
{N[2]}
{N[3]}

각 게시물에 대한 조치 결과를 회신해 주시기 바랍니다.

방송통신심의위원회 KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="Outlook 'RE:' reply to a Korean reminder with '-----Original Message-----' quoting",
    why="N3 deleted by its author (not_found); N1/N2 only in our quoted reminder and in a back-reference",
    items={N[3]: "not_found", N[1]: "pending", N[2]: "pending"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>운영자 삭제</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접근 제한</td><td>국내 접근 제한</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 없음</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-siljeong-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 17:45:00 +0900",
    subject="[회신] 시정요구 조치결과 - KCSC-240905-04",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table (번호 / URL / 조치결과 / 비고)",
    why="N1 삭제 (removed), N2 접근 제한 (restricted), N3 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-english-helpdesk",
    **{"from": "help@navercorp.com"}, name_from="NAVER Help Desk",
    date="Tue, 10 Sep 2024 13:30:22 +0900",
    subject="Re: KCSC-240905-04 [Ticket 2024090512345]",
    reply_to_req="req-240905-04",
    body=f"""Dear KCSC,

Regarding ticket 2024090512345: the cafe post {N[2]}
has been removed by the cafe's operator after our notice, and it is no
longer visible to anyone.

We will answer about the other two posts separately.

NAVER Help Desk""",
    outcome="applied", classification="confirmation",
    imitates="English helpdesk reply from a Korean portal about a cafe post deleted by its operator",
    why="N2 removed (운영자 삭제 in English); the other two are promised later",
    items={N[2]: "removed", N[1]: "pending", N[3]: "pending"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject="[카카오 고객센터] 권리침해 신고 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대하여 아래와 같이 처리되었음을 알려드립니다.

■ {K1_RAW} 은(는) 게시중단 처리되었습니다.
■ {K[3]} 게시물은 비공개 처리되었습니다.
■ {K[2]} 은(는) 임시조치(30일) 되었습니다.

처리 결과에 대해 궁금하신 점은 고객센터(https://cs.kakao.com)로 문의해 주세요.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고 처리 결과 안내 with a raw Korean Tistory path and 은(는) particles",
    why="K1 게시중단 (removed; raw path matches the percent-encoded URL), K3 비공개 처리 (removed), K2 임시조치 (restricted)",
    items={K[1]: "removed", K[3]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-qp-cafe-operator-deleted",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 09:48:30 +0900",
    subject="Re: KCSC-240906-05 다음 카페 게시물 처리 결과",
    reply_to_req="req-240906-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, Daum 카페 고객센터입니다.

문의 주신 카페 게시물 {K[2]} 은 카페 운영자 삭제로 처리가 완료되었습니다.
해당 게시물은 더 이상 조회되지 않습니다.

감사합니다.
Daum 카페 고객센터 드림''')}""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 reply, quoted-printable Korean body, 운영자 삭제",
    why="K2 deleted by the cafe operator (removed)",
    items={K[2]: "removed"},
)

case(
    name="kakao-followup-reviewed-item",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 14:05:52 +0900",
    subject="Re: [카카오 고객센터] 권리침해 신고 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

지난 답변에서 검토 중이라고 안내드렸던 티스토리 글
{K[3]}
은 검토 결과 해당 블로그에서 찾을 수 없는 글입니다. 작성자가 이미 삭제한 것으로 확인됩니다.

감사합니다.

--------- 원본 메일 ---------
보낸사람: KCSC Takedown <takedown@kcsc.example>
받는사람: cs@kakaocorp.com
날짜: 2024-09-11 10:00
제목: Re: KCSC-240906-05

> 검토 중인 게시물의 결과를 알려주시기 바랍니다.
> {K[1]}
> {K[3]}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up in the same thread, URL on its own line between the subject and its predicate",
    why="K3 cannot be found, already deleted by its author (not_found); K1 only in our quoted mail",
    items={K[3]: "not_found", K[1]: "pending"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-remove",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 19:20:00 +0900",
    subject="Re: KCSC-240902-01 request for removal",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for following up. Our team will remove {Y[5]} and
{Y[6]} once the local legal review is complete, which we
expect within the next 48 hours. We will confirm in this thread.

Best,
Google Legal Support""",
    outcome="review", review="not_understood",
    imitates="agent reply promising future removal",
    why="'will remove ... once the review is complete' is a promise, not a statement: items stay pending",
    items={Y[5]: "pending", Y[6]: "pending"},
)

case(
    name="yt-zendesk-solved-vague",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 09:00:00 +0900",
    subject="[YouTube Legal Support] Request #48211 has been solved: KCSC-240902-01 request for removal",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (48211) has been solved. If you believe the request was not
resolved, reply to this email within 7 days and the request will reopen.

----------------------------------------------

Min-seo (YouTube Legal Support)

Sep 15, 2024, 08:59 GMT+9

Hello,

Thank you for reaching out. We have reviewed your notice and taken
appropriate action where needed under our policies and local law. We are
now closing this request.

Kind regards,
The YouTube Legal Team

This email is a service from YouTube Legal Support.
[Z8KQ2M-4RLV]""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'request has been solved' notification with a generic closing comment",
    why="references the 12-item request but 'appropriate action where needed' says nothing about any item",
    items={},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 16:44:21 +0900",
    subject="Re: KCSC-240902-01 request for removal - more information needed",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Before we can act on the following two videos, we need more information:

{Y[7]}
{Y[8]}

Please tell us which part of each video (a timestamp is enough) you
consider unlawful, and the specific provision of Korean law it breaches.
If there is a decision of the Commission about these videos, please attach
a copy.

Once we receive this we will continue our review.

Best,
Google Legal Support""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for timestamps and the legal basis before acting",
    why="asks us for more information about two items; nothing is stated about them",
    items={Y[7]: "pending", Y[8]: "pending"},
)

case(
    name="tg-hedged-appears-gone",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 19:09:14 +0000",
    subject="Re: [KCSC-240903-02] Removal request - betting channels",
    reply_to_req="req-240903-02",
    body=f"""Hello,

From what we can see, {T[1]} appears to be no longer
accessible, and {T[2]} may have been removed by the
channel admins themselves. We have not taken action on either of them yet.

Telegram Abuse Team""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply with hedged observations about two posts",
    why="'appears to be' / 'may have been' are hedges, not statements: items stay pending",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject="Case 0193447521 closed - KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""Hello,

We have completed our review of case 0193447521. All of the posts and the
account reported in your request have been removed.

This case is now closed.

X Legal""",
    outcome="review", review="bulk",
    imitates="case-closed email with one blanket statement about everything reported",
    why="a statement about all items of a 5-item request without naming any: bulk, items pending",
    items={X[1]: "pending", X[5]: "pending"},
)

case(
    name="x-zendesk-hosted-sender",
    **{"from": "legal-support@xcorp.zendesk.com"}, name_from="X Legal Support",
    date="Sun, 08 Sep 2024 10:10:10 +0000",
    subject="[X Legal Support] Update on your request KCSC-240904-03",
    reply_to_req="req-240904-03",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (772194) has been updated.

X Legal Support

Hello, the post {X[1]} has been removed.

This email is a service from X Legal Support.""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk vendor's domain rather than the platform's",
    why="xcorp.zendesk.com is not a configured X sender domain: a stranger's statement about a requested item",
    items={X[1]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", auth="fail",
    date="Tue, 10 Sep 2024 22:58:03 +0900",
    subject="[네이버 고객센터] 처리 결과 안내 KCSC-240905-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N[1]} 은 삭제 처리되었습니다.
{N[2]} 은 삭제 처리되었습니다.

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice that fails DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: statements not trusted",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="x-misrouted-telegram-link",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 02:30:00 +0000",
    subject="Re: Removal request KCSC-240903-02 [#301902]",
    extra_headers=["X-HelpScout-Conversation: 301902"],
    body=f"""Hello,

Thanks for your message. The link you sent, {T[1]}, is not
content hosted on X, so we could not find it on our service and cannot act
on it. You may wish to contact the service that hosts it.

Sincerely,
X Support""",
    outcome="review", review="wrong_platform",
    imitates="platform support answering a misrouted request about another service's link",
    why="X states 'could not find' about a Telegram item: X cannot speak for Telegram's items",
    items={T[1]: "pending"},
)

case(
    name="x-forwarded-safety-answer",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 09:45:00 +0000",
    subject="Fwd: KCSC-240904-03 outcome",
    body=f"""Hi KCSC team,

Forwarding the answer our Safety team sent us about your request, see below.

Min-jun
X Support

---------- Forwarded message ---------
From: X Safety Operations <safety-ops@x.com>
Date: Sun, Sep 8, 2024 at 6:12 PM
Subject: KCSC-240904-03 outcome
To: X Support <support@x.com>

{X[3]} - removed
{X[4]} - withheld in KR
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="agent forwarding an internal team's answer (Gmail 'Forwarded message' block)",
    why="the statements are inside a forwarded message, not the sender's own: review, items pending",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="kakao-conflicting-table",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:16:16 +0900",
    subject="[카카오 고객센터] 신고 처리 결과 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

신고하신 티스토리 글 {K[3]} 은 삭제 처리되었습니다.

[처리 내역]
URL | 처리 결과
{K[3]} | 조치 없음 (운영정책 위반 아님)

감사합니다.""",
    outcome="review", review="conflicting_statements",
    imitates="template answer whose sentence and result table disagree about one post",
    why="the same item is called deleted and 'no action, no violation' in one email",
    items={K[3]: "pending"},
)

case(
    name="tg-policy-notice-no-claims",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 10:00:00 +0000",
    subject="Changes to how Telegram receives requests from authorities",
    body="""Dear partner,

From 1 October 2024 Telegram will accept removal requests from government
bodies only through the authorities portal at https://telegram.org/authorities.
Requests sent by email after that date will receive an automatic pointer to
the portal.

Existing cases are not affected.

Telegram DSA Team""",
    outcome="review", review="no_claims",
    imitates="platform announcement to authorities about a new intake portal",
    why="trusted Telegram mail that names no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 15:03:40 +0900",
    subject="[YouTube Legal Support] Request received: KCSC-240902-01 request for removal (#48211)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (48211) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
[Z8KQ2M-4RLV]""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' receipt",
    why="pure receipt: ticket number, no statement",
    items={},
)

case(
    name="x-freshdesk-ack-quoting-request",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 02:01:15 +0000",
    subject="Ticket Received - KCSC-240904-03 - prescription drug sales [#301844]",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Dear KCSC Takedown Desk,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review it and get
back to you. Please keep the ticket number #301844 in the subject of any
reply.

Your original message:

> Under KCSC-240904-03 we ask you to remove the following content, which
> offers prescription medicines for sale without a licence:
>
> {X[1]}
> {X[2]}
> {X[3]}
> {X[4]}
> {X[5]}

X Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style 'Ticket Received' auto-response quoting the original message",
    why="acknowledgement; the URLs are only in our quoted request",
    items={X[1]: "pending", X[5]: "pending"},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 10:21:05 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다. (문의번호 2024090512345)",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090512345
접수일시: 2024-09-05 10:21

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3일 이내에 메일로 안내됩니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 자동 메일",
    why="pure Korean receipt with a ticket number",
    items={},
)

case(
    name="tg-agent-out-of-office",
    **{"from": "ivan.petrov@telegram.org"}, name_from="Ivan Petrov",
    date="Tue, 03 Sep 2024 06:31:00 +0000",
    subject="Automatic reply: [KCSC-240903-02] Removal request - betting channels",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Ivan""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an agent",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-chuseok-auto-reply",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 16 Sep 2024 09:00:12 +0900",
    subject="[자동회신] RE: [독촉] KCSC-240905-04 처리 결과 회신 요청",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 네이버 정책지원팀입니다.

추석 연휴 기간(9월 16일 ~ 9월 18일)에는 메일 확인이 어렵습니다.
보내주신 메일은 연휴 이후 순차적으로 확인하여 답변드리겠습니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) automatic reply",
    why="holiday auto-reply to our reminder",
    items={},
)

DSN_REMINDER = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [Reminder] KCSC-240906-05 - deadline passed
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>

The following items are still pending with us:
{K[1]}
{K[2]}
{K[3]}
"""
case(
    name="kakao-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Sat, 14 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_4411"

--=_dsn_4411
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 550 5.1.1
    <report@kakaocorp.com>: Recipient address rejected: User unknown

--=_dsn_4411
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_4411
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_REMINDER}
--=_dsn_4411--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) bouncing our reminder to Kakao",
    why="a bounce; the URLs are in our own returned reminder",
    items={K[1]: "pending"},
)

case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 10:14:02 +0900",
    subject="Read: [Reminder] KCSC-240902-01 - deadline passed",
    reply_to_req="req-240902-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_77"

--=_mdn_77
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [Reminder] KCSC-240902-01 - deadline passed
  Sent: Tuesday, September 10, 2024 10:00 AM

was read on Tuesday, September 10, 2024 10:14 AM.

--=_mdn_77
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our reminder",
    why="a read receipt says nothing about items",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 296 (ticket systems and threads). Written by tests/corpus/blind296/make.py
# from each email's meaning, before the reader was run on it. Do not edit by hand."""

def encode_headers(cases):
    """Real mailers send non-ASCII display names and subjects as RFC 2047 encoded words."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind296", HEADER, CASES)
    print(len(CASES), "cases")
