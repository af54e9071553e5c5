#!/usr/bin/env python3
"""Blind set 338: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every expected result below was written from
the meaning of the email alone, before the reader was ever run on it.

    python3 tests/corpus/blind338/make.py

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

for name in ("discord.com", "kakaocorp.com", "daum.net", "reddit.com", "gmail.com"):
    corpuslib.DOMAIN_NAMES.setdefault(name, name)

# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky7_casino_kr/status/1830011122233344501"
X2 = "https://x.com/lucky7_casino_kr/status/1830011122233344502"
X3 = "https://x.com/toto_banker88/status/1830022233344455566"
X4 = "https://x.com/toto_banker88/status/1830022233344455789"
X5 = "https://x.com/jackpot_daily_k/status/1830033344455566601"
X6 = "https://x.com/jackpot_daily_k/status/1830033344455566602"
X7 = "https://x.com/baccarat_room01/status/1830044455566677711"
X8 = "https://x.com/slotmaster_kr/status/1830055566677788812"
X9 = "https://x.com/slotmaster_kr/status/1830055566677788899"
X10 = "https://x.com/bet_signal_vip/status/1830066677788899913"
X11 = "https://x.com/powerball_pick/status/1830077788899900014"
X12 = "https://x.com/powerball_pick/status/1830077788899900015"
X13 = "https://x.com/casino_link_hub"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

D1 = "https://discord.gg/rx7Hq2Kp"
D2 = "https://discord.com/channels/1123456789012345678/1123456789012345690/1280011122233344455"
D3 = "https://discord.com/channels/1123456789012345678/1123456789012345691/1280011122233344477"
D4 = "https://discord.com/invite/fakeidcard24"

K1 = "https://open.kakao.com/o/gQz3Rk7f"
K2 = "https://cafe.daum.net/%EB%B3%84%EB%B9%9B%EB%AA%A8%EC%9E%84/Xb2k/41"
K2_RAW = "https://cafe.daum.net/별빛모임/Xb2k/41"
K3 = "https://brunch.co.kr/@nightowl77/15"

R1 = "https://www.reddit.com/r/kr_pharma_deals/comments/1f8abc1/fast_delivery_seoul/"
R2 = "https://www.reddit.com/r/kr_pharma_deals/comments/1f8abd9/price_list_sept/"
R3 = "https://www.reddit.com/r/kr_pharma_deals/"
R4 = "https://www.reddit.com/user/candyman_seoul/"
R5 = "https://www.reddit.com/r/seoulnightlife/comments/1f8xyz2/comment/lm4k2p9/"

T1 = "https://t.me/ice_delivery_gangnam/418"
T2 = "https://t.me/ice_delivery_gangnam/422"

Y1 = "https://www.youtube.com/watch?v=Qm3xT8vLp2A"

N1 = "https://blog.naver.com/fakedoc_maker/223571234567"
N2 = "https://cafe.naver.com/%EC%A6%9D%EB%AA%85%EC%84%9C%EA%B1%B0%EB%9E%98/8812"
N2_RAW = "https://cafe.naver.com/증명서거래/8812"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id (no <>), urls, note
    ("KCSC-240903-01", "x", "2024-09-03T01:00:00Z", "2024-09-10T14:59:59Z", "gambling",
     "req-240903-01@kcsc.example", XS, "illegal gambling promotion, 13 posts/accounts"),
    ("KCSC-240904-02", "discord", "2024-09-04T02:30:00Z", "2024-09-11T14:59:59Z", "illegal_trade",
     "req-240904-02@kcsc.example", [D1, D2, D3, D4], "forged ID cards sold in servers"),
    ("KCSC-240905-03", "kakao", "2024-09-05T00:40:00Z", "2024-09-12T14:59:59Z", "obscenity",
     "req-240905-03@kcsc.example", [K1, K2, K3], "open chat, Daum cafe post, brunch post"),
    ("KCSC-240906-04", "reddit", "2024-09-06T01:10:00Z", "2024-09-13T14:59:59Z", "drugs",
     "req-240906-04@kcsc.example", [R1, R2, R3, R4, R5], "drug sales subreddit, posts, account"),
    ("KCSC-240909-05", "telegram", "2024-09-09T03:00:00Z", "2024-09-16T14:59:59Z", "drugs",
     "req-240909-05@kcsc.example", [T1, T2], "drug delivery channel posts"),
    ("KCSC-240910-06", "youtube", "2024-09-10T02:00:00Z", "2024-09-17T14:59:59Z", "gambling",
     "req-240910-06@kcsc.example", [Y1], "gambling site advert video"),
    ("KCSC-240911-07", "naver", "2024-09-11T01:20:00Z", "2024-09-18T14:59:59Z", "illegal_trade",
     "req-240911-07@kcsc.example", [N1, N2], "forged certificates blog and cafe post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting, date_line):
    lines = [greeting, "", f"{date_line} the Korea Communications Standards Commission asks you to",
             "remove or block the following content, which violates Korean law:", ""]
    lines += urls
    lines += ["", f"Our reference: {ref}. Please report the action taken on each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def reminder_headers(ref_id):
    return [f"In-Reply-To: <reminder.{ref_id}.1@kcsc.example>",
            f"References: <req-{ref_id}@kcsc.example> <reminder.{ref_id}.1@kcsc.example>"]


ZD_TOP = "##- Please type your reply above this line -##"

cases = []

# ===================================================================== X
cases.append(dict(
    name="x-zendesk-solved-numbered",
    outcome="applied",
    imitates="Zendesk 'Your request has been solved' notification with the agent's numbered per-URL outcome",
    why="numbered list, each URL with its own outcome: two removed, one withheld in Korea, one kept up for no violation",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 16:12:40 +0900",
    subject="[X Support] Your request (#04512877) has been solved",
    reply_to_req="req-240903-01",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected"},
    body=f"""
{ZD_TOP}

