#!/usr/bin/env python3
"""Blind set 890: ticket systems and threads (Zendesk/Freshdesk/Jira/HelpScout
style receipts and results, solved tickets, follow-ups in one thread, replies
to our reminders, partial answers, forwarded mail).

    python3 tests/corpus/blind890/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before any
run of the reader.
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

SET = "blind890"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
MID = {r: "req-" + r[5:] for r in (R1, R2, R3, R4, R5, R6, R7)}  # + @kcsc.example

# R1: X, 12 items (largest)
X001 = "https://x.com/bet_lucky777/status/1830112233445566001"
X002 = "https://x.com/bet_lucky777/status/1830112233445566002"
X003 = "https://x.com/bet_lucky777/status/1830112233445566003"
X1201 = "https://x.com/toto_king_kr/status/1830224466880011201"
X1202 = "https://x.com/toto_king_kr/status/1830224466880011202"
X2301 = "https://x.com/casino_hanbit/status/1830335577991122301"
X2302 = "https://x.com/casino_hanbit/status/1830335577991122302"
X2401 = "https://x.com/slotmania_k/status/1830446688002233401"
X2402 = "https://x.com/slotmania_k/status/1830446688002233402"
X4501 = "https://x.com/baccarat_nightk/status/1830557799113344501"
X5601 = "https://x.com/sportsbet_vip9/status/1830668800224455601"
X5602 = "https://x.com/sportsbet_vip9/status/1830668800224455602"
R1_URLS = [X001, X002, X003, X1201, X1202, X2301, X2302, X2401, X2402, X4501, X5601, X5602]
# R2: YouTube, 4 items
YQM = "https://www.youtube.com/watch?v=Qm7vT2xLp9A"
YBR = "https://www.youtube.com/watch?v=bR4nE8kWz1c"
YHX = "https://www.youtube.com/shorts/Hx3pL0aJd5s"
YTY = "https://www.youtube.com/watch?v=tY6uG2oNf8e"
# R3: Telegram, 3 items
T412 = "https://t.me/ice_delivery_seoul/412"
T415 = "https://t.me/ice_delivery_seoul/415"
T88 = "https://t.me/candyshop_kr24/88"
# R4: Discord, 5 items
D455 = "https://discord.com/channels/1102233445566778899/1102233445566778900/1280011122233344455"
D466 = "https://discord.com/channels/1102233445566778899/1102233445566778900/1280011122233344466"
D577 = "https://discord.com/channels/1102233445566778899/1102233445566778911/1280022233344455577"
DINV = "https://discord.gg/nightpix77"
D688 = "https://discord.com/channels/1203344556677889900/1203344556677889901/1280033344455566688"
# R5: NAVER, 3 items
NMO = "https://blog.naver.com/moonlight_diary22/223561234567"
NCA = "https://cafe.naver.com/joonggonara77/1048576"
NSU = "https://blog.naver.com/sunset_talk09/223569876543"
# R6: Kakao (Daum cafe, Tistory), 2 items
KDA = "https://cafe.daum.net/rumor_board/Xk3P/2291"
KTI = "https://hidden-note.tistory.com/entry/%EC%97%B0%EC%98%88%EC%9D%B8-%EC%82%AC%EC%83%9D%ED%99%9C-%ED%8F%AD%EB%A1%9C"
KTI_RAW = "https://hidden-note.tistory.com/entry/연예인-사생활-폭로"
# R7: X, 1 item
XGL = "https://x.com/greenleaf_seoul/status/1833001122334455667"

REQUESTS = [
    (R1, "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", R1_URLS, "illegal-gambling"),
    (R2, "youtube", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", [YQM, YBR, YHX, YTY], "privacy-violation"),
    (R3, "telegram", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00", [T412, T415, T88], "drug-trade"),
    (R4, "discord", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", [D455, D466, D577, DINV, D688], "non-consensual-intimate-imagery"),
    (R5, "naver", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00", [NMO, NCA, NSU], "privacy-violation"),
    (R6, "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", [KDA, KTI], "defamation"),
    (R7, "x", "2024-09-10T15:45:00+09:00", "2024-09-17T23:59:59+09:00", [XGL], "drug-trade"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", f"item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def kh(s):
    """A header value with non-ASCII text as RFC 2047 encoded words."""
    return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def pend(*urls):
    return {u: "pending" for u in urls}


def reminder_hdr(ref, n=1):
    return [f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
            f"References: <{MID[ref]}@kcsc.example> <reminder.{ref}.{n}@kcsc.example>"]


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-zendesk-solved-itemized",
    date="Thu, 05 Sep 2024 16:12:40 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Re: Removal request {R1} (Ticket #5509121)",
    reply_to_req=MID[R1],
    body=f"""
{ZD_LINE}

