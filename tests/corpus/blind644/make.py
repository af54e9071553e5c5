#!/usr/bin/env python3
"""Blind set 644: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning, before any
run of the reader. Deterministic:

    python3 tests/corpus/blind644/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
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

SET = "blind644"

# ---------------------------------------------------------------- requests
# Discord, KCSC-240903-01 (largest, 12 items)
D_INV1 = "https://discord.gg/q7kWbR2x"
D_INV2 = "https://discord.gg/lunapills"
D_MSG1 = "https://discord.com/channels/1173300000000000011/1173300000000000201/1281100000000000501"
D_MSG2 = "https://discord.com/channels/1173300000000000011/1173300000000000201/1281100000000000777"
D_MSG3 = "https://discord.com/channels/1173300000000000011/1173300000000000305/1281200000000000042"
D_MSG4 = "https://discord.com/channels/1190400000000000022/1190400000000000088/1282000000000000900"
D_MSG5 = "https://discord.com/channels/1190400000000000022/1190400000000000088/1282000000000001234"
D_INV3 = "https://discord.gg/Zt5mHc9a"
D_INV4 = "https://discord.gg/betgarden"
D_INV5 = "https://discord.gg/seoulcasino24"
D_INV6 = "https://discord.gg/Hx3pQe8v"
D_MSG6 = "https://discord.com/channels/1201500000000000033/1201500000000000144/1283300000000000055"
DISCORD = [D_INV1, D_INV2, D_MSG1, D_MSG2, D_MSG3, D_MSG4, D_MSG5, D_INV3, D_INV4, D_INV5, D_INV6, D_MSG6]

# X, KCSC-240904-02 (4 items)
X1 = "https://x.com/moonlit_trader/status/1831000000000000101"
X2 = "https://x.com/moonlit_trader/status/1831000000000000222"
X3 = "https://x.com/kr_betlink/status/1831200000000000333"
X4 = "https://x.com/pink_jelly_shop"
XS = [X1, X2, X3, X4]

# YouTube, KCSC-240905-03 (3 items)
YT1 = "https://www.youtube.com/watch?v=Qm3xT8vLp2A"
YT2 = "https://www.youtube.com/watch?v=Hz7Rk1Wd9sE"
YT3 = "https://www.youtube.com/@slotking_kr"
YTS = [YT1, YT2, YT3]

# NAVER, KCSC-240906-04 (5 items)
N1 = "https://blog.naver.com/sunny_fox77/223500000101"
N2 = "https://blog.naver.com/sunny_fox77/223500000102"
N3 = "https://cafe.naver.com/bluehorizon88/4512"
N4 = "https://cafe.naver.com/bluehorizon88/4530"
N5 = "https://blog.naver.com/PostView.naver?blogId=minty_k&logNo=223511112222"
NS = [N1, N2, N3, N4, N5]

# Telegram, KCSC-240909-05 (2 items)
T1 = "https://t.me/jackpot_room_kr"
T2 = "https://t.me/jackpot_room_kr/5521"
TS = [T1, T2]

# Kakao (Tistory, Daum cafe), KCSC-240910-06 (3 items)
K1 = "https://goldpill.tistory.com/entry/%EC%A0%95%ED%92%88-%EC%A7%81%EA%B5%AC-%EC%95%88%EB%82%B4"
K1_RAW = "https://goldpill.tistory.com/entry/정품-직구-안내"
K2 = "https://goldpill.tistory.com/42"
K3 = "https://cafe.daum.net/nightbet/Ab1c/2207"
KS = [K1, K2, K3]

# YouTube, KCSC-240911-07 (1 item)
YS1 = "https://www.youtube.com/shorts/Pq4nLw8Yt3K"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "discord", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", DISCORD, "gambling and drug-trade servers"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drug_trade", XS, ""),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", YTS, ""),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_medicine", NS, ""),
    ("KCSC-240909-05", "telegram", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", TS, ""),
    ("KCSC-240910-06", "kakao", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_medicine", KS, "Tistory and Daum cafe"),
    ("KCSC-240911-07", "youtube", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [YS1], "single short"),
]


def req_mid(ref):
    return "kcsc-req-" + ref[5:]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


def request_text(ref, platform, urls):
    return (
        f"Dear {platform} team,\n\n"
        "The Korea Communications Standards Commission (KCSC) requests that you\n"
        "remove or disable access to the content below, which breaches Korean law.\n\n"
        f"Reference: {ref}\n\n"
        f"{numbered(urls)}\n\n"
        "Please tell us the action taken for each URL.\n\n"
        "KCSC Takedown Desk\n"
    )


def reminder_text(ref, urls):
    return (
        "Dear colleagues,\n\n"
        f"We have not yet received your answer to our request {ref}. The items\n"
        "below are still pending on our side:\n\n"
        f"{numbered(urls)}\n\n"
        "Please let us know the status of each item at your earliest convenience.\n\n"
        "KCSC Takedown Desk\n"
    )


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def reminder_headers(ref):
    r = req_mid(ref)
    return [
        f"In-Reply-To: <reminder.{ref}.1@kcsc.example>",
        f"References: <{r}@kcsc.example> <reminder.{ref}.1@kcsc.example>",
    ]


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="discord-zendesk-update-partial-list",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 06 Sep 2024 11:02:31 -0700",
    subject="[Discord] Update on request #4821397: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#4821397) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mara (Discord Safety)

Sep 6, 2024, 11:02 PDT

Hello KCSC team,

Thank you for your patience. Our Safety team has finished reviewing part of the links in your request KCSC-240903-01. Here is where things stand:

- {D_INV1} - we removed the server this invite pointed to; the invite no longer works.
- {D_INV2} - server removed, and the owner's account has been disabled.
- {D_MSG1} - message deleted.
- {D_MSG2} - we could not find this message on Discord. It does not exist on our service.

We are still working through the other links and will write again in this ticket.

Best,
Mara
Discord Safety

----------------------------------------------

This email is a service from Discord Safety. Delivered by Zendesk

[Y8K2Q0-RZ41]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent-update notification from a platform safety desk (reply-above-this-line banner, agent comment with a bulleted list)",
    why="four links each named with an unhedged result; the rest promised later",
    items={D_INV1: "removed", D_INV2: "removed", D_MSG1: "removed", D_MSG2: "not_found"},
)

case(
    name="discord-zendesk-followup-with-history",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Mon, 09 Sep 2024 09:15:02 -0700",
    subject="[Discord] Update on request #4821397: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#4821397) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mara (Discord Safety)

Sep 9, 2024, 09:15 PDT

Hi again,

Following up on the remaining links from this ticket.

{D_MSG3}
Removed. The message was deleted and the poster received a strike.

{D_MSG4}
Removed.

{D_MSG5}
We reviewed this message and it does not break Discord's Terms of Service or Community Guidelines, so it will stay up.

{D_INV3}
This invite is invalid: it has expired and does not lead to any server.

Three invites are still open on our side (discord.gg/betgarden, discord.gg/seoulcasino24 and discord.gg/Hx3pQe8v). We'll get back to you on those shortly.

Mara

----------------------------------------------

Mara (Discord Safety)

Sep 6, 2024, 11:02 PDT

Hello KCSC team,

Thank you for your patience. Here is where things stand on the first links:

- {D_INV1} - we removed the server this invite pointed to.
- {D_MSG1} - message deleted.

----------------------------------------------

This email is a service from Discord Safety. Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, with the earlier agent comment shown unquoted below it (Zendesk's thread history layout)",
    why="four new results with the URL on the line above; the platform's own earlier comment in the history is also its statement; three invites named as still open stay pending",
    items={D_MSG3: "removed", D_MSG4: "removed", D_MSG5: "rejected", D_INV3: "not_found",
           D_INV1: "removed", D_MSG1: "removed",
           D_INV4: "pending", D_INV5: "pending", D_INV6: "pending"},
)

case(
    name="discord-freshdesk-html-table",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:40:11 -0700",
    subject="Ticket #88120 - KCSC-240903-01 - outstanding links",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown Desk,</p>
<p>Please find below the outcome for the links that were still open in your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action</th><th>Result</th></tr>
<tr><td><a href="{D_INV4}">{D_INV4}</a></td><td>Server removed</td><td>Closed</td></tr>
<tr><td><a href="{D_INV5}">{D_INV5}</a></td><td>None - invite not found (invalid link)</td><td>Closed</td></tr>
<tr><td><a href="{D_INV6}">{D_INV6}</a></td><td>None - no violation of our policies found, content stays up</td><td>Closed</td></tr>
<tr><td><a href="{D_MSG6}">{D_MSG6}</a></td><td>Message deleted</td><td>Closed</td></tr>
</table>
<p>If you believe a decision is wrong, you can reply to this ticket. See also our <a href="https://discord.com/safety/government-requests">guidance for government requests</a>.</p>
<p>Kind regards,<br>Noah<br>Discord Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">Ticket #88120 | Status: Resolved | Powered by Freshdesk</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk resolved-ticket reply with an HTML outcome table",
    why="one table row per link with an unambiguous action; help link is not an item",
    items={D_INV4: "removed", D_INV5: "not_found", D_INV6: "rejected", D_MSG6: "removed"},
)

CSV_ROWS = [
    ("link", "decision", "detail"),
    (D_INV1, "Removed", "Server deleted"),
    (D_INV2, "Removed", "Server deleted; owner banned"),
    (D_MSG1, "Removed", "Message deleted"),
    (D_MSG2, "Not found", "Message does not exist"),
    (D_MSG3, "Removed", "Message deleted"),
    (D_MSG4, "Removed", "Message deleted"),
    (D_MSG5, "No violation", "Content stays up"),
    (D_INV3, "Not found", "Invite invalid or expired"),
    (D_INV4, "Removed", "Server deleted"),
    (D_INV5, "Not found", "Invite invalid"),
    (D_INV6, "No violation", "Content stays up"),
    (D_MSG6, "Removed", "Message deleted"),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(CSV_ROWS)
DISCORD_CSV = _buf.getvalue()

case(
    name="discord-solved-csv-attachment",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Sat, 14 Sep 2024 08:20:45 -0700",
    subject="Your request #4821397 has been solved",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-88a1"

--zd-88a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{ZD_LINE}

Your request (#4821397) has been solved. Reply to this email to reopen it.

----------------------------------------------

Mara (Discord Safety)

Sep 14, 2024, 08:20 PDT

Hello,

We have now completed our review of KCSC-240903-01. The attached CSV lists
the decision for each link you reported.

Best,
Mara

--zd-88a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01-outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01-outcome.csv"
Content-Transfer-Encoding: base64

{b64(DISCORD_CSV)}
--zd-88a1--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with a per-link CSV outcome attachment",
    why="CSV gives a decision for each of the twelve links",
    items={D_INV1: "removed", D_INV2: "removed", D_MSG1: "removed", D_MSG2: "not_found",
           D_MSG3: "removed", D_MSG4: "removed", D_MSG5: "rejected", D_INV3: "not_found",
           D_INV4: "removed", D_INV5: "not_found", D_INV6: "rejected", D_MSG6: "removed"},
)

case(
    name="discord-helpscout-wrapped-angle-urls",
    **{"from": "support@discord.com"}, name_from="Jun at Discord",
    date="Tue, 10 Sep 2024 13:05:00 -0700",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hi there,

Thanks for flagging these. The two messages below have been deleted by our
team:

<https://discord.com/channels/1173300000000000011/1173300000000000305/
1281200000000000042>
<{D_MSG4}>

Let me know if there's anything else I can help with.

Jun
Discord Support

--
Jun | Discord Support
Conversation #61533 | https://support.discord.com/hc/en-us
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout reply from a support agent, long links in angle brackets wrapped by the mail client",
    why="both messages stated deleted; the first link is wrapped inside <...> (RFC 3986 appendix C style) and still names the item",
    items={D_MSG3: "removed", D_MSG4: "removed"},
)

case(
    name="discord-reply-to-reminder-status-below",
    **{"from": "safety@discord.com"}, name_from="Jun (Discord Trust & Safety)",
    date="Thu, 12 Sep 2024 02:18:40 -0700",
    subject="Re: [Reminder] KCSC-240903-01 - response overdue",
    extra_headers=reminder_headers("KCSC-240903-01"),
    body=f"""Hello,

