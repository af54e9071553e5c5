#!/usr/bin/env python3
"""Blind set blind668: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; the expected result of each case was written from the email's meaning
alone, before the reader was ever run on it.

    python3 tests/corpus/blind668/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
CAFE_KO = "밤바다토토"
N2_RAW = f"https://cafe.naver.com/{CAFE_KO}/1187"
N2 = f"https://cafe.naver.com/{quote(CAFE_KO)}/1187"

Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=bX7nR4cWd9E",
    3: "https://www.youtube.com/watch?v=Lh2pZ6sYt0F",
    4: "https://www.youtube.com/watch?v=cT9wJ1mQe5G",
    5: "https://www.youtube.com/watch?v=Vn4kD8rUa3H",
    6: "https://www.youtube.com/watch?v=pR6gH2xNb7J",
    7: "https://www.youtube.com/shorts/Wz5qE1tYk8K",
    8: "https://www.youtube.com/shorts/mF3sA9vLc4M",
    9: "https://www.youtube.com/@hanbit_odds_tv",
    10: "https://www.youtube.com/watch?v=Ks8dP0wRe2N",
    11: "https://www.youtube.com/watch?v=Ty1fG7hJm6P",
    12: "https://www.youtube.com/playlist?list=PLx9Qw2Er4Ty6Ui8Op0As",
}
D = {
    1: "https://discord.com/invite/kX8pQm2R",
    2: "https://discord.com/channels/1180442917730000001/1180442917730000002",
    3: "https://discord.com/channels/1180442917730000001/1180442917730000002/1281907733012000003",
    4: "https://discord.gg/sunnyslots7",
}
X = {
    1: "https://x.com/bada_casino77/status/1831200450112000001",
    2: "https://x.com/bada_casino77/status/1831200450112000002",
    3: "https://x.com/jeju_nightlife_kr",
}
T = {
    1: "https://t.me/goldwave_picks",
    2: "https://t.me/goldwave_picks/418",
    3: "https://t.me/+Rk3vYx9aBcD1ZmFl",
    4: "https://t.me/seoul_vip_room",
    5: "https://t.me/seoul_vip_room/77",
    6: "https://t.me/bluemoon_escrow",
}
N = {1: "https://blog.naver.com/moonlit_trader/223561234567", 2: N2}
K = {
    1: "https://cafe.daum.net/lucky7holdem/Abc1/352",
    2: "https://sunrise-bet.tistory.com/41",
    3: "https://open.kakao.com/o/gH7kLm2a",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message-id stem, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01", "odds channel and uploads"),
    ("KCSC-240903-02", "discord", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [D[i] for i in range(1, 5)], "illegal_gambling", "req-240903-02", "slot server invites"),
    ("KCSC-240905-03", "x", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     [X[i] for i in range(1, 4)], "prostitution", "req-240905-03", ""),
    ("KCSC-240909-04", "telegram", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [T[i] for i in range(1, 6)], "illegal_gambling", "req-240909-04", "two channels, one private invite"),
    ("KCSC-240910-05", "naver", "2024-09-10T10:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [N[1], N[2]], "illegal_gambling", "req-240910-05", "cafe path stored percent-encoded"),
    ("KCSC-240911-06", "kakao", "2024-09-11T15:40:00+09:00", "2024-09-18T23:59:59+09:00",
     [K[1], K[2], K[3]], "illegal_gambling", "req-240911-06", "Daum cafe, Tistory, open chat"),
    ("KCSC-240912-07", "telegram", "2024-09-12T16:05:00+09:00", "2024-09-19T23:59:59+09:00",
     [T[6]], "fraud", "req-240912-07", "single channel"),
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


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


REQ_QUOTE_YT = "\n".join(f"> {i}. {Y[i]}" for i in range(1, 13))

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# --- YouTube (KCSC-240902-01, 12 items) -----------------------------------
case(
    name="yt-jira-resolved-bullets",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLS-20931] Resolved: Government request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
Your request YTLS-20931 has been resolved.

Hello,

Thank you for your notice KCSC-240902-01. Our team has completed its review
of the first four URLs in your notice. Results:

  * {Y[1]} - removed for violating our Community Guidelines (gambling)
  * {Y[2]} - removed for violating our Community Guidelines (gambling)
  * {Y[3]} - access restricted in South Korea on the basis of local law
  * {Y[4]} - no action taken: after review we did not find that this video
    violates our policies or local law, and it remains available

The remaining URLs are handled in a separate ticket and you will hear from
us there.

Learn more about how we handle government requests:
https://support.google.com/youtube/answer/7554338

Regards,
YouTube Legal Support

View request: https://legalsupport.google.example/requests/YTLS-20931
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification from a legal-support desk",
    why="bulleted list, one status per URL, the fourth a refusal with its reason",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-zendesk-solved-over-quoted-request",
    date="Fri, 06 Sep 2024 09:41:02 +0900",
    **{"from": "support@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="[YouTube] Re: KCSC-240902-01 - removal request",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#8840217) has been solved. To reopen it, reply to this email.

Minji (YouTube Trust & Safety)
Sep 6, 2024, 09:40 KST

Hi,

We looked at the next batch from your list.

{Y[5]} and {Y[6]} were removed for violating our policy on
online gambling content.

We couldn't act on {Y[7]} because no Short exists at that address; the link
is invalid.

Best,
Minji

This email is a service from YouTube Trust & Safety.
[PX41E7-9Q2K]

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240902-01 - removal request

Please remove the following 12 items (illegal gambling promotion):
{chr(10).join(f"{i}. {Y[i]}" for i in range(1, 13))}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with agent comment above the quoted original",
    why="agent comment names three URLs; the twelve in the quoted request below stay untouched",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "not_found"},
)

_yt_html = f"""
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the outcome for ticket <b>YTLS-20944</b> (your reference KCSC-240902-01).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th><th>Policy</th></tr>
<tr><td>8</td><td><a href="{Y[8]}">{Y[8]}</a></td><td>Removed</td><td>Spam &amp; deceptive practices</td></tr>
<tr><td>9</td><td><a href="{Y[9]}">{Y[9]}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
<tr><td>10</td><td><a href="{Y[10]}">{Y[10]}</a></td><td>Restricted in KR</td><td>Local law</td></tr>
<tr><td>11</td><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action - does not violate policy</td><td>&ndash;</td></tr>
</table>
<p>See our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a> for details.</p>
<p>YouTube Legal Operations</p>
</body></html>
"""
_yt_plain = f"""
Hello,