Your request (5509121) has been solved. To reopen it, reply to this email.

Jae (X Safety)
Sep 5, 2024, 16:12 UTC

Hello,

Thank you for the report filed on behalf of the Korea Communications
Standards Commission. We reviewed the posts in your request and took the
following actions:

- {X001} : removed for violating our policy on illegal or certain regulated goods and services
- {X002} : removed (same policy)
- {X003} : removed (same policy)
- {X1201} : withheld in South Korea in response to your legal demand
- {X1202} : we did not find a violation of the X Rules; no action was taken and the post remains available

The rest of the posts in your request are still with our team and we
will write again in this ticket.

More about our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options

--------------------------------
This email is a service from X Support.
[RXWQ7Y-4K2D]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying an X Safety agent's itemized reply",
    why="five URLs each with an unhedged result; the closing 'rest still with our team' names nothing",
    items={X001: "removed", X002: "removed", X003: "removed", X1201: "restricted", X1202: "rejected"},
)

case(
    name="x-zendesk-followup-quoted-history",
    date="Mon, 09 Sep 2024 08:40:02 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Re: Removal request {R1} (Ticket #5509121)",
    reply_to_req=MID[R1],
    body=f"""
{ZD_LINE}

Your request (5509121) has been updated. To add a comment, reply to this email.

Jae (X Safety)
Sep 9, 2024, 08:40 UTC

Hello again,

Following up on my previous message, here are the results for three more
posts from your request:

{X2301} - removed
{X2302} - removed
{X2401} - we could not locate this post; the link does not lead to any existing post.

Kind regards,
Jae
X Safety

> Jae (X Safety)
> Sep 5, 2024, 16:12 UTC
>
> - {X001} : removed for violating our policy on illegal or certain regulated goods and services
> - {X1201} : withheld in South Korea in response to your legal demand
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket with the earlier comment quoted below",
    why="three new results above; the two results in the '>' quoted earlier comment are not read",
    items={X2301: "removed", X2302: "removed", X2401: "not_found", X001: "pending", X1201: "pending"},
)

case(
    name="x-reply-to-reminder-top-posted",
    date="Wed, 11 Sep 2024 02:15:33 +0000",
    **{"from": "mseo@x.com"}, name_from="Mina Seo",
    subject=f"Re: Reminder: outstanding items in {R1}",
    extra_headers=reminder_hdr(R1),
    body=f"""
Hi,

Thanks for the nudge. Updates on the posts still open on your side:

The post {X4501} was removed on September 10.
Both posts from @sportsbet_vip9 are now withheld in South Korea:
{X5601}
{X5602}

We're still looking at {X2402} and will come back to you on it.

Best,
Mina Seo
Legal Operations, X Corp.

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Request {R1} (sent 2 September 2024, due 9 September 2024) still has
> items without a result:
>
> {X2402}
> {X4501}
> {X5601}
> {X5602}
>
> Please tell us what happened to each.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="a legal-ops employee's top-posted Gmail reply to our reminder, reminder quoted with '>'",
    why="4501 removed, the two sportsbet posts (URLs on the lines below) withheld in Korea; 2402 only 'still looking'",
    items={X4501: "removed", X5601: "restricted", X5602: "restricted", X2402: "pending"},
)

X_TABLE_ROWS = [(X1201, "Withheld in KR"), (X2301, "Removed"),
                (X2401, "Not found (post does not exist)"),
                (X2402, "No violation - remains available")]
_rows_html = "\n".join(
    f'<tr><td style="padding:4px;border:1px solid #ccc">{i}</td>'
    f'<td style="padding:4px;border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ccc">{s}</td></tr>'
    for i, (u, s) in enumerate(X_TABLE_ROWS, 1))