Sorry for the slow reply. Current status of the links you asked about:

{D_INV2}
Status: Actioned (server removed)

{D_INV4}
Status: Actioned (server removed)

{D_INV6}
Status: Closed - no violation of our policies found

The rest are still open with our team.

Jun
Discord Trust & Safety

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(reminder_text("KCSC-240903-01", DISCORD))}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply top-posted over our reminder (Gmail quoting), bare URL with 'Status:' on the line below",
    why="three links with statuses below them; the quoted reminder lists every link but states nothing",
    items={D_INV2: "removed", D_INV4: "removed", D_INV6: "rejected",
           D_INV1: "pending", D_MSG1: "pending", D_MSG6: "pending"},
)

case(
    name="discord-helpscout-prose-mixed",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 07 Sep 2024 19:44:10 -0700",
    subject="Re: KCSC-240903-01 removal request [#61533]",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hi KCSC team,

Quick update from our side. We removed the server behind {D_INV1} and banned
its owner. The message at {D_MSG1} was deleted as well. As for
{D_INV5}, that invite does not exist, it was probably revoked by whoever
created it, so there is nothing for us to act on.

Jun
Discord Support
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversational agent reply in prose",
    why="three unhedged statements in running text; 'probably' qualifies only the reason, not that the invite does not exist",
    items={D_INV1: "removed", D_MSG1: "removed", D_INV5: "not_found"},
)