Please find below the outcome for ticket YTLS-20944 (your reference KCSC-240902-01).

8. {Y[8]} : Removed (Spam & deceptive practices)
9. {Y[9]} : Channel terminated (Repeated violations)
10. {Y[10]} : Restricted in KR (Local law)
11. {Y[11]} : No action - does not violate policy

YouTube Legal Operations
"""
case(
    name="yt-html-table-outcomes",
    date="Mon, 09 Sep 2024 18:03:55 +0900",
    **{"from": "legal-ops-noreply@google.com"},
    name_from="YouTube Legal Operations",
    subject="Outcome of ticket YTLS-20944 [KCSC-240902-01]",
    raw_mime=alt(_yt_plain, _yt_html, "b668-yt-html-1"),
    outcome="applied", classification="confirmation",
    imitates="legal-operations ticket outcome table (HTML with plain-text alternative)",
    why="table rows: removed, channel terminated (removed), restricted in KR, no violation (rejected)",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected"},
)

_yt_csv = "url,decision,decision_date,notes\n" + "\n".join([
    f"{Y[1]},Removed,2024-09-05,Community Guidelines",
    f"{Y[2]},Removed,2024-09-05,Community Guidelines",
    f"{Y[3]},Geo-restricted (KR),2024-09-05,Local law",
    f"{Y[4]},No action,2024-09-05,No policy violation found",
    f"{Y[5]},Removed,2024-09-06,Community Guidelines",
    f"{Y[6]},Removed,2024-09-06,Community Guidelines",
    f"{Y[7]},Not found,2024-09-06,Invalid URL",
    f"{Y[8]},Removed,2024-09-09,Spam",
    f"{Y[9]},Removed,2024-09-09,Channel terminated",
    f"{Y[10]},Geo-restricted (KR),2024-09-09,Local law",
    f"{Y[11]},In review,,",
    f"{Y[12]},Removed,2024-09-10,Community Guidelines",
]) + "\n"
case(
    name="yt-csv-attachment-full-report",
    date="Tue, 10 Sep 2024 11:20:00 +0900",
    **{"from": "legal-ops-noreply@google.com"},
    name_from="YouTube Legal Operations",
    subject="Status report for KCSC-240902-01 (ticket YTLS-20931 / YTLS-20944)",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="b668-yt-csv"\n\n'
        "--b668-yt-csv\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\n"
        "As requested, attached is a consolidated status report for all URLs in\n"
        "your notice KCSC-240902-01. One item is still with our reviewers.\n\n"
        "YouTube Legal Operations\n\n"
        "--b668-yt-csv\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_status.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_status.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_yt_csv) +
        "\n--b668-yt-csv--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="consolidated status report sent as a CSV attachment by a legal-operations desk",
    why="base64 CSV with one decision per row; 'In review' leaves the item pending",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "removed", Y[6]: "removed", Y[7]: "not_found", Y[8]: "removed",
           Y[9]: "removed", Y[10]: "restricted", Y[11]: "pending", Y[12]: "removed"},
)

case(
    name="yt-followup-same-thread-playlist",
    date="Wed, 11 Sep 2024 14:55:31 +0900",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [YTLS-20944] KCSC-240902-01 - follow-up",
    reply_to_req="req-240902-01",
    body=f"""