_rows_text = "\n".join(f"{i}. {u}\n   Outcome: {s}" for i, (u, s) in enumerate(X_TABLE_ROWS, 1))
case(
    name="x-freshdesk-html-table",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    subject=f"Ticket #5511873 resolved - {R1}",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fd-890-alt"

--fd-890-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC team,

Your ticket #5511873 ({R1}) has been resolved. Outcomes for the URLs we
handled in this ticket:

{_rows_text}

If anything is unclear, simply reply to this email and the ticket will reopen.

X Legal Requests

--fd-890-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>Your ticket <b>#5511873</b> ({R1}) has been resolved. Outcomes for the URLs we handled in this ticket:</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ccc">#</th><th style="padding:4px;border:1px solid #ccc">Reported URL</th><th style="padding:4px;border:1px solid #ccc">Outcome</th></tr>
{_rows_html}
</table>
<p>If anything is unclear, simply reply to this email and the ticket will reopen.</p>
<p>X Legal Requests</p>
<p style="color:#999;font-size:11px">Powered by a helpdesk. Ticket status: Resolved</p>
</body></html>

--fd-890-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' notification with an HTML outcome table and a plain-text twin",
    why="a table of four URLs with one outcome each: withheld in KR, removed, not found, no violation",
    items={X1201: "restricted", X2301: "removed", X2401: "not_found", X2402: "rejected"},
)

_csv_rows = [
    (X001, "Removed", "Illegal goods and services"),
    (X002, "Removed", "Illegal goods and services"),
    (X003, "Removed", "Illegal goods and services"),
    (X1201, "Withheld (KR)", "Local law"),
    (X1202, "No violation - content remains", ""),
    (X2301, "Removed", "Illegal goods and services"),
    (X2302, "Removed", "Illegal goods and services"),
    (X2401, "Not found", "Post does not exist"),
    (X2402, "Removed", "Illegal goods and services"),
    (X4501, "Withheld (KR)", "Local law"),
    (X5601, "Removed", "Spam and platform manipulation"),
    (X5602, "No violation - content remains", ""),
]
_csv = "reported_url,outcome,policy\r\n" + "".join(f"{u},{o},{p}\r\n" for u, o, p in _csv_rows)
case(
    name="x-jira-resolved-csv-attachment",
    date="Mon, 16 Sep 2024 01:05:11 +0000",
    **{"from": "jira@x.com"}, name_from="Mina Seo (Jira)",
    subject=f"[JIRA] (LEGAL-7781) {R1} removal request - Resolved",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="jira-890-mixed"

--jira-890-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—
Reply above this line.

Mina Seo resolved this as Done.

Hello, our review of request {R1} is complete. The outcome for each of
the twelve posts is in the attached file outcomes_{R1}.csv.

View request: https://xcorp-legal.atlassian.example/servicedesk/customer/portal/3/LEGAL-7781
Turn off this request's notifications

This is shared with KCSC Takedown.
Sent by Jira Service Management

--jira-890-mixed
Content-Type: text/csv; charset=utf-8; name="outcomes_{R1}.csv"
Content-Disposition: attachment; filename="outcomes_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--jira-890-mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with a CSV of outcomes attached",
    why="the CSV gives one outcome per URL for all twelve posts of the largest request",
    items={X001: "removed", X002: "removed", X003: "removed", X1201: "restricted", X1202: "rejected",
           X2301: "removed", X2302: "removed", X2401: "not_found", X2402: "removed", X4501: "restricted",
           X5601: "removed", X5602: "rejected"},
)

case(
    name="x-solved-single-angle-brackets",
    date="Thu, 12 Sep 2024 10:48:20 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Your request (5513310) has been solved - {R7}",
    body=f"""
{ZD_LINE}

Your request (5513310) has been solved. To reopen this request, reply to this email.

Daniel (X Safety)
Sep 12, 2024, 10:48 UTC

Hi,

We have removed the post <{XGL}> for violating our rules on illegal or
certain regulated goods and services.

Thanks,
Daniel

--------------------------------
This email is a service from X Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved-ticket notification, URL in angle brackets",
    why="one URL in <...> with an unhedged removal",
    items={XGL: "removed"},
)

case(
    name="x-thread-one-item-no-url",
    date="Wed, 11 Sep 2024 07:02:45 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=MID[R7],
    body="""
Hello,

We have reviewed the post referenced in your request and it has been
removed for violating the X Rules.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short agent reply in the request's own thread, no URL",
    why="one-item request: an unhedged 'has been removed' about the post in the request applies to its only item",
    items={XGL: "removed"},
)

case(
    name="x-outlook-original-message-below",
    date="Tue, 10 Sep 2024 05:21:09 +0000",
    **{"from": "hkim@x.com"}, name_from="Hana Kim",
    subject=f"RE: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

The two posts by @slotmania_k ({X2401} and
{X2402}) have been removed.

Regards,
Hana Kim | Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: legal@x.com
Subject: [{R1}] Request for removal of illegal gambling content

Dear X,

The Korea Communications Standards Commission asks you to remove the
following posts, which advertise illegal gambling sites:

{X001}
{X002}
{X003}
{X1201}
{X1202}
{X2301}
{X2302}
{X2401}
{X2402}
{X4501}
{X5601}
{X5602}

Please reply by 9 September 2024.
KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over our request under '-----Original Message-----'",
    why="the two slotmania posts (wrapped inside parentheses) removed; the quoted request below says nothing",
    items={X2401: "removed", X2402: "removed", X001: "pending", X5602: "pending"},
)