Your request (#04512877) has been solved. To reopen it, simply reply to this email.

Maya R. (X Support)

Sep 10, 2024, 16:12 GMT+9

Hello,

Thank you for your report (your reference KCSC-240903-01). Our team looked
at the posts you listed and has taken the following actions:

1. {X1} - removed for violating our rules on illegal goods and services
2. {X2} - removed for the same reason
3. {X3} - withheld in South Korea in response to your legal demand
4. {X4} - we did not find a violation of the X Rules or of local law in this post, so it remains available

The remaining posts in your request are still being looked at and we will
follow up on them separately.

Regards,
Maya
X Support

This email is a service from X Support. [ZD4512877-8KQ3]
"""))

cases.append(dict(
    name="x-followup-over-quoted-receipt",
    outcome="applied",
    imitates="agent follow-up typed above the quoted Zendesk 'request received' receipt in the same thread",
    why="own text: the two @jackpot_daily_k posts are withheld in South Korea (URLs on the lines below the statement); the quoted receipt says nothing",
    **{"from": "d.okafor@x.com"}, name_from="Daniel Okafor (X Legal Operations)",
    date="Thu, 12 Sep 2024 11:40:05 +0900",
    subject="Re: [X Support] Request received: KCSC-240903-01 Removal request (illegal gambling)",
    reply_to_req="req-240903-01",
    items={X5: "restricted", X6: "restricted"},
    body=f"""
Hi,

Following up on the ticket below. The two posts from @jackpot_daily_k have
now been withheld in South Korea:

{X5}
{X6}

They stay visible to people outside Korea.

Daniel
X Legal Operations

On Wed, Sep 4, 2024 at 9:03 AM X Support <support@x.com> wrote:
> {ZD_TOP}
>
> Your request (#04512877) has been received and is being reviewed by our
> support staff.
>
> To add additional comments, reply to this email.
>
> This email is a service from X Support. [ZD4512877-8KQ3]
"""))

cases.append(dict(
    name="x-reply-to-reminder-bullets",
    outcome="applied",
    imitates="agent reply to a regulator's overdue reminder, bullets above the Gmail-quoted reminder",
    why="three URLs with unhedged outcomes (two removed, one cannot be found); the other URLs appear only in the quoted reminder",
    **{"from": "priya.n@x.com"}, name_from="Priya N (X Legal Operations)",
    date="Tue, 17 Sep 2024 15:22:10 +0900",
    subject="Re: Reminder: removal request KCSC-240903-01 is overdue",
    extra_headers=reminder_headers("240903-01"),
    items={X7: "removed", X8: "removed", X9: "not_found", X10: "pending", X13: "pending"},
    body=f"""
Hello KCSC team,

Sorry for the slow reply. Here is an update on the outstanding items:

- {X7} - removed
- {X8} - removed
- {X9} - we could not find this post. The link returns an error on our side and we have no record of that ID.

We are still working through the rest.

Best,
Priya
X Legal Operations

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(chr(10).join(["Dear X,", "", "Our request KCSC-240903-01 of 3 September 2024 passed its deadline on",
                     "10 September. These items are still pending on our side:", ""] + XS[6:] +
                    ["", "Please tell us what was done with each of them.", "", "KCSC Takedown Desk"]))}
"""))

cases.append(dict(
    name="x-freshdesk-html-table",
    outcome="applied",
    imitates="Freshdesk-style HTML ticket update with a 'Reported URL / Outcome' table",
    why="HTML table, one outcome per URL: removed, withheld in KR, no violation, account suspended",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    subject="Ticket #88213 updated: KCSC-240903-01",
    reply_to_req="req-240903-01",
    type="html",
    items={X10: "removed", X11: "restricted", X12: "rejected", X13: "removed"},
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Sir or Madam,</p>
<p>Ticket <b>#88213</b> (your reference KCSC-240903-01) has been updated by our agent.
The outcome for each reported URL is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>No violation found &ndash; no action</td></tr>
<tr><td><a href="{X13}">{X13}</a></td><td>Account suspended</td></tr>
</table>
<p>You can view this ticket at any time in the <a href="https://legalrequests.x.com/portal/tickets/88213">legal request portal</a>.</p>
<p>Kind regards,<br>X Legal Support</p>
<p style="color:#888;font-size:11px">Please do not change the subject line when replying, so that your reply is added to the ticket.</p>
</body></html>
"""))

_csv = ("reported_url,action_taken,actioned_on\n"
        f"{X5},Removed,2024-09-12\n"
        f"{X6},Removed,2024-09-12\n"
        f"{X7},Withheld (South Korea),2024-09-12\n"
        f"{X8},Not found,2024-09-12\n")