case(
    name="x-receipt-plus-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 22:31:09 +0000",
    subject="Case# 0923457712: Legal request KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

Thank you for your report. We have received it and assigned case number 0923457712.

After review, we have withheld the following content in South Korea in response to your request:

{X1}
{X2}

This content remains available outside South Korea. You can read more about country withheld content here: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We are still reviewing the remaining items in your request.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice to a government reporter (case number, list of withheld posts, help-centre link)",
    why="an acknowledgement phrase plus an unhedged withheld-in-Korea statement for two posts: not a pure receipt",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-outlook-reply-to-reminder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:12:55 +0000",
    subject="RE: [Reminder] KCSC-240904-02 - response overdue",
    extra_headers=reminder_headers("KCSC-240904-02"),
    body=f"""Hello KCSC,

Apologies for the delay on this case (0923457712).

- {X3}: the account that posted this was suspended, and the post is no longer available on X.
- {X4}: we reviewed this account and did not find a violation of the X Rules. We are not taking action on it.

Regards,
Priya
X Legal Operations

From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: X Legal <legal@x.com>
Subject: [Reminder] KCSC-240904-02 - response overdue

{reminder_text("KCSC-240904-02", XS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to our reminder with the reminder quoted below an unprefixed header block",
    why="post no longer available after suspension (removed) and account refused with its reason (rejected); the quoted reminder is ours",
    items={X3: "removed", X4: "rejected", X1: "pending", X2: "pending"},
)

case(
    name="x-gmail-partial-answer",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:40:21 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hi,

We have withheld {X1} in Korea.

The other posts in your request are still being reviewed and we will follow
up in this thread once we have a decision.

X Legal

On Wed, Sep 4, 2024 at 2:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240904-02", "X", XS))}
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a Gmail-quoted thread",
    why="one post withheld in Korea; the others only promised; the quoted request states nothing",
    items={X1: "restricted", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-jira-resolved-comment",
    **{"from": "jira@x.com"}, name_from="X Legal (Jira)",
    date="Tue, 10 Sep 2024 18:02:13 +0000",
    subject="[JIRA] (LGLKR-5521) KCSC-240904-02 Korean regulator request",
    body=f"""Reply above this line.

Priya Nair resolved LGLKR-5521 as Done.

Status: In Progress -> Resolved

Comment by Priya Nair:

Outcome for the requester (KCSC-240904-02):

* {X2} - removed globally for violating our illegal goods and services policy.
* {X3} - already deleted by the account holder before our review; nothing left to action.

View request: https://legalrequests.x.com/servicedesk/customer/portal/4/LGLKR-5521

This message was sent by Atlassian Jira Service Management.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification (status transition plus public comment)",
    why="two posts with unhedged results; the portal link is not an item",
    items={X2: "removed", X3: "not_found"},
)