case(
    name="x-jira-comment-notification",
    date="Fri, 06 Sep 2024 04:33:50 +0000",
    **{"from": "jira@x.com"}, name_from="Mina Seo (Jira)",
    subject=f"[JIRA] (LEGAL-7781) {R1} removal request",
    body=f"""
—-—-—-—-—
Reply above this line.

Mina Seo commented:

Hello KCSC,

Partial update on your request: {X1201} is withheld in
South Korea. {X1202} has been removed for violating our
gambling promotion rules.

The other ten posts are still being reviewed.

View request: https://xcorp-legal.atlassian.example/servicedesk/customer/portal/3/LEGAL-7781
Turn off this request's notifications

This is shared with KCSC Takedown.
Sent by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' notification with a partial answer",
    why="two URLs with unhedged results; the portal link is not an item; the rest named only as 'the other ten'",
    items={X1201: "restricted", X1202: "removed"},
)

case(
    name="yt-numbered-outcomes",
    date="Mon, 09 Sep 2024 03:10:00 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [1-7263000038811] {R2} legal removal request",
    reply_to_req=MID[R2],
    body=f"""
Hello,

Thanks for reaching out. After reviewing the content you reported, here
is what we did:

1. {YQM}
   Removed for violating YouTube's harassment and cyberbullying policy.
2. {YBR}
   Blocked from view in South Korea on the basis of local law.
3. {YHX}
   After review, this content does not violate our Community Guidelines
   and was not removed.
4. {YTY}
   This video is no longer on YouTube; it had been deleted by the
   uploader before our review.

For more on our policies, see https://support.google.com/youtube/answer/2801939.

Regards,
The YouTube Team

[1-7263000038811]
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply with numbered outcomes, status on the line below each URL",
    why="removed / blocked in KR / no violation / deleted by uploader before review",
    items={YQM: "removed", YBR: "restricted", YHX: "rejected", YTY: "not_found"},
)

case(
    name="yt-url-below-statement",
    date="Mon, 09 Sep 2024 09:44:12 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Update on your request [1-7263000038811] ({R2})",
    body=f"""
Hello,

We have restricted the following video so that it can no longer be
viewed in South Korea:
{YQM}

The following video was reviewed against our Community Guidelines. We
did not find a violation and it remains available on YouTube:
{YTY}

We're continuing to review the remaining items and will follow up
separately.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support update, URL on the line after its statement",
    why="Qm7 geo-restricted in KR, tY6 stays up with no violation",
    items={YQM: "restricted", YTY: "rejected"},
)

_yt_qp = (
    "Hello,\n\n"
    f"Regarding your request {R2}: we have applied an age restriction to {YBR}, so it can now only be watched by signed-in viewers aged 18 and over. "
    f"The Short at {YHX} was removed for violating our privacy guidelines.\n\n"
    "Regards,\nThe YouTube Team\n"
)
case(
    name="yt-quoted-printable-age-restricted",
    date="Tue, 10 Sep 2024 12:20:00 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [1-7263000038811] {R2} legal removal request",
    reply_to_req=MID[R2],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply sent as quoted-printable with soft line breaks",
    why="bR4 age-restricted (restricted), the Short removed",
    items={YBR: "restricted", YHX: "removed"},
)

case(
    name="yt-gmail-reply-to-reminder",
    date="Thu, 12 Sep 2024 01:55:40 +0000",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    subject=f"Re: Reminder: outstanding items in {R2}",
    extra_headers=reminder_hdr(R2),
    body=f"""
Hi KCSC team,

Sorry for the slow reply. {YTY} was removed on 11 September under our
harassment policy. The remaining videos from this request are still with
our policy specialists.

Best,
Jiwoo Han
Legal Removals, Google Korea

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:

> Dear YouTube,
>
> Request {R2} (sent 3 September 2024, due 10 September 2024) still has
> items without a result:
>
> {YBR}
> {YHX}
> {YTY}
>
> Please tell us what happened to each.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Google legal employee to our reminder, reminder quoted below",
    why="tY6 removed; the other videos are only named in the quoted reminder and are 'still with specialists'",
    items={YTY: "removed", YBR: "pending", YHX: "pending"},
)