cases.append(dict(
    name="x-jira-resolved-csv",
    outcome="applied",
    imitates="Jira Service Management 'request resolved' notification with the per-URL outcome in an attached CSV",
    why="CSV attachment: two removed, one withheld in South Korea, one not found",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    date="Thu, 12 Sep 2024 18:30:00 +0900",
    subject="[JIRA] (XLR-2291) KCSC-240903-01: Removal request - Resolved",
    reply_to_req="req-240903-01",
    items={X5: "removed", X6: "removed", X7: "restricted", X8: "not_found"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="jsm-338-5"

--jsm-338-5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—-—-—-—
Reply above this line.

Your request XLR-2291 "KCSC-240903-01: Removal request" has been resolved.

Resolution: Done

Hana Kwon commented:
The outcome for each URL is in the attached file xlr-2291-outcome.csv.

View request: https://legalrequests.x.com/servicedesk/customer/portal/4/XLR-2291
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management

--jsm-338-5
Content-Type: text/csv; charset=utf-8; name="xlr-2291-outcome.csv"
Content-Disposition: attachment; filename="xlr-2291-outcome.csv"
Content-Transfer-Encoding: base64

{b64lines(_csv.encode())}
--jsm-338-5--
"""))

cases.append(dict(
    name="x-helpscout-bare-url-status-below",
    outcome="applied",
    imitates="Help Scout-style agent reply: bare URL on one line, 'Status:' on the line below",
    why="each bare URL is followed by its own status line: removed, removed, no action (not in violation); the conversation link is a helpdesk page",
    **{"from": "sam@x.com"}, name_from="Sam from X Support",
    date="Sat, 14 Sep 2024 09:48:00 +0900",
    subject="Re: KCSC-240903-01 Removal request (illegal gambling) [#771204]",
    reply_to_req="req-240903-01",
    items={X1: "removed", X3: "removed", X4: "rejected"},
    body=f"""
Hi there,

Here is where things stand on the posts from KCSC-240903-01 that you
asked about in your last message:

{X1}
Status: Removed

{X3}
Status: Removed

{X4}
Status: No action - not in violation

Let me know if anything is unclear.

Sam | X Support

--
Reply to this email directly or view the conversation at
https://help.x.com/conversations/771204
"""))

cases.append(dict(
    name="x-outlook-over-original-message",
    outcome="applied",
    imitates="Outlook top-posted reply above '-----Original Message-----' with our full request unquoted below",
    why="the agent's own two sentences remove one post and suspend one account; the 13 URLs of the request below the Original Message line are our own text",
    **{"from": "jw.lim@x.com"}, name_from="Jae-won Lim",
    date="Wed, 11 Sep 2024 14:03:00 +0900",
    subject="RE: KCSC-240903-01 Removal request (illegal gambling)",
    reply_to_req="req-240903-01",
    items={X10: "removed", X13: "removed", X1: "pending", X11: "pending"},
    body=f"""
Good afternoon,

The post {X10} has been removed and the account {X13} has been permanently suspended.

We are still looking at the other URLs in your request and will send a
separate email about them.

Kind regards,
Jae-won Lim
X Korea | Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-01 Removal request (illegal gambling)

{request_text("KCSC-240903-01", XS, "Dear X Legal team,", "On 3 September 2024")}
"""))

cases.append(dict(
    name="x-partial-answer-rest-with-specialists",
    outcome="applied",
    imitates="partial answer on an open ticket: some posts actioned, others still with a specialist team",
    why="x3 and x4 removed (bullets); x5 and x6 are explicitly still being reviewed, so they stay pending",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 17:15:00 +0900",
    subject="[X Support] Update on request #04512877 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    items={X3: "removed", X4: "removed", X5: "pending", X6: "pending"},
    body=f"""
{ZD_TOP}

Hello,

This is a partial update on your request. We removed these two posts today:

  * {X3}
  * {X4}

The two posts by @jackpot_daily_k ({X5} and
{X6}) are still with our specialist team. We will come
back to you once they have made a decision.

Thanks,
X Support

This email is a service from X Support. [ZD4512877-8KQ3]
"""))

cases.append(dict(
    name="x-wrapped-angle-bracket-urls",
    outcome="applied",
    imitates="plain-text agent reply whose mail client wrapped a long URL inside angle brackets",
    why="a wrapped <URL> removed; the second post was already deleted by its owner before review (not_found)",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 20:11:00 +0900",
    subject="Re: [X Support] #04512877 powerball_pick posts",
    reply_to_req="req-240903-01",
    items={X11: "removed", X12: "not_found"},
    body="""
Hi,

About your ticket: the post at <https://x.com/powerball_pick/status/
1830077788899900014> has been removed. The other post,
<https://x.com/powerball_pick/status/1830077788899900015>, had already been
deleted by the account owner before we reviewed it, so there was nothing
left for us to act on.

Thanks,
Lena
X Support
"""))

cases.append(dict(
    name="x-echoed-report-decisions",
    outcome="applied",
    imitates="legal request form outcome mail echoing each report's fields (Report ID, Reported URL, Decision)",
    why="echoed report blocks, each with its own Decision: one removed globally, one no violation and not withheld",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject="Your reports have been reviewed (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    items={X8: "removed", X9: "rejected"},
    body=f"""
Your reports have been reviewed.

Report ID: LR-2024-0913-5521
Reported URL: {X8}
Reported under: Illegal gambling (South Korea)
Decision: Content removed globally for violating the X Rules

Report ID: LR-2024-0913-5522
Reported URL: {X9}
Reported under: Illegal gambling (South Korea)
Decision: No action. We found no violation of the X Rules, and the post is not withheld in any country.

You can see the status of all your reports at https://help.x.com/forms/legal/status

X Corp.
"""))

cases.append(dict(
    name="x-fwd-original-with-own-note",
    outcome="applied",
    imitates="agent forwarding our original request back into the thread with a note of their own on top",
    why="the agent's own unquoted note says x1 and x2 were removed; the forwarded part is only our request (x3 stays pending); arguable, see NOTES",
    **{"from": "jw.lim@x.com"}, name_from="Jae-won Lim",
    date="Thu, 12 Sep 2024 19:40:00 +0900",
    subject="Fwd: KCSC-240903-01 Removal request (illegal gambling)",
    items={X1: "removed", X2: "removed", X3: "pending"},
    body=f"""
Hi KCSC team,

For your records: the two @lucky7_casino_kr posts
({X1} and
{X2}) were removed on 12 September.
I am forwarding your original request below so that the thread stays
together on your side.

Jae-won

---------- Forwarded message ---------
From: KCSC Takedown <takedown@kcsc.example>
Date: Tue, Sep 3, 2024 at 10:00 AM
Subject: KCSC-240903-01 Removal request (illegal gambling)
To: <legal@x.com>

{request_text("KCSC-240903-01", XS[:6], "Dear X Legal team,", "On 3 September 2024")}
"""))

# ================================================================ Discord
cases.append(dict(
    name="discord-ticket-reply-bullets",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply (Zendesk footer) with one bullet per reported link",
    why="four bullets: server behind invite deleted, two messages removed, one invite invalid/expired and matched to no server",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 05:21:00 +0000",
    subject="Re: Removal request KCSC-240904-02 [#DSC-5520931]",
    reply_to_req="req-240904-02",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
    body=f"""
Hi KCSC,

Thanks for the report. Our Safety team reviewed the four links:

• Server behind the invite {D1}: the server has been deleted and its owner's account banned.
• {D2}: message removed.
• {D3}: message removed.
• {D4}: this invite is invalid or has expired, and we could not match it to any server.

Best,
Ren
Discord Trust & Safety

--
Ticket #DSC-5520931 | Reply to this email to add a comment to your ticket.
"""))

_qp_body = f"""Hello,

Update on ticket #DSC-5520931 (your reference KCSC-240904-02).

We have deleted the following messages for breaking our policy on the sale of forged documents:

{D2}
{D3}

The server they were posted in is still under review.

Discord Trust & Safety
"""
cases.append(dict(
    name="discord-qp-soft-wrapped-urls",
    outcome="applied",
    imitates="Discord ticket update sent quoted-printable, long message links split by soft line breaks",
    why="two message links (soft-wrapped in QP) deleted; the server is still under review and is not named",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 02:10:00 +0000",
    subject="Re: Removal request KCSC-240904-02 [#DSC-5520931]",
    reply_to_req="req-240904-02",
    items={D2: "removed", D3: "removed", D1: "pending"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + quopri.encodestring(_qp_body.encode()).decode(),
))

cases.append(dict(
    name="discord-followup-no-violation-over-quote",
    outcome="applied",
    imitates="second agent reply in the same ticket closing the last link, previous reply quoted below",
    why="own text: the server behind d1 breaks no rule and no action was taken (rejected); d2's removal is only in the quoted earlier reply",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject="Re: Re: Removal request KCSC-240904-02 [#DSC-5520931]",
    reply_to_req="req-240904-02",
    items={D1: "rejected", D2: "pending"},
    body=f"""
Hi again,

Closing the loop on the last link from your request. We reviewed the server
reached through {D1} and did not find content that
breaks Discord's Terms of Service or Community Guidelines, so we have not
taken action on it.

Our Community Guidelines are at https://discord.com/guidelines for reference.

Best,
Ren
Discord Trust & Safety

On Wed, Sep 11, 2024 at 2:10 AM Discord Trust & Safety <safety@discord.com> wrote:
> Hello,
>
> We have deleted the following message for breaking our policy on the
> sale of forged documents:
>
> {D2}
>
> Discord Trust & Safety
"""))

# ================================================================== Kakao
cases.append(dict(
    name="kakao-cs-answer-numbered-korean",
    outcome="applied",
    imitates="Kakao 고객센터 '문의하신 내용에 대한 답변입니다' ticket answer with numbered per-URL results",
    why="open chat deleted (삭제), Daum cafe post 게시중단 (raw Korean URL followed by a particle), brunch post 비공개 처리",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 14:30:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 20240905-3318271)",
    reply_to_req="req-240905-03",
    items={K1: "removed", K2: "removed", K3: "removed"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-03)의 처리 결과를 안내드립니다.

1. {K1}
   → 운영정책 위반으로 해당 오픈채팅방을 삭제하였으며, 방장 계정의 오픈채팅 이용을 영구 제한하였습니다.
2. {K2_RAW} 은 카페 게시판에서 게시중단 처리하였습니다.
3. {K3} 글은 비공개 처리되었습니다.

추가 문의사항이 있으시면 본 메일에 회신해 주시기 바랍니다.
감사합니다.

카카오 고객센터 드림
※ 본 메일은 문의번호 20240905-3318271 에 대한 답변입니다.
"""))

_k_b64 = f"""안녕하세요. Daum 카페 권리보호센터입니다.

접수번호 CAFE-2409-55102 (귀 위원회 문서번호 KCSC-240905-03) 처리 결과를 알려드립니다.

- 대상 게시물: {K2}
- 조치 내용: 임시조치(30일). 해당 기간 동안 게시물에 대한 접근이 제한됩니다.

- 대상 게시물: {K3}
- 조치 내용: 삭제

오픈채팅 관련 건은 카카오톡 담당 부서에서 별도로 회신드릴 예정입니다.

Daum 카페 권리보호센터
"""
cases.append(dict(
    name="kakao-daum-cafe-base64-imsi",
    outcome="applied",
    imitates="Daum 카페 권리보호센터 처리 결과 mail, base64 body, 임시조치 and 삭제 per post",
    why="base64 body: cafe post 임시조치 (30일, 접근 제한) restricted, brunch post 삭제 removed; the open chat is left to another team (pending)",
    **{"from": "cafe-rights@daum.net"}, name_from="Daum 카페 권리보호센터",
    date="Tue, 10 Sep 2024 10:12:00 +0900",
    subject="[Daum 카페] 권리침해 신고 처리 결과 안내 (CAFE-2409-55102)",
    reply_to_req="req-240905-03",
    items={K2: "restricted", K3: "removed", K1: "pending"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64lines(_k_b64.encode()) + "\n",
))

cases.append(dict(
    name="kakao-openchat-already-deleted",
    outcome="applied",
    imitates="Kakao 고객센터 answer: open chat room already deleted by its owner, nothing left to act on",
    why="the open chat named in parentheses no longer exists (deleted by its owner): not_found; the other two posts get a promise only",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 16:55:00 +0900",
    subject="[카카오 고객센터] 답변: 오픈채팅방 신고 건 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    items={K1: "not_found", K2: "pending", K3: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 오픈채팅방({K1})은 확인 결과 이미 방장에 의해 삭제되어
현재 존재하지 않는 채팅방입니다. 따라서 별도의 조치는 진행되지 않았습니다.

나머지 두 건은 담당 부서에서 검토한 뒤 별도로 회신드리겠습니다.

감사합니다.
카카오 고객센터
"""))

# ================================================================= Reddit
cases.append(dict(
    name="reddit-safety-grouped-headings",
    outcome="applied",
    imitates="Reddit Safety government-request outcome grouped under headings (Removed / Community banned / Account suspended / No action)",
    why="each heading states the outcome for the URLs listed under it: 2 removed, subreddit banned, account suspended, 1 no action",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Thu, 12 Sep 2024 03:30:00 +0000",
    subject="Re: [Ticket #7718203] Government removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    items={R1: "removed", R2: "removed", R3: "removed", R4: "removed", R5: "rejected"},
    body=f"""
Hello,

Reddit's Safety team has finished reviewing your request. The results are below.

Removed:
- {R1}
- {R2}

Community banned:
- {R3}

Account suspended:
- {R4}

No action taken (the content does not violate Reddit's Content Policy):
- {R5}

More about how we handle government requests: https://www.redditinc.com/policies/transparency-report

Reddit Safety
Ticket #7718203
"""))

cases.append(dict(
    name="reddit-result-over-quoted-receipt",
    outcome="applied",
    imitates="Reddit Help agent result typed above the quoted automatic ticket receipt",
    why="own text: subreddit banned and account permanently suspended, URLs in parentheses; the quoted receipt states nothing",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Wed, 11 Sep 2024 22:05:00 +0000",
    subject="Re: [Ticket #7718203] Government removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    items={R3: "removed", R4: "removed"},
    body=f"""
Thanks for your patience.

r/kr_pharma_deals ({R3}) has been banned for
violating Rule 3 of our Content Policy, and the account u/candyman_seoul
({R4}) has been permanently suspended.

Reddit Help

On Fri, Sep 6, 2024 at 11:20 AM Reddit Help <support@reddit.com> wrote:
> Hi there,
>
> Thanks for contacting Reddit. We have received your request and created
> ticket #7718203. A member of our team will get back to you as soon as
> possible. Please do not open a new ticket for the same request.
>
> Reddit Help
"""))

cases.append(dict(
    name="reddit-url-on-line-below-statement",
    outcome="applied",
    imitates="Reddit ticket update where each URL sits on the line below its sentence",
    why="'was removed' then the comment URL on the next line; 'unable to locate' then the post URL (the author guess is only a reason)",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Fri, 13 Sep 2024 06:40:00 +0000",
    subject="Re: [Ticket #7718203] Government removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    items={R5: "removed", R2: "not_found"},
    body=f"""
Update on ticket #7718203.

The following comment was removed by the Safety team on September 13:
{R5}

We were unable to locate the following post. It may have been deleted by
its author before our review:
{R2}

Reddit Safety
"""))

# =============================================================== Telegram
cases.append(dict(
    name="telegram-case-number-reply",
    outcome="applied",
    imitates="Telegram abuse desk reply quoting its own Case # in the subject and body",
    why="one post blocked and no longer accessible on Telegram (removed), the other restricted for users in Korea",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 12:02:00 +0400",
    subject="Re: Case #4471209 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    items={T1: "removed", T2: "restricted"},
    body=f"""
Hello,

Regarding Case #4471209.

The post {T1} was blocked and is no longer accessible on Telegram.

The post {T2} has been restricted for users in the Republic of Korea.

Telegram Abuse Team
"""))

# ================================================================ YouTube
cases.append(dict(
    name="youtube-one-item-no-url",
    outcome="applied",
    imitates="YouTube legal support closing reply 'we have removed the content you reported', no URL",
    why="sole statement answering a one-item request referenced by number and thread: removed",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:17:00 +0000",
    subject="Re: KCSC-240910-06 Legal removal request [0-4418000033211]",
    reply_to_req="req-240910-06",
    items={Y1: "removed"},
    body="""
Hello,

Thank you for contacting YouTube.

In accordance with our policies, we have removed the content you reported.

Regards,
The YouTube Team
[0-4418000033211]
"""))

cases.append(dict(
    name="youtube-age-restricted",
    outcome="applied",
    imitates="YouTube legal support outcome: video age-restricted after review",
    why="the video is age-restricted (restricted), not removed",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:50:00 +0000",
    subject="Re: KCSC-240910-06 Legal removal request [0-4418000033211]",
    reply_to_req="req-240910-06",
    items={Y1: "restricted"},
    body=f"""
Hello,

Following our review, the video {Y1} has been
age-restricted. It can no longer be watched by signed-out viewers or by
users under 18, and it cannot be embedded on other websites.

For more information see https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
"""))

cases.append(dict(
    name="youtube-reply-to-reminder-gmail-quote",
    outcome="applied",
    imitates="YouTube legal reply to our reminder, Gmail '> ' quoting below",
    why="own sentence: the video was blocked from view in South Korea (restricted); the quoted reminder repeats the URL",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support (KR)",
    date="Wed, 18 Sep 2024 02:30:00 +0000",
    subject="Re: Reminder: removal request KCSC-240910-06 is overdue",
    extra_headers=reminder_headers("240910-06"),
    items={Y1: "restricted"},
    body=f"""
Hello,

We blocked the video at {Y1} from view in
South Korea on 12 September, based on local law. It remains available in
other countries.

Regards,
Google Legal Support

On Wed, Sep 18, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Our request KCSC-240910-06 of 10 September 2024 passed its deadline on
> 17 September. This item is still pending on our side:
>
> {Y1}
>
> Please tell us what was done with it.
>
> KCSC Takedown Desk
"""))

# ================================================================== NAVER
cases.append(dict(
    name="naver-html-table-result",
    outcome="applied",
    imitates="NAVER 시정요구 조치결과 회신 with an HTML table (번호 / URL / 조치결과 / 조치일)",
    why="table rows: blog post 게시중단 (removed), cafe post 접근제한(국내) (restricted), raw Korean cafe path",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240911-07)",
    reply_to_req="req-240911-07",
    type="html",
    items={N1: "removed", N2: "restricted"},
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240911-07)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>접근제한(국내)</td><td>2024-09-13</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""))

cases.append(dict(
    name="naver-angle-brackets-particles",
    outcome="applied",
    imitates="NAVER 고객센터 plain reply, URLs in angle brackets followed by Korean particles",
    why="blog post 삭제 (removed), cafe post 블라인드 처리 (removed); URLs followed by 는/의 and a full-width comma",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 11:20:00 +0900",
    subject="Re: [KCSC-240911-07] 불법 거래 게시물 삭제 요청",
    reply_to_req="req-240911-07",
    items={N1: "removed", N2: "removed"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

<{N1}>는 운영정책 위반으로 삭제하였습니다，
<{N2_RAW}>의 게시글은 카페 내 블라인드 처리되었습니다.

감사합니다.
네이버 고객센터 (문의번호 2409-118820)
"""))

# ================================================================ reviews
cases.append(dict(
    name="x-promise-in-reminder-reply",
    outcome="review", review="not_understood",
    imitates="agent reply to our reminder promising removal by the end of the week",
    why="'will be removed by the end of this week' is a promise, not a statement; names requested items",
    **{"from": "priya.n@x.com"}, name_from="Priya N (X Legal Operations)",
    date="Mon, 16 Sep 2024 13:02:00 +0900",
    subject="Re: Reminder: removal request KCSC-240903-01 is overdue",
    extra_headers=reminder_headers("240903-01"),
    items={X3: "pending", X4: "pending"},
    body=f"""
Hi,

Thanks for the nudge. The posts from @toto_banker88
({X3} and {X4})
have been escalated and will be removed by the end of this week. We will
confirm once it is done.

Priya
X Legal Operations
"""))

cases.append(dict(
    name="discord-hedged-invite",
    outcome="review", review="not_understood",
    imitates="Discord agent quick note on an open ticket with a hedged observation",
    why="'appears to have been deleted' and 'can't yet tell' are hedges; nothing stated about d1",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="Re: Removal request KCSC-240904-02 [#DSC-5520931]",
    reply_to_req="req-240904-02",
    items={D1: "pending"},
    body=f"""
Hi,

Quick note on ticket #DSC-5520931: the invite {D1} appears to
have been deleted already. It does not resolve for us, but we can't yet
tell whether the server itself is gone. We'll update you once we know more.

Ren
Discord Trust & Safety
"""))

cases.append(dict(
    name="reddit-solved-all-content-bulk",
    outcome="review", review="bulk",
    imitates="Zendesk 'ticket solved' macro: 'all of the content listed in your request has been removed'",
    why="one statement about all content of a five-item request, no URL named: bulk",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="[Ticket #7718203] Solved: Government removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    items={R1: "pending", R3: "pending"},
    body=f"""
{ZD_TOP}

Your ticket #7718203 has been solved.

Hello,

All of the content listed in your request KCSC-240906-04 has been removed
from Reddit. Thank you for helping keep Reddit safe.

Reddit Help

If you reply to this email, the ticket will be reopened.
"""))

cases.append(dict(
    name="kakao-all-three-deleted-bulk",
    outcome="review", review="bulk",
    imitates="Kakao 고객센터 short answer: 요청하신 게시물 3건 모두 삭제",
    why="'3건 모두 삭제' covers a three-item request without naming each URL: bulk",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 17:10:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 20240905-3318271)",
    reply_to_req="req-240905-03",
    items={K1: "pending"},
    body="""
안녕하세요, 카카오 고객센터입니다.

KCSC-240905-03 건으로 요청하신 게시물 3건 모두 삭제 조치를 완료하였습니다.

감사합니다.
카카오 고객센터 드림
"""))

cases.append(dict(
    name="x-dmarc-fail-removal",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X Support solved notice arriving with failed DKIM/SPF/DMARC",
    why="x.com sender but authentication failed: its statements cannot be applied",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 03:33:00 +0900",
    subject="[X Support] Your request (#04512877) has been solved",
    reply_to_req="req-240903-01",
    items={X1: "pending", X2: "pending"},
    body=f"""
{ZD_TOP}

Your request (#04512877) has been solved.

Hello,

The following posts have been removed:
{X1}
{X2}

X Support
"""))

cases.append(dict(
    name="x-zendesk-host-domain-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk's own *.zendesk.com address instead of the platform's domain",
    why="sender domain xcorp-help.zendesk.com is no configured platform domain, though it names our request and a URL",
    **{"from": "support@xcorp-help.zendesk.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 09:09:00 +0900",
    subject="[X Support] Re: KCSC-240903-01 Removal request (illegal gambling)",
    reply_to_req="req-240903-01",
    items={X7: "pending"},
    body=f"""
{ZD_TOP}

Alex (X Support)

Hello,

We've removed {X7} for violating our
illegal goods and services policy.

This email is a service from X Support.
"""))

cases.append(dict(
    name="youtube-about-telegram-links",
    outcome="review", review="wrong_platform",
    imitates="Google legal support reply to a request mis-sent to them: the links are not on a Google service",
    why="google.com (YouTube) states that the two Telegram items could not be found on its service: claims about another platform's items",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support (KR)",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240909-05 Removal request (drugs)",
    items={T1: "pending", T2: "pending"},
    body=f"""
Hello,

We reviewed the two URLs in your message:

{T1}
{T2}

These links point to Telegram, not to a Google service, and we could not
find this content on YouTube. Please contact the service that hosts it.

Regards,
Google Legal Support
"""))

cases.append(dict(
    name="reddit-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal ticket asking for the court order / statute before acting",
    why="asks us for documents before any action on the two named posts; nothing is stated about them",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 19:30:00 +0000",
    subject="Re: [Ticket #7718203] Government removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    items={R1: "pending", R2: "pending"},
    body=f"""
Hello,

Before we can process your request for these posts:

{R1}
{R2}

we need a copy of the legal order, or the specific provision of Korean
law that each post is said to violate. Please reply to this email with
those documents and we will continue our review.

Thank you,
Reddit Legal
"""))

cases.append(dict(
    name="naver-hedged-and-promised-korean",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 interim answer: 작성자 삭제로 보이나 검토 중, 카페 운영진 전달 후 조치 예정",
    why="'삭제된 것으로 보이나 … 검토 중' is a hedge and '조치 예정' a promise: nothing stated",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240911-07] 불법 거래 게시물 삭제 요청",
    reply_to_req="req-240911-07",
    items={N1: "pending", N2: "pending"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N1} 게시물은 작성자에 의해 이미 삭제된 것으로
보이나, 정확한 확인을 위해 담당 부서에서 검토 중입니다.

{N2_RAW} 게시물은 카페 운영진에게 전달하였으며
조치 예정입니다.

결과가 확인되는 대로 다시 안내드리겠습니다.
네이버 고객센터
"""))

cases.append(dict(
    name="discord-csat-survey",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey ('How would you rate the support you received?')",
    why="trusted Discord mail naming no item and no request of ours (only its own ticket number and survey links); arguable, see NOTES",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Sun, 15 Sep 2024 08:00:00 +0000",
    subject="How would you rate the support you received?",
    items={},
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking one of the links below:

How would you rate the support you received?

Good, I'm satisfied: https://support.discord.com/requests/5520931/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/requests/5520931/satisfaction/bad

Here's a reminder of what your request was about: ticket #5520931.

Discord Support
"""))

cases.append(dict(
    name="daum-cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="cafe operator writing from a personal Gmail address that he deleted the post himself",
    why="gmail.com is no platform domain; the statement about the cafe post cannot be applied",
    **{"from": "starlight.cafe.mgr@gmail.com"}, name_from="별빛모임 카페지기",
    date="Sat, 07 Sep 2024 21:15:00 +0900",
    subject="Re: KCSC-240905-03 게시물 삭제 요청 관련",
    items={K2: "pending"},
    body=f"""
안녕하세요, 별빛모임 카페 매니저입니다.

카카오에서 전달받은 위원회 요청 게시글 {K2_RAW} 은
제가 오늘 오후에 삭제하였습니다. 앞으로 카페 관리에 더 신경쓰겠습니다.

별빛모임 카페지기 드림
"""))

cases.append(dict(
    name="discord-agent-forwards-escalation",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="agent forwarding an internal escalations-team note into the ticket thread",
    why="the only statements are inside the forwarded message; the agent's own text says nothing about any item",
    **{"from": "ren@discord.com"}, name_from="Ren (Discord Trust & Safety)",
    date="Thu, 12 Sep 2024 04:30:00 +0000",
    subject="Fwd: Safety escalation DSC-5520931 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    items={D2: "pending", D3: "pending"},
    body=f"""
Hi KCSC,

See the note from our escalations team below.

Ren

---------- Forwarded message ---------
From: Discord Escalations <escalations@discord.com>
Date: Thu, Sep 12, 2024 at 3:58 AM
Subject: Safety escalation DSC-5520931 (KCSC-240904-02)
To: Ren <ren@discord.com>

Ren, both messages were removed this morning and the poster's account is banned:
{D2}
{D3}
"""))

# ================================================================ ignored
cases.append(dict(
    name="x-zendesk-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Request received' auto-acknowledgement",
    why="pure receipt: ticket number, no statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 09:03:00 +0900",
    subject="[X Support] Request received: KCSC-240903-01 Removal request (illegal gambling)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    items={},
    body=f"""
{ZD_TOP}

Your request (#04512877) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from X Support. [ZD4512877-8KQ3]
"""))

cases.append(dict(
    name="kakao-cs-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 '문의가 정상적으로 접수되었습니다' receipt",
    why="pure Korean receipt with an inquiry number",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 09:41:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다. (문의번호: 20240905-3318271)",
    reply_to_req="req-240905-03",
    items={},
    body="""
안녕하세요, 카카오 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: 20240905-3318271

접수된 순서대로 확인한 뒤 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
"""))

cases.append(dict(
    name="discord-agent-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="agent's out-of-office auto-reply in the ticket thread",
    why="out-of-office auto-reply",
    **{"from": "ren@discord.com"}, name_from="Ren (Discord Trust & Safety)",
    date="Mon, 16 Sep 2024 00:01:00 +0000",
    subject="Automatic reply: Re: Removal request KCSC-240904-02 [#DSC-5520931]",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    items={},
    body="""
Hi,

I'm out of the office until Monday 23 September with limited access to
email. For urgent safety matters please write to safety@discord.com, and
a colleague will pick up your ticket.

Ren
"""))

_dsn_headers = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: Reminder: removal request KCSC-240906-04 is overdue
Date: Mon, 16 Sep 2024 10:00:00 +0900
Message-ID: <reminder.240906-04.1@kcsc.example>"""
cases.append(dict(
    name="reddit-dsn-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification for a reminder sent to a dead address",
    why="DSN: our reminder could not be delivered",
    **{"from": "MAILER-DAEMON@reddit.com"}, name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-338-12"

--dsn-338-12
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.reddit.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.com>: host mail.reddit.com said: 550 5.1.1
    <legal-requests@reddit.com>: Recipient address rejected: User unknown

--dsn-338-12
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.reddit.com
Arrival-Date: Mon, 16 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-338-12
Content-Type: text/rfc822-headers

{_dsn_headers}

--dsn-338-12--
"""))