case(
    name="x-internal-forward-from-safety",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 08:25:00 +0000",
    subject="Fwd: KCSC-240904-02 outcome",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

Please see below the outcome from our Safety team on your request
KCSC-240904-02.

Regards,
X Legal

---------- Forwarded message ---------
From: X Safety Operations <safety-ops@x.com>
Date: Fri, Sep 13, 2024 at 4:10 AM
Subject: KCSC-240904-02 outcome
To: X Legal <legal@x.com>

The account {X4} was reviewed and does not violate the X Rules; no action taken.
{X3} was removed for violating our illegal goods policy.
""",
    outcome="applied",
    imitates="platform legal team forwarding its own safety team's internal verdict to the reporter",
    why="the authenticated platform sender passes on its own colleagues' statements and vouches for them (see NOTES: arguable)",
    items={X4: "rejected", X3: "removed"},
)

case(
    name="youtube-legal-base64-blocked-kr",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 07:51:32 -0700",
    subject="[6-5218000034872] Your legal request KCSC-240905-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Thanks for contacting Google. In response to your legal request
[6-5218000034872] we have reviewed the content below.

We have blocked the following content from view on YouTube in South Korea:
- {YT1}
- {YT2}

The channel {YT3} has been terminated for violating YouTube's Community
Guidelines.

Regards,
The YouTube Legal Team

Learn more about legal removals: https://support.google.com/legal/answer/3110420
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-request outcome email (local block in a country, channel termination), base64 body",
    why="two videos blocked in Korea (restricted) and one channel terminated (removed)",
    items={YT1: "restricted", YT2: "restricted", YT3: "removed"},
)

case(
    name="youtube-single-short-no-url",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:02:00 -0700",
    subject="Re: KCSC-240911-07 request for removal",
    reply_to_req=req_mid("KCSC-240911-07"),
    body="""Hello,

We have reviewed the video you reported under KCSC-240911-07 and removed it
from YouTube for violating our policy on regulated goods.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube one-paragraph legal outcome naming no URL",
    why="the only statement, about 'the video' of a one-item request",
    items={YS1: "removed"},
)