case(
    name="tg-helpscout-reply",
    date="Fri, 06 Sep 2024 14:02:17 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {R3} drug sale channels [#8812304]",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thank you for your report. Results:

{T412} - removed
{T415} - removed
{T88} - this link is invalid, there is no such message.

Telegram Abuse Team

----
Conversation #8812304 - reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply from an abuse desk, one result per line",
    why="two removed, one invalid link (not_found)",
    items={T412: "removed", T415: "removed", T88: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    date="Sat, 07 Sep 2024 09:30:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject=f"Case #1048812 - {R3}",
    body="""
Hello,

The following reports have been processed.

https://t.me/ice_delivery_seoul/412
Status: Blocked

t.me/ice_delivery_seoul/415
Status: Blocked

https://t.me/candyshop_kr24/88
Status: Not found

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-processing notice, bare URL with status line below (one without scheme)",
    why="412 and 415 blocked (removed), 88 not found",
    items={T412: "removed", T415: "removed", T88: "not_found"},
)

case(
    name="tg-echoed-report-result",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Your report has been reviewed [#8812377] {R3}",
    body=f"""
Hello,

Your report:
  Link: {T88}
  Reason: Illegal drugs
  Reference: {R3}

Result: the message was removed and the channel @candyshop_kr24 has been
banned for violating Telegram's Terms of Service.

Thank you for helping keep Telegram safe.
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket result that echoes the reporter's form fields above the result",
    why="the only link echoed is stated removed (message removed, channel banned)",
    items={T88: "removed"},
)

case(
    name="discord-zendesk-solved-bullets",
    date="Mon, 09 Sep 2024 19:04:30 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {R4} - Request #884213",
    body=f"""
{ZD_LINE}

Your request (884213) has been solved. Reply to this email to reopen it.

Riley (Discord Trust & Safety)
Sep 9, 2024, 19:04 UTC

Hi there,

Thanks for reporting this. Our Safety team reviewed each link:

\u2022 {D455} \u2014 deleted, and the account that posted it was banned
\u2022 {D466} \u2014 deleted
\u2022 {DINV} \u2014 the server this invite led to has been removed from Discord
\u2022 {D577} \u2014 we did not find a violation of our Community Guidelines, so no action was taken

Riley
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk solved notification with bulleted results",
    why="three removed (two messages, the server behind the invite), one no-violation",
    items={D455: "removed", D466: "removed", DINV: "removed", D577: "rejected"},
)

case(
    name="discord-partial-update",
    date="Tue, 10 Sep 2024 22:15:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {R4} - Request #884213",
    body=f"""
{ZD_LINE}

Riley (Discord Trust & Safety)
Sep 10, 2024, 22:15 UTC

Hi again,

A partial update while we finish the rest: the message at
{D688}
has been removed and the server it was posted in is now disabled.

These two are still under review and I'll update this ticket once the
team has a decision:
{D455}
{D466}

Riley
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification with a partial answer",
    why="688 removed (URL on the line below); 455 and 466 explicitly still under review",
    items={D688: "removed", D455: "pending", D466: "pending"},
)

_disc_html = f"""<html><body>
<p>Hello,</p>
<p>An update on ticket 884213 ({R4}):</p>
<ul>
<li><a href="{D455}">{D455}</a> &ndash; removed by our Safety team.</li>
<li><a href="{D577}">{D577}</a> &ndash; this message had already been deleted by its author before we could review it.</li>
</ul>
<p>Best,<br>Discord Trust &amp; Safety</p>
</body></html>
"""
case(
    name="discord-base64-html",
    date="Thu, 12 Sep 2024 03:40:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Update on request #884213 ({R4})",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_disc_html),
    outcome="applied", classification="confirmation",
    imitates="Discord ticket update sent as base64 HTML only",
    why="455 removed; 577 already deleted by its author (not_found)",
    items={D455: "removed", D577: "not_found"},
)