cases.append(dict(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN) in Korean, 읽음:",
    why="MDN: the request was displayed, no statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 10:32:00 +0900",
    subject="읽음: [KCSC-240911-07] 불법 거래 게시물 삭제 요청",
    reply_to_req="req-240911-07",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-338-13"

--mdn-338-13
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: policy@navercorp.com
  제목: [KCSC-240911-07] 불법 거래 게시물 삭제 요청
  보낸 날짜: 2024-09-11 오전 10:20

위 메시지를 2024-09-11 오전 10:32에 읽었습니다.

--mdn-338-13
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240911-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-338-13--
"""))

cases.append(dict(
    name="telegram-case-registered",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk receipt assigning a Case number",
    why="pure receipt: case registered, moderators will review (no item named)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 15:20:00 +0400",
    subject="Case #4471209 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    items={},
    body="""
Hello,

Thank you for your report. We have registered it as Case #4471209.
Our moderators will review it and take action on content that breaks
Telegram's Terms of Service.

Please keep this case number in any further correspondence.

Telegram Abuse Team
"""))

cases.append(dict(
    name="x-jira-receipt-echoes-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the submitted form fields",
    why="receipt that only echoes the URLs we sent; no statement about any of them (arguable, see NOTES)",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    date="Tue, 03 Sep 2024 10:04:00 +0900",
    subject="[JIRA] (XLR-2291) KCSC-240903-01: Removal request - received",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    items={X10: "pending", X11: "pending"},
    body=f"""
—-—-—-—-—-—-—-—
Reply above this line.

We've received your request XLR-2291 and an agent will look at it soon.

Summary of what you submitted
  Request type: Government / regulator removal request
  Reference: KCSC-240903-01
  Reported URLs:
    {X10}
    {X11}
  Description: illegal gambling promotion

What happens next: an agent will review your request and reply here.

View request: https://legalrequests.x.com/servicedesk/customer/portal/4/XLR-2291
Powered by Jira Service Management
"""))

# Non-ASCII display names are sent RFC 2047-encoded, as Korean mailers do.
from email.header import Header  # noqa: E402
for _c in cases:
    _n = _c.get("name_from", "")
    if any(ord(ch) > 127 for ch in _n):
        _c["name_from"] = Header(_n, "utf-8").encode()
# The Kakao and NAVER subjects of two cases are encoded too (the rest stay raw UTF-8).
for _c in cases:
    if _c["name"] in ("kakao-cs-receipt-korean", "naver-html-table-result"):
        _c["subject"] = Header(_c["subject"], "utf-8").encode()

HEADER = """# Blind set 338 (ticket systems and threads). Written by tests/corpus/blind338/make.py
# from each email's meaning alone, before the reader was run on it. Each case is
# ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind338", HEADER, cases)