case(
    name="youtube-outlook-original-message",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal (Korea)",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""Dear KCSC,

Regarding your request KCSC-240905-03:

{YT2} has been removed for violating YouTube's Community Guidelines.

{YT1}: after review we did not find that this video violates our policies
or local law. It remains available.

We will reply separately about the channel.

Best regards,
Google Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: legal-kr@google.com
Subject: KCSC-240905-03

{request_text("KCSC-240905-03", "YouTube", YTS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with our request below",
    why="one video removed, one refused with its reason; the channel only promised; our quoted request states nothing",
    items={YT2: "removed", YT1: "rejected", YT3: "pending"},
)

case(
    name="youtube-html-base64-anchors",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube",
    date="Tue, 17 Sep 2024 05:10:44 -0700",
    subject="Update on your request KCSC-240905-03 [6-5218000034872]",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<p>Hello,</p>
<p>We have completed our review of the remaining items in your request.</p>
<p>The video <a href="{YT2}">youtube.com/watch?v=Hz7Rk1Wd9sE</a> has been
age-restricted. It can no longer be viewed by signed-out users or users under 18.</p>
<p>The channel <a href="{YT3}">@slotking_kr</a> has been terminated.</p>
<p>For more information, see our <a href="https://support.google.com/youtube/answer/2802167">age-restricted content policy</a>.</p>
<p>The YouTube Team</p>
</body></html>
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice with link text differing from the href (age restriction, channel termination), base64",
    why="age-restricted video (restricted), terminated channel (removed); the policy link is not an item",
    items={YT2: "restricted", YT3: "removed"},
)

case(
    name="naver-korean-prose-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject="[네이버] 시정요구(KCSC-240906-04) 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

대상 URL：{N1}， 조치：게시중단 완료

카페 게시글({N3})은 임시조치(30일)되었습니다.

{N4}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 처리 결과 안내 with full-width punctuation and particles glued to URLs",
    why="게시중단 (removed), 임시조치 (restricted), deleted by its author (not_found)",
    items={N1: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-html-kcsc-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 11:05:00 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 조치결과 회신 (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>블라인드</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5.replace("&", "&amp;")}</td><td>조치 불가</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table (번호/URL/조치결과/비고)",
    why="every row has a result: 게시중단, 블라인드 (removed), 임시조치 (restricted), 게시물 없음 (not_found), 조치 불가 with no breach found (rejected)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-quoted-printable-list",
    **{"from": "help@naver.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 09:12:00 +0900",
    subject="Re: KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버입니다.

KCSC-240906-04 요청 건 중 아래 게시물에 대한 조치 결과입니다.

1) {N2} : 비공개 처리
2) {N5} : 국내 접근 제한

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short Korean reply, quoted-printable body, numbered list",
    why="비공개 처리 (removed) and 국내 접근 제한 (restricted); the '=' of the query string is QP-encoded",
    items={N2: "removed", N5: "restricted"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "cafe_report@navercorp.com"}, name_from="네이버 카페 신고센터",
    date="Thu, 12 Sep 2024 14:45:00 +0900",
    subject="[네이버 카페] 신고하신 게시글의 처리 결과를 알려드립니다",
    body=f"""네이버 카페 신고센터입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

[신고 내용]
신고 URL: {N3}
신고 사유: 불법 의약품 판매
신고 기관: 방송통신심의위원회 (KCSC-240906-04)

[처리 결과]
해당 게시글은 카페 운영원칙 및 관련 법령 위반으로 삭제되었습니다.

--------------------------------

[신고 내용]
신고 URL: {N4}
신고 사유: 불법 의약품 판매

[처리 결과]
작성자에 의해 이미 삭제된 게시글로, 확인되지 않습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe report-centre notice echoing each report form with its 처리 결과",
    why="the echoed report names each URL and the result block under it states deletion / already deleted by its author",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="telegram-abuse-prose-angle",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 12:03:17 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""Hello,

Thanks for your report. The channel <{T1}> is now unavailable to users in
South Korea. The post {T2} was removed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk two-line reply",
    why="channel unavailable in Korea (restricted), post removed",
    items={T1: "restricted", T2: "removed"},
)

case(
    name="telegram-reply-to-reminder-bare-hosts",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 21:10:00 +0000",
    subject="Re: [Reminder] KCSC-240909-05 - response overdue",
    extra_headers=reminder_headers("KCSC-240909-05"),
    body=f"""Hello,

Both links have been blocked and are no longer accessible on any Telegram app:

t.me/jackpot_room_kr
t.me/jackpot_room_kr/5521

Telegram Abuse Team

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(reminder_text("KCSC-240909-05", TS))}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a reminder, links written without scheme",
    why="blocked everywhere (no longer accessible on any app) is removal; both links named",
    items={T1: "removed", T2: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    subject="[카카오] 시정요구 KCSC-240910-06 조치 결과",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""안녕하세요, 카카오 고객센터입니다.
요청번호 KCSC-240910-06 관련 조치 결과를 안내드립니다.

■ {K1_RAW}
→ 게시중단 (관계 법령 위반)

■ {K2}
→ 임시조치 (30일간 게시물 접근 제한)

Daum 카페 게시글은 확인 후 별도로 회신드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre result notice for Tistory posts, Korean path written raw",
    why="raw Korean path matches the percent-encoded item; 게시중단 (removed), 임시조치 (restricted); the cafe post only promised",
    items={K1: "removed", K2: "restricted", K3: "pending"},
)

case(
    name="kakao-daum-cafe-rejected",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 10:20:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (#KC-20240910-0077)",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""##- 답변은 이 줄 위에 작성해 주세요 -##

문의번호 #KC-20240910-0077 에 답변이 등록되었습니다.

안녕하세요, 카카오 고객센터입니다.

요청하신 Daum 카페 게시글 {K3} 을 검토하였으나,
운영정책 및 관계 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
해당 게시글은 현재 게시 상태를 유지합니다.

추가 자료가 있으시면 이 메일에 회신해 주세요.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-desk (Zendesk-style, Korean banner) answer refusing with its reason",
    why="no breach found, post stays up: rejected; the closing offer to send more material is not a request for information",
    items={K3: "rejected"},
)

case(
    name="kakao-html-anchor-korean-text",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject="[카카오 고객센터] 문의 #KC-20240910-0077 답변",
    reply_to_req=req_mid("KCSC-240910-06"),
    type="html",
    body=f"""<html><body>
<p style="color:#999">##- 답변은 이 줄 위에 작성해 주세요 -##</p>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>요청하신 티스토리 게시물에 대한 조치 결과입니다.</p>
<ul>
<li><a href="{K1}">goldpill.tistory.com/entry/정품-직구-안내</a> : 삭제</li>
<li><a href="{K2}">goldpill.tistory.com/42</a> : 접근 제한 (대한민국)</li>
</ul>
<p>자세한 기준은 <a href="https://cs.kakao.com/helps?service=tistory">고객센터 도움말</a>을 참고해 주세요.</p>
<p>카카오 고객센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-desk HTML answer with a bulleted list of anchors (Korean link text, percent-encoded href)",
    why="삭제 (removed) and 접근 제한 in Korea (restricted); help link not an item",
    items={K1: "removed", K2: "restricted"},
)

# ================================================================ REVIEW
case(
    name="discord-promise-escalated",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Wed, 04 Sep 2024 15:30:00 -0700",
    subject="[Discord] Update on request #4821397: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#4821397) has been updated.

----------------------------------------------

Mara (Discord Safety)

Sep 4, 2024, 15:30 PDT

Hello,

Thanks for the report. I've escalated the following servers to our
specialist team, and they will be taken down within 24 hours if the
review confirms what you describe:

{D_INV1}
{D_INV2}

I'll update this ticket once that's done.

Mara
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update promising conditional action",
    why="'will be taken down ... if the review confirms' is a conditional promise, not a statement",
    items={D_INV1: "pending", D_INV2: "pending"},
)

case(
    name="discord-solved-bulk",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Sun, 15 Sep 2024 12:00:00 -0700",
    subject="Your request #4821397 has been solved",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#4821397) has been solved. Reply to this email to reopen it.

----------------------------------------------

Mara (Discord Safety)

Sep 15, 2024, 12:00 PDT

Hello,

We've taken action on all of the links in your report KCSC-240903-01 and
they are no longer accessible on Discord.

Best,
Mara
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' with a blanket statement",
    why="'all of the links' for a twelve-item request without naming each one",
    items={},
)

case(
    name="discord-vendor-unknown-sender",
    **{"from": "casework@tsvendor-ops.com"}, name_from="Discord Safety Operations (on behalf of Discord)",
    date="Thu, 12 Sep 2024 06:45:00 +0000",
    subject="RE: KCSC-240903-01 - outcome",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hello,

Writing on behalf of Discord Trust & Safety regarding KCSC-240903-01.

{D_INV3} - invite disabled
{D_MSG5} - message deleted

Regards,
Casework Team
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor answering on a platform's behalf from its own domain",
    why="sender domain belongs to no platform, even though it speaks for Discord",
    items={D_INV3: "pending", D_MSG5: "pending"},
)

case(
    name="x-hedge-appears-deleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 04:00:00 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

It appears that {X3} may already have been removed by the account owner.
We will confirm once our review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal-desk interim reply with a hedge",
    why="'appears ... may already have been removed' is a hedge, not a statement",
    items={X3: "pending"},
)

case(
    name="x-dkim-fail-untrusted",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

Both posts below have been removed:

{X1}
{X2}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="plain X legal reply, failing DKIM/SPF/DMARC",
    why="claims to be from x.com but authentication failed",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-process-notice-no-claims",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 15:00:00 +0000",
    subject="Changes to how X receives government requests",
    body="""Hello,

From 1 October 2024, X will accept removal requests from government
agencies only through our legal request portal:
https://legalrequests.x.com/

Requests sent to this address after that date will receive an automatic
reply pointing to the portal. Existing cases are not affected.

Thank you,
X Legal
""",
    outcome="review", review="no_claims",
    imitates="platform process-change notice to government reporters",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="youtube-still-under-review-reminder",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal (Korea)",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="RE: [Reminder] KCSC-240905-03 - response overdue",
    extra_headers=reminder_headers("KCSC-240905-03"),
    body=f"""Dear KCSC,

Thank you for the reminder. The following items are still under review by
our legal team, and we expect to give you a final answer by 20 September:

{YT1}
{YT3}

Best regards,
Google Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: legal-kr@google.com
Subject: [Reminder] KCSC-240905-03 - response overdue

{reminder_text("KCSC-240905-03", YTS)}
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder saying review is ongoing",
    why="'still under review' names items but states no status",
    items={YT1: "pending", YT2: "pending", YT3: "pending"},
)

case(
    name="staff-forward-of-youtube-reply",
    **{"from": "jiwon.kim@kcsc.example"}, name_from="Kim Jiwon",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="Fwd: [6-5218000034872] Your legal request KCSC-240905-03",
    body=f"""Forwarding for the ledger - this came to my personal inbox.

Jiwon

---------- Forwarded message ---------
From: Google Legal Support <legal-noreply@google.com>
Date: Wed, Sep 11, 2024 at 11:40 PM
Subject: [6-5218000034872] Your legal request KCSC-240905-03
To: <jiwon.kim@kcsc.example>

Hello,

We have blocked the following content from view on YouTube in South Korea:
- {YT1}

Regards,
The YouTube Legal Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply from a personal inbox (Gmail forward header)",
    why="the platform's words reach us only through our own staff's forward; its authentication cannot be checked",
    items={YT1: "pending"},
)

case(
    name="kakao-states-naver-item-wrong-platform",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 13:00:00 +0900",
    subject="[카카오 고객센터] 게시물 조치 요청에 대한 답변",
    body=f"""안녕하세요, 카카오 고객센터입니다.

보내주신 주소 {N4} 는 당사(카카오)가 운영하는 서비스의 게시물이 아니어서
당사에서는 해당 게시물을 찾을 수 없습니다. 해당 서비스 운영사에 요청해 주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply that a URL is not on its service",
    why="Kakao states 'cannot find' about a NAVER cafe item; only NAVER can speak for it",
    items={N4: "pending"},
)

case(
    name="telegram-predates-request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject="Re: Report - gambling channel",
    body=f"""Hello,

Thanks for your report. The channel {T1} has been blocked for users in
South Korea.

Telegram Abuse Team
""",
    outcome="review", review="predates_request",
    imitates="Telegram abuse-desk answer to an earlier report, dated before our request was sent",
    why="dated 6 September, before KCSC-240909-05 was sent on 9 September",
    items={T1: "pending"},
)

case(
    name="naver-asks-court-document",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="RE: 시정요구 (KCSC-240906-04) 관련 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 KCSC-240906-04 건 중 아래 게시물은 개인 블로그 게시물로,
조치 여부를 판단하기 위하여 해당 의약품이 판매 금지 품목임을 확인할 수 있는
관계기관 공문 또는 근거 자료를 추가로 보내주시기 바랍니다.

{N5}

자료를 받는 대로 검토하여 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents before acting",
    why="the platform asks us for more material; no status stated",
    items={N5: "pending"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 16 Sep 2024 18:00:00 +0900",
    subject="RE: 시정요구 (KCSC-240906-04) 조치 완료",
    reply_to_req=req_mid("KCSC-240906-04"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240906-04로 요청하신 게시물 5건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line 조치 완료 reply covering the whole request",
    why="'5건 전체' for a five-item request, none named",
    items={},
)

# ================================================================ IGNORED
case(
    name="discord-zendesk-receipt",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Tue, 03 Sep 2024 02:35:00 -0700",
    subject="[Request received] KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Your request (#4821397) has been received and is being reviewed by our
Safety team.

To add additional comments, reply to this email.

This email is a service from Discord Safety. Delivered by Zendesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "dreyes@x.com"}, name_from="Daniel Reyes",
    date="Thu, 12 Sep 2024 01:00:05 +0000",
    subject="Automatic reply: [Reminder] KCSC-240904-02 - response overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.
For urgent legal matters please write to legal@x.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-reminder-bounce",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 17 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7F2A"

--dsn-7F2A
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 550 5.1.1
    <safety@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-7F2A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; safety@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7F2A
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: safety@kakaocorp.com
Subject: [Reminder] KCSC-240910-06 - response overdue
Message-ID: <reminder.KCSC-240910-06.1@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{reminder_text("KCSC-240910-06", KS)}
--dsn-7F2A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce; the returned reminder is ours",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 15:02:00 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240906-04)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-19c"

--mdn-19c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: [방송통신심의위원회] 시정요구 (KCSC-240906-04)
읽은 시간: 2024-09-06 15:02

--mdn-19c
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-19c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail-client read receipt (MDN, 읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="youtube-receipt-echoes-urls",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 01:05:00 -0700",
    subject="[6-5218000034872] We received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for submitting your request. This message confirms that we have
received it. Your reference number is 6-5218000034872.

Summary of your submission
Requester: KCSC Takedown Desk
Your reference: KCSC-240905-03
URLs:
{YT1}
{YT2}
{YT3}

Please do not reply to this message; we will contact you if we need
anything further.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form submission receipt echoing the submitted URLs",
    why="a receipt that only echoes what we submitted; no statement about any item (see NOTES: arguable)",
    items={YT1: "pending", YT2: "pending", YT3: "pending"},
)

case(
    name="telegram-auto-response",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 01:00:40 +0000",
    subject="Auto: KCSC-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""This is an automatic reply. Your email has reached Telegram's abuse team.
There is no need to write again about the same content. We may not reply to
every message individually.
""",
    outcome="ignored",
    imitates="abuse-desk automatic response",
    why="automatic receipt, no statement",
    items={},
)

case(
    name="naver-korean-ticket-ack",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 14:05:00 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: NV-2024-0906-1182

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
)

HEADER = """# Blind set 644 (ticket systems and threads): one [[case]] per email.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py; do not edit by hand.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