Hello again,

A quick follow-up to my message of Monday: the playlist
{Y[12]}
has now been removed as well.

Kind regards,
Daniel
YouTube Legal Support

On Mon, Sep 9, 2024 at 6:03 PM YouTube Legal Support <legal-support-noreply@google.com> wrote:
> Hello,
>
> {Y[9]} - channel terminated.
> {Y[12]} - still under review; we will follow up.
>
> Daniel
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, Gmail-style quote of the agent's earlier message",
    why="URL alone on the line between 'the playlist' and 'has now been removed'; the quoted lines are not new statements",
    items={Y[12]: "removed"},
)

_yt_qp_text = f"""안녕하세요, 방송통신심의위원회 담당자님.

YouTube 법무지원팀입니다. 요청 번호 KCSC-240902-01(티켓 YTLS-20931)에 대한 처리 결과를 알려드립니다.

- {Y[3]} : 현지 법률에 따라 대한민국 내 접근이 제한되었습니다.
- {Y[10]} : 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 항목에 대해서는 별도로 안내드렸습니다.

YouTube 법무지원팀 드림
"""
case(
    name="yt-korean-quoted-printable",
    date="Thu, 12 Sep 2024 10:07:12 +0900",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무지원팀",
    subject="[YTLS-20931] 처리 결과 안내 (KCSC-240902-01)",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp_text)
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal-support result notice, quoted-printable body with soft line breaks",
    why="QP-encoded Korean: one URL restricted in Korea (접근이 제한), one deleted (삭제)",
    items={Y[3]: "restricted", Y[10]: "removed"},
)

case(
    name="yt-reply-to-reminder-partial",
    date="Tue, 17 Sep 2024 15:31:48 +0900",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Reminder: KCSC-240902-01 overdue (2 items pending)",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
        "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>",
    ],
    body=f"""
Thanks for the reminder, and sorry for the wait.

Update on the two remaining URLs:

{Y[11]} -- removed under our spam, deceptive practices and scams policy.
{Y[12]} -- our reviewers have not finished with this one; we'll update you.

Best regards,
Sora
YouTube Legal Support

On Tue, Sep 17, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: request KCSC-240902-01, sent 2024-09-02, was due 2024-09-09.
> These items are still pending in our records:
>   {Y[11]}
>   {Y[12]}
> Please tell us the action taken on each.
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply over a Gmail-quoted reminder, partial answer",
    why="one URL removed; the other explicitly not yet decided (pending); the quoted reminder states nothing",
    items={Y[11]: "removed", Y[12]: "pending"},
)

case(
    name="yt-jira-comment-notification",
    date="Fri, 13 Sep 2024 17:44:09 +0900",
    **{"from": "jira-noreply@google.com"},
    name_from="Kim Taeyang (YouTube Legal Support)",
    subject="[YTLS-20944] New comment on your request",
    body=f"""
Reply above this line.

Kim Taeyang commented:

Hi KCSC team,

Two corrections to the table we sent on Monday for KCSC-240902-01:

The channel {Y[9]} has been terminated (not only its uploads).

The video {Y[5]} has been age-restricted; it is no longer shown to
signed-out viewers or viewers under 18.

Thanks,
Taeyang

View request (https://legalsupport.google.example/servicedesk/YTLS-20944) . Turn off this request's notifications (https://legalsupport.google.example/servicedesk/YTLS-20944/unsubscribe)

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'new comment on your request' notification",
    why="a channel terminated (removed) and a video age-restricted (restricted); the servicedesk links are not items",
    items={Y[9]: "removed", Y[5]: "restricted"},
)