case(
    name="discord-wrapped-angle-url",
    date="Fri, 13 Sep 2024 08:08:08 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    subject=f"Re: {R4} - Request #884213",
    reply_to_req=MID[R4],
    body=f"""
Hello KCSC,

Two more results from our team.

The message <https://discord.com/channels/1102233445566778899/
1102233445566778911/1280022233344455577> has been deleted and its author
was removed from the platform.

The server behind the invite {DINV} has been taken down.

Kind regards,
Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text agent reply where the client wrapped a long URL inside angle brackets",
    why="577 (wrapped across two lines inside <...>) deleted; invite's server taken down",
    items={D577: "removed", DINV: "removed"},
)

case(
    name="naver-ticket-korean-result",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="NAVER Customer Center",
    subject=kh(f"[문의번호 2409-118823] 게시중단 요청 처리 결과 안내 ({R5})"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R5})에 대한 처리 결과를 안내드립니다.

1. {NMO}
   → 게시중단 처리 완료
2. {NCA}
   → 임시조치(30일) 완료
3. {NSU}
   → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 대상이 없습니다.

추가 문의는 이 메일에 회신해 주시면 같은 문의번호로 접수됩니다.

문의번호: 2409-118823
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-center ticket answer (문의번호) with a numbered 게시중단/임시조치 result list",
    why="게시중단 (removed), 임시조치 (restricted), already deleted by its author (not_found)",
    items={NMO: "removed", NCA: "restricted", NSU: "not_found"},
)

case(
    name="naver-url-korean-particles",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    subject=kh(f"Re: [{R5}] 불법정보 삭제 요청"),
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {NMO}은 블라인드 처리하였으며, {NCA}는 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team prose reply, URLs followed directly by Korean particles",
    why="moonlight post blinded (removed); cafe post kept for lack of violation (rejected)",
    items={NMO: "removed", NCA: "rejected"},
)

case(
    name="naver-fullwidth-punctuation",
    date="Thu, 12 Sep 2024 05:12:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="NAVER Customer Center",
    subject=kh(f"[문의번호 2409-118823] 추가 처리 결과 안내 ({R5})"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.
요청하신 건의 추가 처리 결과를 알려드립니다.

■ 대상 게시물：{NSU}，
  조치 결과：삭제 완료（2024.09.11）

■ 대상 게시물：{NCA}。
  조치 결과：임시조치（30일간 게시 제한）

문의번호: 2409-118823
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-center follow-up in the same ticket, full-width colons and commas around URLs",
    why="sunset post deleted (removed), cafe post 임시조치 (restricted)",
    items={NSU: "removed", NCA: "restricted"},
)

_naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>{R5} 요청 건의 처리 결과는 아래 표와 같습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{NMO}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{NCA}</td><td>게시 유지 (위반 사항 없음)</td></tr>
<tr><td>3</td><td>{NSU}</td><td>게시물 없음 (존재하지 않는 게시물)</td></tr>
</table>
<p>본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>"""
case(
    name="naver-html-table-korean",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="NAVER Customer Center",
    subject=kh(f"[네이버 고객센터] {R5} 처리 결과"),
    type="html",
    body=_naver_html,
    outcome="applied", classification="confirmation",
    imitates="NAVER help-desk HTML result table (번호/URL/처리 결과), help-centre link in the footer",
    why="게시중단 (removed), 게시 유지 no violation (rejected), 게시물 없음 (not_found)",
    items={NMO: "removed", NCA: "rejected", NSU: "not_found"},
)

case(
    name="kakao-daum-tistory-answer",
    date="Thu, 12 Sep 2024 01:20:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    subject=kh(f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R6})"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.
요청하신 게시물에 대한 검토 결과를 알려드립니다.

- 다음카페 게시글 {KDA} : 블라인드 처리되었습니다.
- 티스토리 게시글 {KTI_RAW} : 임시조치(30일)하였습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://cs.kakao.com/)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-center answer mail ('문의하신 내용에 대한 답변입니다') for Daum cafe and Tistory posts",
    why="Daum cafe post blinded (removed); Tistory post (raw Korean path) 임시조치 (restricted)",
    items={KDA: "removed", KTI: "restricted"},
)

case(
    name="kakao-ack-plus-result",
    date="Fri, 13 Sep 2024 04:05:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    subject=kh(f"[카카오 고객센터] 신고 접수 및 처리 결과 안내 ({R6})"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
검토 결과, 아래 티스토리 게시글은 운영정책 위반으로 삭제 처리되었습니다.
{KTI_RAW}

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice combining the receipt phrase with the result",
    why="an acknowledgement phrase followed by an unhedged deletion of the named Tistory post",
    items={KTI: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-be-removed",
    date="Wed, 04 Sep 2024 11:00:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Re: Removal request {R1} (Ticket #5509121)",
    reply_to_req=MID[R1],
    body=f"""
{ZD_LINE}

Your request (5509121) has been updated.

Jae (X Safety)
Sep 4, 2024, 11:00 UTC

Hello,

Thanks for your patience. Our team has confirmed violations in the
following posts and they will be removed within the next 24 hours:

{X003}
{X2302}

We will confirm in this ticket once this is done.

Jae
""",
    outcome="review", review="not_understood",
    imitates="Zendesk ticket update announcing a removal still to come",
    why="'will be removed within 24 hours' is a promise, not a statement",
    items=pend(X003, X2302),
)

case(
    name="yt-hedged-may-have",
    date="Thu, 05 Sep 2024 06:30:00 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [1-7263000038811] {R2} legal removal request",
    reply_to_req=MID[R2],
    body=f"""
Hello,

Thanks for your request. It looks like the video at {YBR}
may have already been taken down, and the Short at {YHX} appears
to be unavailable in some regions. We're confirming with the
responsible team and will update you.

Regards,
The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support holding reply full of hedges",
    why="'may have already been', 'appears to be' are hedges, nothing stated",
    items=pend(YBR, YHX),
)

case(
    name="discord-escalated-under-review",
    date="Fri, 06 Sep 2024 15:00:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {R4} - Request #884213",
    body=f"""
{ZD_LINE}

Riley (Discord Trust & Safety)
Sep 6, 2024, 15:00 UTC

Hi there,

Thanks for the details. I've escalated the following messages to our
Safety team, and they are currently under review:

{D455}
{D466}

We'll follow up on this ticket once a decision has been made.

Riley
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment escalating named items, status Open",
    why="names two items but only says they are under review",
    items=pend(D455, D466),
)

case(
    name="x-bulk-all-removed",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Re: Removal request {R1} (Ticket #5509121)",
    reply_to_req=MID[R1],
    body=f"""
{ZD_LINE}

Your request (5509121) has been solved. To reopen it, reply to this email.

Jae (X Safety)
Sep 14, 2024, 02:00 UTC

Hello,

All of the posts listed in your request {R1} have now been removed.
Thank you for your cooperation.

Jae
X Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved notification with a one-line blanket confirmation",
    why="'all of the posts' for a twelve-item request names none of them",
    items=pend(*R1_URLS),
)

case(
    name="x-auth-fail-removed",
    auth="fail",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Your request (5513310) has been solved - {R7}",
    body=f"""
{ZD_LINE}

Your request (5513310) has been solved.

Hi,

The post {XGL} has been removed.

X Support
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notification whose DKIM/SPF/DMARC fail for x.com",
    why="platform domain, but authentication fails",
    items=pend(XGL),
)

case(
    name="tg-zendesk-hosted-sender",
    date="Sat, 07 Sep 2024 13:00:00 +0000",
    **{"from": "support@telegramhelp.zendesk.com"}, name_from="Telegram Support",
    subject=f"[Telegram Support] Re: {R3} (#77120)",
    body=f"""
{ZD_LINE}

Your request (77120) has been solved.

Hello,

The message {T412} was deleted and the channel has been
closed.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket notification sent from a helpdesk vendor's subdomain instead of the platform's own domain",
    why="zendesk.com is no platform's sender domain",
    items=pend(T412),
)

case(
    name="lawfirm-objection-naver",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    **{"from": "jhpark@hanbit-law.example"}, name_from="Park Jihoon",
    subject=kh(f"{R5} 관련 의견서 제출"),
    body=f"""
방송통신심의위원회 담당자님께,

저희 법무법인은 {NMO} 게시물 작성자의 대리인입니다.
해당 게시물은 공익 목적의 사실 적시로서 위법하지 않으므로, 귀 위원회의
삭제 요청({R5})을 재검토해 주실 것을 요청드립니다.

법무법인 한빛 변호사 박지훈 드림
""",
    outcome="review", review="unknown_sender",
    imitates="a law firm acting for a poster writing to object to our request",
    why="not a platform; names our request and one of its URLs",
    items=pend(NMO),
)

case(
    name="yt-not-our-service-x-url",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [1-7263000041220] {R7}",
    body=f"""
Hello,

The URL you reported, {XGL}, is not hosted on YouTube or on any
other Google product, so we cannot take any action on it. Please
contact the service that hosts the content.

We are closing this ticket.

Regards,
The YouTube Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal support 'not a Google product' closing reply",
    why="YouTube speaks about an X post of request R7",
    items=pend(XGL),
)

case(
    name="tg-asks-more-info",
    date="Thu, 05 Sep 2024 10:00:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject=f"Case #1049937 - {R3}",
    body=f"""
Hello,

We have received your report concerning {T88}.

Before we can proceed, please send us the provision of Korean law that
this content violates and a copy of the official decision on which your
request is based. Reply to this email keeping the case number in the
subject.

Telegram Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for the legal basis and documents",
    why="asks for documents before acting; nothing stated about the item",
    items=pend(T88),
)

case(
    name="kakao-forwarded-internal",
    date="Fri, 13 Sep 2024 00:40:00 +0000",
    **{"from": "minji.kang@kakaocorp.com"}, name_from="Kang Minji",
    subject=kh(f"Fwd: [{R6}] 게시물 처리 결과"),
    body=f"""
KCSC 담당자님, 아래 내부 처리 결과 공유드립니다.

---------- Forwarded message ---------
보낸사람: 콘텐츠운영팀 <content-ops@kakaocorp.com>
Date: 2024년 9월 12일 (목) 오후 5:10
Subject: [{R6}] 게시물 처리 결과
To: 강민지 <minji.kang@kakaocorp.com>

민지님,
요청 건 처리 완료했습니다.
- {KDA} : 블라인드
- {KTI_RAW} : 삭제
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao employee forwarding an internal content-ops result (Gmail-style forward)",
    why="the statements are inside a forwarded message, not the sender's own words",
    items=pend(KDA, KTI),
)

case(
    name="x-csat-survey-no-claims",
    date="Sun, 15 Sep 2024 03:00:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="How would you rate the support you received?",
    body="""
Hello,

Your ticket #5509121 "Legal request from Korea" was recently solved.
We'd love to hear how we did.

How would you rate the support you received?
Good, I'm satisfied: https://support.x.example/satisfaction/good/5509121
Bad, I'm unsatisfied: https://support.x.example/satisfaction/bad/5509121

X Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted X mail naming no requested item and no request of ours",
    items={},
)

# ================================================================ IGNORED

case(
    name="x-zendesk-receipt",
    date="Mon, 02 Sep 2024 03:02:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"[X Support] Received: {R1} (Ticket #5509121)",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (5509121) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from X Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-receipt-korean",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="NAVER Customer Center",
    subject=kh(f"[네이버 고객센터] 문의 접수 완료 안내 ({R5})"),
    reply_to_req=MID[R5],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
문의번호: 2409-118823

답변은 영업일 기준 3일 이내에 이메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-center 문의 접수 완료 auto-receipt",
    why="pure receipt with an inquiry number",
    items={},
)

case(
    name="yt-out-of-office",
    date="Wed, 11 Sep 2024 00:01:00 +0000",
    **{"from": "hyejin.lim@google.com"}, name_from="Hyejin Lim",
    subject=f"Automatic reply: Reminder: outstanding items in {R2}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"] + reminder_hdr(R2),
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal removal requests, please write
to legal-kr@google.com.

Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply to our reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-dsn-reminder-bounce",
    date="Thu, 12 Sep 2024 00:00:05 +0000",
    **{"from": "MAILER-DAEMON@telegram.org"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-890-b"

--dsn-890-b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-in.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail-in.telegram.org said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-890-b
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in.telegram.org
Arrival-Date: Thu, 12 Sep 2024 00:00:03 +0000

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-890-b
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: outstanding items in {R3}
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R3}.1@kcsc.example>

--dsn-890-b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce",
    items={},
)

case(
    name="kakao-mdn-read-receipt",
    date="Tue, 10 Sep 2024 02:14:00 +0000",
    **{"from": "minji.kang@kakaocorp.com"}, name_from="Kang Minji",
    subject=kh(f"읽음: [{R6}] 불법정보 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-890-b"

--mdn-890-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-10 오전 11:14에 읽혔습니다.
Your message was displayed on 10 Sep 2024 at 11:14 (KST).

--mdn-890-b
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Mail Client
Final-Recipient: rfc822; minji.kang@kakaocorp.com
Original-Message-ID: <{MID[R6]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-890-b--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) for our request",
    why="read receipt",
    items={},
)

case(
    name="discord-ack-autoreply",
    date="Thu, 05 Sep 2024 02:05:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject=f"[Discord] Request received: {R4} (#884213)",
    reply_to_req=MID[R4],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Thanks for contacting Discord. Your request (884213) has been received
and will be reviewed by our support staff. You'll get an email from us
when there's an update.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) request-received auto-response",
    why="pure receipt with a request number",
    items={},
)


HEADER = f"""# Blind set 890 (ticket systems and threads). Written by make.py; do not edit.
# Expected results come from each email's meaning alone, written before any run
# of the reader. Each case is judged alone on a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