# --- Discord (KCSC-240903-02, 4 items) ------------------------------------
case(
    name="discord-zendesk-solved",
    date="Thu, 05 Sep 2024 03:18:27 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Your request (#4471029) has been solved",
    reply_to_req="req-240903-02",
    body=f"""
##- Please type your reply above this line -##

Your request (#4471029) has been solved. To reopen it, just reply to this email.

Jordan (Discord Trust & Safety)
Sep 4, 2024, 11:18 PDT

Hello,

Thank you for your report regarding KCSC-240903-02.

We have taken action on the following:

- {D[1]}: the server behind this invite has been removed from Discord,
  so the invite no longer works.
- {D[3]}: this message has been deleted.

We take reports like this seriously and appreciate you bringing it to our
attention. You can read more about our rules at https://discord.com/guidelines.

Jordan
Discord Trust & Safety

How would you rate the support you received?
Good, I'm satisfied: https://safety.discord.com/hc/requests/4471029/satisfaction/good
Bad, I'm unsatisfied: https://safety.discord.com/hc/requests/4471029/satisfaction/bad

This email is a service from Discord Trust & Safety.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' mail with agent comment and satisfaction survey links",
    why="two URLs each with a plain action statement; guideline and survey links are not items",
    items={D[1]: "removed", D[3]: "removed"},
)

case(
    name="discord-angle-brackets-url-below",
    date="Sat, 07 Sep 2024 06:02:44 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Your request (#4471029)",
    reply_to_req="req-240903-02",
    body="""
##- Please type your reply above this line -##

Jordan (Discord Trust & Safety)
Sep 6, 2024, 14:02 PDT

Hi again,

Following up on the rest of your report.

The message below was reviewed and found not to violate our Community
Guidelines or Terms of Service. It will remain available:
<""" + D[3] + """>

We were unable to locate the invite below. It has expired or never existed,
so there is nothing for us to action:
<""" + D[4] + """>

Jordan
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent follow-up in an open ticket, URLs in angle brackets on the line after their statement",
    why="statement first, then the URL on the next line: one left up with reason (rejected), one not located (not_found)",
    items={D[3]: "rejected", D[4]: "not_found"},
)

case(
    name="discord-reply-to-reminder-outlook",
    date="Wed, 18 Sep 2024 01:47:19 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="RE: Reminder: KCSC-240903-02 overdue",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
        "References: <req-240903-02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>",
    ],
    body=f"""
Hello,

Apologies for the delay on this one. Status of each link in KCSC-240903-02:

1) {D[1]}
   Server removed.
2) {D[2]}
   Channel deleted together with the server.
3) {D[3]}
   Message deleted.
4) {D[4]}
   Invalid invite - no server found for this code.

Best,
Riley | Discord Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: safety-requests@discord.com
Subject: Reminder: KCSC-240903-02 overdue

Our request KCSC-240903-02 of 2024-09-03 was due on 2024-09-10. The
following items are still pending:
{D[1]}
{D[2]}
{D[3]}
{D[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply over an Outlook '-----Original Message-----' quote of our reminder",
    why="numbered list with the status on the line under each URL; the quoted reminder is ours",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="discord-helpscout-partial",
    date="Fri, 06 Sep 2024 08:12:30 +0900",
    **{"from": "reports@discord.com"},
    name_from="Discord Safety",
    subject="Re: KCSC-240903-02 [#88412]",
    reply_to_req="req-240903-02",
    body=f"""
Discord Safety replied to conversation #88412
----------------------------------------------

Hi,

Quick update while we finish the rest: the channel at
{D[2]} has been removed by our team.

We're still investigating the other links in your report and will write
again once we have a decision.

Casey
Discord Safety

----------------------------------------------
Conversation #88412 | Reply to this email to respond.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout 'replied to conversation' notification, partial answer",
    why="one URL removed; the other links are only promised a later answer and are not named",
    items={D[2]: "removed"},
)

# --- X (KCSC-240905-03, 3 items) ------------------------------------------
case(
    name="x-freshdesk-resolved",
    date="Mon, 09 Sep 2024 12:26:05 +0900",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    subject="Ticket #558120 has been resolved - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Dear Korea Communications Standards Commission,

Your ticket #558120 ("KCSC-240905-03") has been marked as Resolved.

Agent response:

In response to your request, we have withheld the following post in South
Korea under local law:
{X[1]}

The following post was removed for violating the X Rules:
{X[2]}

If you believe this ticket was resolved in error, reply to this email within
72 hours to reopen it.

X Legal Requests
https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification carrying the agent's response",
    why="withheld in South Korea (restricted) and removed, each with the URL on the line below",
    items={X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-account-suspended-and-refusal",
    date="Tue, 10 Sep 2024 07:55:42 +0900",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    subject="Re: Ticket #558120 - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Following our earlier response on ticket #558120:

The account @jeju_nightlife_kr ({X[3]}) has been permanently suspended for
violating our rules on adult sexual services.

We reviewed {X[1]} again at your request. It does not violate the X Rules
and we have not withheld it; it remains available.

Regards,
X Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="X legal desk follow-up in the same ticket: suspension plus a refusal",
    why="account permanently suspended (removed); a post reviewed and left up with a reason (rejected)",
    items={X[3]: "removed", X[1]: "rejected"},
)

case(
    name="x-numbered-list-withheld",
    date="Wed, 11 Sep 2024 19:04:18 +0900",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    subject="[#558120] Action summary for KCSC-240905-03",
    body=f"""
Hello,

Summary of actions for ticket #558120 (your ref. KCSC-240905-03):

1. <{X[1]}> - Removed
2. <{X[2]}> - Withheld in: KR
3. <{X[3]}> - No violation found, no action

This message was sent from the X legal requests ticketing system. Please
keep the ticket number in the subject line of any reply.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system action summary, numbered list with URLs in angle brackets",
    why="one status per numbered line: removed, withheld in KR (restricted), no violation (rejected)",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

# --- Telegram (KCSC-240909-04, 5 items; KCSC-240912-07, 1 item) ------------
case(
    name="tg-abuse-case-mixed",
    date="Wed, 11 Sep 2024 21:14:51 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #7734102] KCSC-240909-04",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

Case #7734102.

Thank you for your report. Our moderators have reviewed it:

{T[1]} - the channel has been blocked.
{T[2]} - this post has been deleted.
{T[3]} - this invite link is invalid or has been revoked; we could not find
a chat behind it.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number, one line per link",
    why="blocked channel (removed), deleted post (removed), invalid invite (not_found)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-thread-case-number-only-korea",
    date="Fri, 13 Sep 2024 02:40:09 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #7734102]",
    reply_to_req="req-240909-04",
    body=f"""
Hi,

Further to Case #7734102: the channel {T[4]} and its post
{T[5]} are now unavailable to users in South Korea.

Telegram Abuse Team

> On 11 Sep 2024, at 21:14, Telegram Abuse <abuse@telegram.org> wrote:
>
> Case #7734102. The remaining links are still being reviewed.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up in the thread, matched only by thread and case number",
    why="both items made unavailable in South Korea (restricted); no KCSC reference, matched by thread",
    items={T[4]: "restricted", T[5]: "restricted"},
)

case(
    name="tg-single-item-no-url",
    date="Sat, 14 Sep 2024 04:20:33 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240912-07",
    reply_to_req="req-240912-07",
    body="""
Hello,

Regarding your report KCSC-240912-07: the channel you reported has been
blocked and is no longer accessible on Telegram.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram abuse-desk closing reply that does not repeat the link",
    why="sole statement, no URL, for a request of one item: applies to that item",
    items={T[6]: "removed"},
)

_tg_b64 = f"""Hello,

Case #7734102 - final update.

Deleted:
{T[2]}
{T[5]}

Reviewed, no violation of the Telegram Terms of Service found, remains
available:
{T[4]}

Telegram Abuse Team
"""
case(
    name="tg-base64-grouped-headings",
    date="Mon, 16 Sep 2024 23:05:11 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #7734102] KCSC-240909-04 - final",
    reply_to_req="req-240909-04",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(_tg_b64)
    ),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk final update, base64 body, URLs grouped under status headings",
    why="two URLs under 'Deleted:', one under a 'no violation, remains available' heading (rejected)",
    items={T[2]: "removed", T[5]: "removed", T[4]: "rejected"},
)

case(
    name="tg-bare-url-status-below",
    date="Thu, 12 Sep 2024 13:33:00 +0900",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="Case #7734102 / KCSC-240909-04 - outcome",
    body=f"""
Outcome of Case #7734102

{T[1]}
Status: blocked

{T[3]}
Status: not found (link revoked)

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system outcome record: bare URL with 'Status:' on the line below",
    why="each status line belongs to the URL above it",
    items={T[1]: "removed", T[3]: "not_found"},
)

# --- NAVER (KCSC-240910-05, 2 items) --------------------------------------
case(
    name="naver-particles-fullwidth",
    date="Thu, 12 Sep 2024 15:10:26 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버] KCSC-240910-05 요청 건 처리 결과 안내",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240910-05 건의 처리 결과를 안내드립니다.

1. {N[1]}은 운영정책 위반으로 블라인드 처리되었습니다.
2. 카페 게시글（{N2_RAW}）은 게시중단 조치하였습니다.

문의번호: 2024091012345
감사합니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 처리 결과 안내, URL followed by a Korean particle and full-width parentheses",
    why="블라인드 처리 (removed) and 게시중단 (removed); raw Korean cafe path matches its percent-encoded form",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-receipt-plus-temporary-measure",
    date="Wed, 11 Sep 2024 09:02:47 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2024091100233)",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

귀하의 문의가 정상적으로 접수되었습니다. (접수번호: 2024091100233)

접수와 함께 우선 조치된 내용을 알려드립니다.
{N[1]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.

나머지 게시물은 담당 부서 검토 후 답변드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER ticket receipt that also reports a 임시조치 already taken",
    why="receipt wording plus an unhedged 임시조치 statement (restricted): not a pure acknowledgement",
    items={N[1]: "restricted"},
)

_nv_html = f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240910-05)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-table-correction-result",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] 시정요구 조치 결과 (KCSC-240910-05)",
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + _nv_html.strip() + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 회신 table in HTML only",
    why="삭제 (removed); 해당 게시물 없음, deleted by its author (not_found)",
    items={N[1]: "removed", N[2]: "not_found"},
)

# --- Kakao (KCSC-240911-06, 3 items) --------------------------------------
case(
    name="kakao-helpdesk-answer-korean",
    date="Fri, 13 Sep 2024 11:45:16 +0900",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240911-06)",
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

■ {K[1]}
  → 운영정책(불법 도박) 위반으로 삭제되었습니다.

■ {K[2]}
  → 티스토리 운영정책에 따라 해당 글을 비공개 처리하였습니다.

■ {K[3]}
  → 신고 내용을 확인하였으나 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

답변이 도움이 되셨나요? 만족도 평가: https://cs.kakao.com/requests/98120455/survey

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao helpdesk answer mail (문의 답변), status under each URL",
    why="삭제 (removed), 비공개 처리 (removed), no violation found so no action (rejected)",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-daum-cafe-operator-deleted",
    date="Mon, 16 Sep 2024 16:22:40 +0900",
    **{"from": "cafe-safety@daum.net"},
    name_from="Daum 카페 운영팀",
    subject="Re: KCSC-240911-06 Daum 카페 게시글 조치 요청",
    reply_to_req="req-240911-06",
    body=f"""
담당자님 안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시글 <{K[1]}>는 운영자 삭제 처리하였으며, 해당 카페에는 이용 제한 경고를 발송하였습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <safety-center@kakaocorp.com>
Sent: 2024-09-11 (수) 15:40:00
Subject: KCSC-240911-06 Daum 카페 게시글 조치 요청

아래 게시물에 대한 조치를 요청합니다.
{K[1]}
{K[2]}
{K[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply (운영자 삭제) over the quoted request",
    why="운영자 삭제 (removed) for the one URL in angle brackets followed by the particle 는; quoted request states nothing",
    items={K[1]: "removed"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-remove",
    date="Wed, 04 Sep 2024 13:02:55 +0900",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLS-20931] Update on KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Our initial assessment is that the following videos violate our policies
and will be removed once the review is completed by the responsible team:

{Y[2]}
{Y[4]}

We expect to send you the final outcome within five business days.

YouTube Legal Support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="legal-support interim update promising removal",
    why="'will be removed once the review is completed' is a promise, not a statement",
    items={Y[2]: "pending", Y[4]: "pending"},
)

case(
    name="discord-hedge-appears-deleted",
    date="Wed, 04 Sep 2024 09:30:12 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Your request (#4471029)",
    reply_to_req="req-240903-02",
    body=f"""
##- Please type your reply above this line -##

Alex (Discord Trust & Safety)
Sep 3, 2024, 17:30 PDT

Hi,

Thanks for the report. It appears that the server behind {D[1]} may already
have been deleted by its owner before we got to it, but we are checking our
records to confirm and will get back to you.

Alex
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Zendesk agent comment with a hedged first finding",
    why="'appears ... may already have been deleted' is a hedge, to be confirmed",
    items={D[1]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    date="Sun, 15 Sep 2024 20:11:37 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #7734102] KCSC-240909-04",
    reply_to_req="req-240909-04",
    body="""
Hello,

Case #7734102 is now closed. All of the channels and posts listed in your
report have been blocked.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Telegram abuse-desk case-closed note without the links",
    why="one statement for the whole five-item request, naming no item",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending", T[5]: "pending"},
)

case(
    name="discord-bulk-case-closed",
    date="Sun, 08 Sep 2024 10:15:03 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Your request (#4471029) has been solved",
    reply_to_req="req-240903-02",
    body="""
##- Please type your reply above this line -##

Your request (#4471029) has been solved. To reopen it, just reply to this email.

Riley (Discord Trust & Safety)
Sep 7, 2024, 18:15 PDT

Hello,

We've completed our investigation of KCSC-240903-02. All of the content you
reported has been removed from Discord, and the accounts involved have been
actioned.

Riley
Discord Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'solved' notification with a blanket outcome",
    why="'all of the content you reported has been removed' for a four-item request without naming each",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="x-forged-auth-fail",
    date="Tue, 10 Sep 2024 02:44:50 +0900",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240905-03 - content removed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have removed the following posts:
{X[1]}
{X[2]}

X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="short legal-desk removal confirmation, but DKIM/SPF/DMARC fail",
    why="clear statements from x.com that fail authentication",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="discord-zendesk-subdomain-sender",
    date="Thu, 05 Sep 2024 04:02:18 +0900",
    **{"from": "support@discordsafety.zendesk.com"},
    name_from="Discord Safety",
    subject="[Discord Safety] Update on request #4471029",
    body=f"""
##- Please type your reply above this line -##

Morgan (Discord Safety)
Sep 4, 2024, 12:02 PDT

Hi,

Regarding KCSC-240903-02: the server at {D[1]} has been removed and the
message {D[3]} has been deleted.

Morgan

This email is a service from Discord Safety. Delivered by Zendesk.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk mail sent from the help desk's own zendesk.com subdomain",
    why="sender domain is zendesk.com, not a configured Discord domain",
    items={D[1]: "pending", D[3]: "pending"},
)

case(
    name="naver-no-claims-notice",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[네이버] 기관 신고 접수 창구 변경 안내",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가 전용 포털로 변경됩니다.
변경 이후에는 메일 대신 아래 포털을 통해 요청해 주시기 바랍니다.

- 기관 전용 포털: https://partners.naver.example/agency
- 운영 시간: 평일 09:00~18:00

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER notice to agencies about a new reporting channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-asks-for-legal-basis",
    date="Thu, 12 Sep 2024 14:18:29 +0900",
    **{"from": "safety-center@kakaocorp.com"},
    name_from="카카오 안전센터",
    subject="[카카오] KCSC-240911-06 관련 추가 자료 요청",
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요, 카카오 안전센터입니다.

보내주신 요청(KCSC-240911-06)의 처리를 위해 아래 자료를 추가로 회신해 주시기 바랍니다.

1. 시정요구의 근거 법령 및 심의 의결 번호
2. 기관 명의의 공문 사본(PDF)

대상 게시물:
- {K[1]}
- {K[2]}
- {K[3]}

자료가 접수되는 대로 검토하겠습니다.
카카오 안전센터 드림
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao safety-centre request for the legal basis and an official letter",
    why="asks us for documents before acting; lists the items without any status",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

case(
    name="kakao-about-naver-item",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    **{"from": "safety-center@kakaocorp.com"},
    name_from="카카오 안전센터",
    subject="Re: KCSC-240910-05 게시물 조치 요청 (참조)",
    body=f"""
안녕하세요, 카카오 안전센터입니다.

참조로 받은 요청(KCSC-240910-05)의 게시물을 확인하였습니다.

{N[1]}
→ 당사 서비스에서 확인되지 않는 게시물입니다(존재하지 않음).

해당 게시물은 네이버 서비스이므로 네이버에 문의해 주시기 바랍니다.

카카오 안전센터 드림
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao reply to a request it was only copied on, about a NAVER blog post",
    why="Kakao states 'does not exist' for an item of the NAVER request",
    items={N[1]: "pending"},
)

case(
    name="tg-conflicting-same-item",
    date="Sat, 14 Sep 2024 18:27:14 +0900",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #7734102] KCSC-240909-04",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

Update on Case #7734102: {T[4]} has been blocked.

Summary of the case:
  {T[4]} - no violation found, remains available

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="Telegram update whose summary contradicts its first line (agent's template left unedited)",
    why="the same URL is called blocked and then left available",
    items={T[4]: "pending"},
)

case(
    name="naver-promise-korean",
    date="Wed, 11 Sep 2024 16:45:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Re: KCSC-240910-05 요청 건 진행 상황",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 현재 담당 부서에서 검토 중이며, 검토가 끝나는 대로 게시중단 조치할 예정입니다.

- {N[1]}
- {N2_RAW}

처리 결과는 완료 후 다시 안내드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="NAVER 진행 상황 안내: under review, takedown planned",
    why="검토 중 / 조치할 예정 is a promise; both items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-internal-forward",
    date="Tue, 17 Sep 2024 10:34:21 +0900",
    **{"from": "partner-relations@kakaocorp.com"},
    name_from="카카오 대외협력팀",
    subject="Fwd: [안전센터] KCSC-240911-06 처리 결과",
    body=f"""
담당자님, 안전센터에서 받은 회신을 전달드립니다. 참고 부탁드립니다.

---------- Forwarded message ---------
From: 카카오 안전센터 <safety-center@kakaocorp.com>
Date: 2024년 9월 16일 (월) 오후 5:02
Subject: [안전센터] KCSC-240911-06 처리 결과
To: 카카오 대외협력팀 <partner-relations@kakaocorp.com>

대외협력팀 확인 부탁드립니다.

{K[1]} 삭제 완료
{K[2]} 비공개 처리 완료
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail-style internal forward of the safety team's result by another Kakao team",
    why="the statements are inside a forwarded message; the forwarder states nothing herself",
    items={K[1]: "pending", K[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="discord-zendesk-receipt-echo",
    date="Tue, 03 Sep 2024 11:31:40 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Request received: KCSC-240903-02 (#4471029)",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (#4471029) has been received and is being reviewed by our
Trust & Safety team. We'll get back to you as soon as possible.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 02:30 UTC

Please remove the following content (illegal gambling promotion):
{D[1]}
{D[2]}
{D[3]}
{D[4]}

----------------------------------------------

This email is a service from Discord Trust & Safety.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-request receipt that echoes the submitted report",
    why="pure receipt; the URLs are only our own report echoed back",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="kakao-receipt-korean",
    date="Wed, 11 Sep 2024 15:41:05 +0900",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다.",
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 98120455
접수일시: 2024-09-11 15:40

순차적으로 확인 후 답변드리겠습니다. 문의량에 따라 답변이 다소 지연될 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt (접수 완료)",
    why="receipt with a ticket number, no statement",
    items={},
)

case(
    name="yt-jira-request-received",
    date="Mon, 02 Sep 2024 10:04:12 +0900",
    **{"from": "jira-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLS-20931] Request received: KCSC-240902-01",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Reply above this line.

Hi KCSC Takedown,

We've received your request YTLS-20931 ("KCSC-240902-01") and a member of
our team will review it. You'll be notified by email when there is an update.

What happens next: each URL is reviewed against our Community Guidelines and
applicable local law. Typical review time is 3 to 5 business days.

View request (https://legalsupport.google.example/servicedesk/YTLS-20931)

Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="receipt; the general description of the process is no statement about an item",
    items={},
)

case(
    name="discord-helpscout-autoreply",
    date="Tue, 03 Sep 2024 11:31:55 +0900",
    **{"from": "reports@discord.com"},
    name_from="Discord Safety",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thanks for getting in touch!

This is an automatic reply to let you know that we've received your email
and a member of the Safety team will reply within 2 business days.

Your conversation number is #88412.

Discord Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply with conversation number",
    why="automatic receipt, nothing about any item",
    items={},
)

case(
    name="x-out-of-office",
    date="Thu, 05 Sep 2024 09:16:02 +0900",
    **{"from": "h.lindqvist@x.com"},
    name_from="Hanna Lindqvist",
    subject="Automatic reply: KCSC-240905-03 - removal request",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent legal requests please write to
legal-requests@x.com, where your message will be turned into a ticket.

Best,
Hanna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a legal-team member",
    why="out-of-office auto-reply",
    items={},
)

_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b668-dsn"

--b668-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[192.0.2.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b668-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Mon, 16 Sep 2024 10:00:04 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b668-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: KCSC-240912-07 - {T[6]}
Message-ID: <reminder.KCSC-240912-07.1@kcsc.example>

--b668-dsn--
"""
case(
    name="tg-dsn-reminder-bounce",
    date="Mon, 16 Sep 2024 10:00:06 +0900",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="DSN; the URL is in our own returned subject line",
    items={},
)

_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="b668-mdn"

--b668-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.
제목: KCSC-240910-05 게시물 조치 요청
읽은 시간: 2024-09-10 오전 11:02

--b668-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b668-mdn--
"""
case(
    name="naver-read-receipt",
    date="Tue, 10 Sep 2024 11:02:19 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="읽음 확인: KCSC-240910-05 게시물 조치 요청",
    raw_mime=_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN 'displayed' read receipt from a Korean webmail",
    why="read receipt",
    items={},
)


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = "=?UTF-8?B?" + base64.b64encode(v.encode("utf-8")).decode("ascii") + "?="


for _c in CASES:
    encode_headers(_c)

HEADER = """# blind668: ticket systems and threads. Written from each email's meaning,
# before any run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind668", HEADER, CASES)
    print(f"{len(CASES)} cases")
