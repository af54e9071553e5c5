#!/usr/bin/env python3
"""Blind set 152: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every expected result below was written from
the meaning of each email alone, before the reader was run on this set.

    python3 tests/corpus/blind152/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
DC_REQ = "KCSC-240903-01"
KK_REQ = "KCSC-240905-02"
TT_REQ = "KCSC-240909-03"
TG_REQ = "KCSC-240911-04"
NV_REQ = "KCSC-240913-05"
YT_REQ = "KCSC-240916-06"
X_REQ = "KCSC-240918-07"

D1 = "https://discord.com/channels/1180442211/1180442299/1281000000000000101"
D2 = "https://discord.com/channels/1180442211/1180442299/1281000000000000102"
D3 = "https://discord.com/channels/1180442211/1180442299/1281000000000000117"
D4 = "https://discord.com/channels/1180442211/1180443388/1281000000000000240"
D5 = "https://discord.com/channels/1180442211/1180443388/1281000000000000251"
D6 = "https://discord.com/channels/1195550123/1195550777/1281000000000000388"
D7 = "https://discord.com/channels/1195550123/1195550777/1281000000000000390"
D8 = "https://discord.com/channels/1195550123/1195550780/1281000000000000402"
D9 = "https://discord.gg/tixmarket"
D10 = "https://discord.gg/Qy7hPz3K"
D11 = "https://discord.com/invite/pharmakr"
D12 = "https://discord.com/users/1033344455566677788"
DALL = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

K1 = "https://cafe.daum.net/cheapgoods77/Hq2L/3310"
K2 = "https://cafe.daum.net/cheapgoods77/Hq2L/3318"
K3_RAW = "https://gamjanamu.tistory.com/entry/무료-중계"
K3 = "https://gamjanamu.tistory.com/entry/" + quote("무료-중계")
K4 = "https://pf.kakao.com/_xkQzTb/104428861"
K5 = "https://gamjanamu.tistory.com/118"

T1 = "https://www.tiktok.com/@minty_fox22/video/7412233445566778801"
T2 = "https://www.tiktok.com/@minty_fox22/video/7412233445566778815"
T3 = "https://www.tiktok.com/@seoul.pills.kr/video/7413001122334455667"
T4 = "https://www.tiktok.com/@seoul.pills.kr"

G1 = "https://t.me/nightmarket_kr/412"
G2 = "https://t.me/nightmarket_kr/415"
G3 = "https://t.me/+Xh3kLmQ9aZc4ZTFi"

N1 = "https://blog.naver.com/sunny_dal/223571100452"
N2 = "https://cafe.naver.com/cheapticket/58812"

Y1 = "https://www.youtube.com/watch?v=Qm3xT7pLw0A"
Y2 = "https://www.youtube.com/watch?v=Zk8nR2vYc4E"
Y3 = "https://www.youtube.com/shorts/Hc5rT0aaWq1"

X1 = "https://x.com/kr_deals_bot/status/1835112233445566778"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    (DC_REQ, "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", DALL,
     "illegal_trade", "req-240903-01@kcsc.example", "ticket market servers and posts"),
    (KK_REQ, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", [K1, K2, K3, K4, K5],
     "gambling", "req-240905-02@kcsc.example", "Daum cafe, Tistory, Kakao channel"),
    (TT_REQ, "tiktok", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", [T1, T2, T3, T4],
     "drugs", "req-240909-03@kcsc.example", "videos and one account"),
    (TG_REQ, "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", [G1, G2, G3],
     "illegal_trade", "req-240911-04@kcsc.example", "channel posts and invite link"),
    (NV_REQ, "naver", "2024-09-13T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [N1, N2],
     "fraud", "req-240913-05@kcsc.example", "blog post and cafe post"),
    (YT_REQ, "youtube", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", [Y1, Y2, Y3],
     "gambling", "req-240916-06@kcsc.example", "two videos and a short"),
    (X_REQ, "x", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00", [X1],
     "fraud", "req-240918-07@kcsc.example", "single post"),
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


def pend(*urls):
    return {u: "pending" for u in urls}


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def reminder_headers(req_mid, ref, n=1):
    return [
        f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
        f"References: <{req_mid}> <reminder.{ref}.{n}@kcsc.example>",
    ]


DC_ZD_HEAD = "##- Please type your reply above this line -##"

DC_REQUEST_TEXT = f"""Dear Discord Trust & Safety,

The Korea Communications Standards Commission has found the content at the
addresses below to be illegal information under Korean law (sale of
counterfeit and resold event tickets). We ask you to remove it or block
access to it from Korea, and to tell us the outcome for each address by
10 September 2024. Our reference: {DC_REQ}.

""" + "\n".join(DALL)

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------- Discord (Zendesk) ---------------------------
case(
    name="dc-zendesk-receipt-echoes-request",
    date="Tue, 03 Sep 2024 01:02:44 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {DC_REQ} Removal request - 12 items",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""{DC_ZD_HEAD}

Your request (4471203) has been received and is being reviewed by our team.

Hi there,

This is an automatic message to let you know we've got your request. There
is no need to send it again: someone from Trust & Safety will reply on this
ticket. To add anything, just reply to this email and keep the ticket number
in the subject line.

Your request:

{DC_REQUEST_TEXT}

--
Discord Trust & Safety
This email is a service from Discord. [DX7R2K-Q0P9]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'your request has been received' trigger receipt that copies the requester's description",
    why="pure ticket receipt; the URLs are only our own request copied back",
    items=pend(*DALL),
)

case(
    name="dc-zendesk-solved-mixed",
    date="Fri, 06 Sep 2024 22:12:09 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Hana (Discord Trust & Safety)",
    subject=f"[Discord] Re: {DC_REQ} Removal request - 12 items",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{DC_ZD_HEAD}

Your request (4471203) has been solved. To reopen it, reply to this email.

Hana (Discord Trust & Safety)
Sep 6, 2024, 3:12 PM PDT

Hello KCSC team,

Thanks for your patience while we looked into the reports under {DC_REQ}.
Here is where things stand:

- {D1} - message deleted
- {D2} - message deleted
- {D3} - message deleted
- {D4} - message deleted, and the author's account was disabled
- {D5} - we couldn't find this message; it no longer exists on our side
- {D9} - the server behind this invite has been removed from Discord
- {D12} - this account has been disabled for violating our Terms of Service

The remaining links in your request are with a separate team, and we'll
update you on this ticket when they're done.

Best,
Hana
Discord Trust & Safety

This email is a service from Discord. [DX7R2K-Q0P9]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying an agent's per-link comment",
    why="per-link dash list: deleted/removed/disabled -> removed, 'couldn't find ... no longer exists' -> not_found; the rest is a promise",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "not_found",
           D9: "removed", D12: "removed", **pend(D6, D7, D8, D10, D11)},
)

case(
    name="dc-followup-remaining-links",
    date="Mon, 09 Sep 2024 18:40:31 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Jun (Discord Trust & Safety)",
    subject=f"[Discord] Re: {DC_REQ} Removal request - 12 items",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{DC_ZD_HEAD}

Jun (Discord Trust & Safety)
Sep 9, 2024, 11:40 AM PDT

Hi again,

Following up on the links that were still open on this ticket:

{D6}
Removed.

{D7}
Removed.

{D8}
Reviewed - we found no violation of our Community Guidelines in this
message, so we haven't taken action on it.

{D10}
This invite is invalid or has expired, so we couldn't identify a server.

{D11}
The server has been age-restricted; its channels now sit behind an age gate.

That covers everything left on our side.

Jun

--------------------------------

Hana (Discord Trust & Safety)
Sep 6, 2024, 3:12 PM PDT

Hello KCSC team,

- {D1} - message deleted
- {D2} - message deleted
- {D3} - message deleted
- {D5} - we couldn't find this message; it no longer exists on our side

This email is a service from Discord. [DX7R2K-Q0P9]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, with the earlier public comment shown below it",
    why="URL then status on the next line; the earlier comment below is the platform's own (not '>' quoted) and repeats true statements",
    items={D6: "removed", D7: "removed", D8: "rejected", D10: "not_found", D11: "restricted",
           D1: "removed", D2: "removed", D3: "removed", D5: "not_found"},
)

case(
    name="dc-bulk-all-actioned",
    date="Wed, 11 Sep 2024 16:05:00 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {DC_REQ} (Ticket #4471203)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{DC_ZD_HEAD}

Your request (4471203) has been solved. To reopen it, reply to this email.

Marco (Discord Trust & Safety)
Sep 11, 2024, 9:05 AM PDT

Hello,

We've reviewed the content reported in this ticket and actioned all of it in
line with our Community Guidelines. We're marking the ticket as solved.

Regards,
Marco
""",
    outcome="review",
    review="bulk",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="'actioned all of it' for a 12-item request without naming any item",
    items=pend(*DALL),
)

case(
    name="dc-reminder-promise-end-of-week",
    date="Thu, 12 Sep 2024 05:20:17 +0000",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    subject=f"Re: Reminder: {DC_REQ} - outcome overdue",
    extra_headers=reminder_headers("req-240903-01@kcsc.example", DC_REQ),
    body=f"""Hi,

Thanks for the nudge. These three are with our escalations team:

{D6}
{D7}
{D8}

We expect to take action on them by the end of the week and I'll update you
in this thread as soon as that's done.

Jun Park
Trust & Safety, Discord
""",
    outcome="review",
    review="not_understood",
    imitates="agent's short reply to a regulator's overdue reminder",
    why="names three items but only promises action ('expect to take action')",
    items=pend(D6, D7, D8),
)

case(
    name="dc-reply-from-zendesk-host",
    date="Tue, 10 Sep 2024 20:11:45 +0000",
    **{"from": "support@discord-safety.zendesk.com"},
    name_from="Discord Safety",
    subject=f"[Discord Safety] Update on {DC_REQ}",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Priya (Discord Safety)
Sep 10, 2024, 1:11 PM PDT

Hello,

Two of the messages you reported have been deleted:

{D6}
{D7}

Regards,
Priya
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk's own zendesk.com host instead of the platform's domain",
    why="clear statements, but zendesk.com is not a configured Discord sender domain",
    items=pend(D6, D7),
)

dc_csv = f"""reported_url,outcome,notes
{D6},removed,message deleted
{D7},removed,message deleted
{D8},no_violation,did not break our Community Guidelines
{D9},removed,server deleted
{D10},invalid_invite,invite could not be resolved
"""
case(
    name="dc-csv-attachment-outcomes",
    date="Wed, 11 Sep 2024 02:33:10 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {DC_REQ} Removal request - 12 items",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-0f3a9c"

--zd-0f3a9c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{DC_ZD_HEAD}

Leo (Discord Trust & Safety)
Sep 10, 2024, 7:33 PM PDT

Hello,

Attached is the outcome for each link we've finished with on ticket 4471203
({DC_REQ}). One row per link.

Leo

Attachment(s):
outcomes_4471203.csv

--zd-0f3a9c
Content-Type: text/csv; charset=utf-8; name="outcomes_4471203.csv"
Content-Disposition: attachment; filename="outcomes_4471203.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--zd-0f3a9c--
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk reply with a per-link outcome spreadsheet attached",
    why="CSV rows: removed -> removed, no_violation -> rejected, invalid_invite -> not_found",
    items={D6: "removed", D7: "removed", D8: "rejected", D9: "removed", D10: "not_found"},
)

case(
    name="dc-html-table-solved",
    date="Sat, 07 Sep 2024 01:48:52 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject=f"[Discord] Your ticket #4471203 has been solved ({DC_REQ})",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">{DC_ZD_HEAD}</p>
<p>Hello,</p>
<p>We've completed our review of the following reports from ticket #4471203:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Action taken</th></tr>
<tr><td><a href="{D1}">{D1}</a></td><td>Removed</td></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>Removed</td></tr>
<tr><td><a href="{D3}">{D3}</a></td><td>No violation found</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>Account disabled</td></tr>
</table>
<p>You can read our rules at <a href="https://discord.com/guidelines">discord.com/guidelines</a>.</p>
<p>Discord Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">This email is a service from Discord. [DX7R2K-Q0P9]</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk HTML solved notification with a two-column outcome table",
    why="table rows: Removed -> removed, No violation found -> rejected, Account disabled -> removed; guidelines link is no item",
    items={D1: "removed", D2: "removed", D3: "rejected", D12: "removed"},
)

dc_quoted = "\n".join("> " + u for u in DALL)
case(
    name="dc-reminder-reply-top-posted",
    date="Fri, 13 Sep 2024 00:15:40 +0000",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    subject=f"Re: Reminder: {DC_REQ} - outcome overdue",
    extra_headers=reminder_headers("req-240903-01@kcsc.example", DC_REQ),
    body=f"""Hi,

Sorry for the delay on this one. The two messages in #market-chat have now
been deleted:

{D6}
{D7}

I'm chasing the rest internally and will come back to you.

Jun

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Our request {DC_REQ} of 3 September 2024 was due on 10 September.
> We have not yet received an outcome for these addresses:
>
{dc_quoted}
>
> Please tell us what was done with each of them.
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted reply to a regulator's reminder, reminder quoted below",
    why="two named messages deleted in the reply; the ten others appear only in our quoted reminder",
    items={D6: "removed", D7: "removed", **pend(D1, D2, D3, D4, D5, D8, D9, D10, D11, D12)},
)

case(
    name="dc-forwarded-safety-ops-note",
    date="Sat, 14 Sep 2024 03:02:11 +0000",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    subject=f"Fwd: {DC_REQ} status",
    body=f"""Hi KCSC team,

Passing along the update from our Safety Ops colleagues below.

Jun

---------- Forwarded message ---------
From: Safety Ops <safety-ops@discord.com>
Date: Fri, Sep 13, 2024 at 6:40 PM
Subject: {DC_REQ} status
To: Jun Park <jun.park@discord.com>

Jun - for the Korean regulator's ticket:

{D8} deleted
{D10} server removed
{D11} server removed

SO
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="agent forwarding an internal team's note into the regulator's thread",
    why="the statements are in a forwarded internal message, not the sender's own words",
    items=pend(D8, D10, D11),
)

case(
    name="dc-outlook-reply-original-message",
    date="Thu, 05 Sep 2024 07:44:02 +0000",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    subject=f"RE: {DC_REQ} Removal request - 12 items",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Both invite links in your request have now been deleted and the servers
behind them shut down:
{D9}
{D10}

Kind regards,
Jun Park
Trust & Safety | Discord

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: Discord Legal <legal@discord.com>
Subject: {DC_REQ} Removal request - 12 items

{DC_REQUEST_TEXT}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request text below unquoted",
    why="the two invite links are named and deleted; the rest appear only in our original request below",
    items={D9: "removed", D10: "removed", **pend(D1, D2, D3, D4, D5, D6, D7, D8, D11, D12)},
)

# ---------------------------- Kakao (Freshdesk-like) ----------------------
case(
    name="kakao-receipt-ko",
    date="Thu, 05 Sep 2024 11:04:12 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다. (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

보내주신 문의({KK_REQ})가 정상적으로 접수되었습니다.
담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
답변까지는 영업일 기준 3~5일이 걸릴 수 있습니다.

문의번호: #24090511872
접수일시: 2024-09-05 11:04

본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
https://cs.kakao.com/helps
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean helpdesk 문의 접수 receipt (Freshdesk-style auto-reply with ticket number)",
    why="receipt only; the help link is no item",
    items={},
)

case(
    name="kakao-result-ko-numbered",
    date="Mon, 09 Sep 2024 16:30:00 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 시정요구({KK_REQ})에 대한 처리 결과를 안내드립니다.

1. {K1} : 게시중단 처리 완료
2. {K2} : 게시중단 처리 완료
3. {K3_RAW} : 블라인드 처리 완료
4. {K4} : 삭제 처리 완료
5. {K5} : 작성자가 이미 삭제한 게시물로 확인되지 않습니다.

답변이 도움이 되셨기를 바랍니다.
카카오 고객센터 드림

문의번호: #24090511872
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 시정요구 처리 결과 answer in a helpdesk ticket, numbered list",
    why="게시중단/블라인드/삭제 -> removed; already deleted by its author -> not_found; raw Korean path matches the encoded one",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "removed", K5: "not_found"},
)

case(
    name="kakao-temporary-measure-and-refusal",
    date="Tue, 10 Sep 2024 10:12:45 +0900",
    **{"from": "cafe-policy@daum.net"},
    name_from="Daum 카페 운영정책팀",
    subject=f"Re: [{KK_REQ}] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. Daum 카페 운영정책 담당자입니다.

요청하신 게시물 중 아래 카페 게시물 2건은 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다.
 - <{K1}>
 - <{K2}>

티스토리 게시물 {K5}은 운영정책 위반 사항이 확인되지 않아
별도의 조치를 하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 임시조치 notice answering a regulator's thread, with a refusal for one post",
    why="임시조치 -> restricted (the issue's list); '위반 사항이 확인되지 않아 조치하지 않음' -> rejected; URL followed by the particle 은",
    items={K1: "restricted", K2: "restricted", K5: "rejected"},
)

case(
    name="kakao-partial-answer-rest-reviewing",
    date="Wed, 11 Sep 2024 14:55:20 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 5건 중 카카오톡 채널 게시물({K4})은 삭제되었으며,
{K3_RAW} 게시물은 비공개 처리되었습니다.

나머지 3건은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 본 문의에
이어서 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer in a Korean helpdesk ticket, the rest 검토 중",
    why="K4 삭제 -> removed, K3 비공개 처리 -> removed; the other three are unnamed and under review",
    items={K4: "removed", K3: "removed", **pend(K1, K2, K5)},
)

case(
    name="kakao-asks-for-decision-copy",
    date="Fri, 06 Sep 2024 09:40:00 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 추가 확인 요청 (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

시정요구 {KK_REQ} 관련하여 정확한 처리를 위해 아래 자료를 회신해 주시기 바랍니다.

 - 심의 의결서 사본
 - 게시물별 위반 부분 캡처

특히 {K5} 게시물은 게시글 중 어느 부분이 문제인지 확인이 어렵습니다.
자료를 받는 대로 검토를 이어가겠습니다.

카카오 고객센터 드림
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean helpdesk 추가 자료 요청 (request for the decision and screenshots)",
    why="asks us for documents; no status for any item",
    items=pend(K5),
)

case(
    name="kakao-daum-auth-fail",
    date="Mon, 09 Sep 2024 13:20:05 +0900",
    **{"from": "cafe-policy@daum.net"},
    name_from="Daum 카페 운영정책팀",
    auth="fail",
    subject=f"Re: [{KK_REQ}] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요.

요청하신 카페 게시물 2건 삭제 완료했습니다.

{K1}
{K2}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="Daum 삭제 완료 reply whose DKIM/SPF/DMARC all fail",
    why="the sender domain is Kakao's but authentication fails",
    items=pend(K1, K2),
)

kk_html = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>문의번호 #24090511872 ({KK_REQ}) 처리 결과를 알려드립니다.</p>
<p>&#9654; <a href="{K3}">{K3_RAW}</a><br>
티스토리 운영정책 위반으로 해당 글을 비공개 처리하였습니다.</p>
<p>&#9654; <a href="{K5}">{K5}</a><br>
운영자 삭제 처리되었습니다.</p>
<p>이용에 참고 부탁드립니다.<br>카카오 고객센터 드림</p>
</body></html>
"""
case(
    name="kakao-qp-html-tistory",
    date="Thu, 12 Sep 2024 17:02:33 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kk_html)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean helpdesk HTML answer, quoted-printable, one block per post",
    why="비공개 처리 and 운영자 삭제 -> removed; URL line then statement line below",
    items={K3: "removed", K5: "removed"},
)

case(
    name="kakao-statement-then-url-below",
    date="Wed, 11 Sep 2024 10:05:18 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 #24090511872)",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

아래 게시물은 운영정책 위반으로 삭제되었습니다.
{K2}

아래 카카오톡 채널 게시물은 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다.
{K4}

나머지 게시물은 확인 후 다시 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean helpdesk answer with '아래 게시물은 …' sentence and the URL on the line below",
    why="K2 삭제 -> removed; K4 위반 확인되지 않아 유지 -> rejected",
    items={K2: "removed", K4: "rejected"},
)

# ---------------------------- TikTok -----------------------------------
case(
    name="tt-receipt-reference-number",
    date="Mon, 09 Sep 2024 05:10:02 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"We've received your request - {TT_REQ}",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Thank you for contacting TikTok. We have received your request ({TT_REQ})
and assigned it reference number TT-LE-20240909-5561.

Our team will review the reported content against our Community Guidelines
and applicable local law. Please keep the reference number in the subject
line of any reply so that it reaches the right team.

TikTok Law Enforcement Response Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok-style law-enforcement request receipt with a reference number",
    why="receipt only; 'will review' is a promise",
    items={},
)

case(
    name="tt-result-numbered-list",
    date="Thu, 12 Sep 2024 08:47:51 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT_REQ} [TT-LE-20240909-5561]",
    reply_to_req="req-240909-03",
    body=f"""Dear KCSC,

Reference: {TT_REQ} / TT-LE-20240909-5561

After review we have taken the following actions:

1) {T1} - removed for violating our Community Guidelines (regulated goods)
2) {T2} - removed
3) {T3} - access restricted in the Republic of Korea under local law
4) {T4} - account permanently banned

Kind regards,
TikTok Law Enforcement Response Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok-style outcome letter to a legal request, numbered list",
    why="removed x2; restricted in Korea -> restricted; account banned -> removed",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "removed"},
)

case(
    name="tt-hedged-may-already-be-gone",
    date="Wed, 11 Sep 2024 03:22:10 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT_REQ} [TT-LE-20240909-5561]",
    reply_to_req="req-240909-03",
    body=f"""Hello,

A quick update on TT-LE-20240909-5561.

Regarding {T1}, our records indicate the video may already have been taken
down by the creator; we'll confirm once our team finishes checking.
{T2} is still under review.

We'll follow up in this thread.

TikTok Law Enforcement Response Team
""",
    outcome="review",
    review="not_understood",
    imitates="interim update on a legal request ticket with hedged wording",
    why="'may already have been taken down' is a hedge; 'under review' is no statement",
    items=pend(T1, T2),
)

case(
    name="tt-wrapped-angle-urls",
    date="Fri, 13 Sep 2024 02:05:44 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT_REQ} [TT-LE-20240909-5561] - outcome",
    reply_to_req="req-240909-03",
    body=f"""Dear KCSC,

We have restricted access to the following video in the Republic of Korea in
response to your legal request:
<https://www.tiktok.com/@seoul.pills.kr/video/
7413001122334455667>

The account <{T4}> was reviewed at account
level. We found no violation of our Terms of Service, so it remains
available.

TikTok Law Enforcement Response Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="legal-request outcome whose URL in angle brackets is wrapped by the mail client",
    why="wrapped T3 restricted in Korea -> restricted; account with no violation, remains available -> rejected",
    items={T3: "restricted", T4: "rejected"},
)

case(
    name="tt-jira-request-resolved",
    date="Tue, 10 Sep 2024 09:18:27 +0000",
    **{"from": "jira@tiktok.com"},
    name_from="Dana Kim (TikTok LE Portal)",
    subject=f"[LER-2291] {TT_REQ} removal request",
    reply_to_req="req-240909-03",
    extra_headers=["X-JIRA-FingerPrint: 5c1f0e2a9b7d"],
    body=f"""—-—-—-—-—-—-—-—-—-—-—-—-—-—-—
Reply above this line.

Dana Kim resolved this as Done.

Dana Kim commented:

Hello, the video {T2} has been removed from TikTok for violating our
regulated goods policy. The other links on this request are handled under a
separate ticket.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="one named video removed; the rest are pointed to another ticket",
    items={T2: "removed"},
)

case(
    name="tt-out-of-office",
    date="Mon, 09 Sep 2024 05:30:00 +0000",
    **{"from": "minji.seo@tiktok.com"},
    name_from="Minji Seo",
    subject=f"Automatic reply: {TT_REQ} Removal request - 4 items",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with
limited access to email.

For law-enforcement and regulatory requests please write to
legal-kr@tiktok.com, where the team will pick up your message.

Minji
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tt-echoed-report-decision",
    date="Wed, 11 Sep 2024 11:40:09 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject=f"Update on your report ({TT_REQ})",
    reply_to_req="req-240909-03",
    body=f"""Hi,

We've finished reviewing the content you reported.

Your report
Content: {T1}
Reported for: Sale of regulated goods
Submitted: 9 Sep 2024

Our decision
We removed this content because it violates our Community Guidelines on
regulated goods.

Thanks for helping keep TikTok safe.
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok-style report outcome notification echoing the report",
    why="the echoed report names one video; the decision removes it",
    items={T1: "removed"},
)

case(
    name="tt-receipt-with-early-result",
    date="Mon, 09 Sep 2024 09:02:15 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT_REQ} Removal request - 4 items",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Thanks for your request - we've logged it as TT-LE-20240909-5561.

While triaging it we found that
{T2}
had already been removed for a Community Guidelines violation.

We'll come back to you about the other three links.

TikTok Law Enforcement Response Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket receipt that already carries one item's outcome",
    why="receipt phrase plus an unhedged statement: T2 removed; others promised",
    items={T2: "removed", **pend(T1, T3, T4)},
)

# ---------------------------- Telegram ----------------------------------
case(
    name="tg-gmail-reply-over-request",
    date="Thu, 12 Sep 2024 14:31:02 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {TG_REQ} Removal request - 3 items",
    reply_to_req="req-240911-04",
    body=f"""Hello,

The channel @nightmarket_kr has been blocked for users in South Korea, which
covers posts t.me/nightmarket_kr/412 and t.me/nightmarket_kr/415.

The invite link {G3} is invalid - it had been revoked
before we could check it.

Telegram Abuse Team

On Wed, Sep 11, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove or block access from Korea to the following ({TG_REQ}):
>
> {G1}
> {G2}
> {G3}
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply top-posted over the quoted request",
    why="channel blocked for users in South Korea -> restricted for both scheme-less posts; revoked invite -> not_found",
    items={G1: "restricted", G2: "restricted", G3: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    date="Fri, 13 Sep 2024 07:12:40 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject=f"Re: {TG_REQ} Case #1187340",
    reply_to_req="req-240911-04",
    body=f"""Case #1187340 - {TG_REQ}

{G1}
Status: removed

{G2}
Status: removed

{G3}
Status: not found (link expired)

Telegram Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse abuse-desk case reply: bare URL, status on the line below",
    why="status lines under each URL",
    items={G1: "removed", G2: "removed", G3: "not_found"},
)

case(
    name="tg-read-receipt",
    date="Wed, 11 Sep 2024 01:10:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject=f"Read: {TG_REQ} Removal request - 3 items",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7a1"

--mdn-7a1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org on 11 Sep 2024
09:30 +0900. The message was displayed on the recipient's screen; this is no
guarantee that the content has been read or understood.

--mdn-7a1
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7a1--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt)",
    why="MDN",
    items={},
)

case(
    name="tg-says-x-link-not-telegram",
    date="Thu, 19 Sep 2024 03:40:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: additional link (nightmarket_kr)",
    body=f"""Hello,

We checked the link you sent us yesterday:

{X1}

We could not find this content on Telegram. It is not a Telegram link, so
there is nothing for us to act on.

Telegram Abuse Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="abuse desk answering about a link that belongs to another service",
    why="Telegram states a 'could not find' outcome for an X item",
    items=pend(X1),
)

# ---------------------------- NAVER -------------------------------------
case(
    name="naver-text-table-result",
    date="Tue, 17 Sep 2024 10:20:00 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] 답변 완료 안내 - {NV_REQ}",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의번호: 2024091300447
요청번호: {NV_REQ}

| No | URL | 처리 결과 |
|----|-----|-----------|
| 1 | {N1} | 블라인드 |
| 2 | {N2} | 게시중단 |

문의가 해결되어 답변 완료 상태로 변경되었습니다.

네이버 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER helpdesk 답변 완료 notice with a text table of results",
    why="블라인드 and 게시중단 -> removed",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-reminder-reply-outlook-partial",
    date="Thu, 19 Sep 2024 10:02:11 +0900",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject=f"RE: [재요청] {NV_REQ} 처리 결과 회신 요청",
    extra_headers=reminder_headers("req-240913-05@kcsc.example", NV_REQ),
    body=f"""안녕하세요, 네이버 정책지원팀 김서연입니다.

회신이 늦어 죄송합니다.
{N2} 게시물은 국내 접속 차단 조치하였습니다.
블로그 게시물({N1})은 아직 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

김서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: policy@navercorp.com
Subject: [재요청] {NV_REQ} 처리 결과 회신 요청

{NV_REQ} 요청(9월 13일)의 처리 기한이 지났습니다. 아래 게시물의 처리 결과를 알려 주십시오.

{N1}
{N2}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply in Korean to a regulator's reminder, partial answer",
    why="N2 국내 접속 차단 -> restricted; N1 검토 중 stays pending; the reminder below is our own text",
    items={N2: "restricted", N1: "pending"},
)

case(
    name="naver-satisfaction-survey",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 답변에 만족하셨나요?",
    body="""안녕하세요. 네이버 고객센터입니다.

최근 문의(문의번호 2024091300447)에 대한 답변은 어떠셨나요?
잠시 시간을 내어 평가해 주시면 서비스 개선에 큰 도움이 됩니다.

평가하기: https://help.naver.com/survey/2024091300447

본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="helpdesk satisfaction survey sent after a ticket is solved",
    why="trusted NAVER mail naming no item and no request reference (only the helpdesk's ticket number)",
    items={},
)

nv_text = f"""안녕하세요. 네이버 고객센터입니다.

{NV_REQ} 요청에 대한 검토 결과를 안내드립니다.

- {N1}
  삭제 조치 완료

- {N2}
  검토 결과 위반 사항이 확인되지 않아 게시물을 유지합니다.

네이버 고객센터 드림
"""
case(
    name="naver-base64-result",
    date="Wed, 18 Sep 2024 15:45:30 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] 답변 완료 안내 - {NV_REQ}",
    reply_to_req="req-240913-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(nv_text)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER helpdesk answer sent base64-encoded",
    why="N1 삭제 -> removed; N2 위반 확인되지 않아 유지 -> rejected",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="naver-ooo-chuseok",
    date="Tue, 17 Sep 2024 09:00:40 +0900",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject=f"[자동응답] 부재중입니다: [재요청] {NV_REQ} 처리 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied"]
    + reminder_headers("req-240913-05@kcsc.example", NV_REQ),
    body="""안녕하세요. 김서연입니다.

추석 연휴(9월 16일~18일)로 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.
급한 건은 policy@navercorp.com 으로 보내 주십시오.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답) to a reminder",
    why="auto-reply",
    items={},
)

# ---------------------------- X ------------------------------------------
case(
    name="x-case-closed-single-item",
    date="Wed, 18 Sep 2024 21:10:00 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject=f"Case# 0391847: {X_REQ} Removal request - 1 item [ref:_00D1x2Y3._500Ab1234:ref]",
    reply_to_req="req-240918-07",
    body="""Hello,

Thanks for your report. We have reviewed the reported post and removed it for
violating the X Rules (https://help.x.com/en/rules-and-policies/x-rules).

This case is now closed. If you reply to this email, the case will be
reopened.

Thanks,
X Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Salesforce-style case-closed notice from a platform support desk",
    why="one-item request; 'reviewed the reported post and removed it' applies to its only item; rules link is no item",
    items={X1: "removed"},
)

case(
    name="x-dsn-mailbox-full",
    date="Wed, 18 Sep 2024 01:00:12 +0000",
    **{"from": "MAILER-DAEMON@x.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-51c"

--dsn-51c
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<legal@x.com>: host store3.x.com said: 552 5.2.2 Mailbox full

--dsn-51c
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Wed, 18 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-51c
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: {X_REQ} Removal request - 1 item
Message-ID: <req-240918-07@kcsc.example>
Date: Wed, 18 Sep 2024 10:00:00 +0900

Please remove the following post ({X_REQ}):
{X1}

--dsn-51c--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) returning our request",
    why="DSN bounce",
    items=pend(X1),
)

case(
    name="x-withheld-in-korea-html",
    date="Thu, 19 Sep 2024 02:30:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"Re: {X_REQ} Removal request - 1 item",
    reply_to_req="req-240918-07",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>In response to your legal demand, X has withheld the following post in
South Korea:</p>
<p><a href="{X1}">{X1}</a></p>
<p>The content remains available outside South Korea. You can read more about
country-withheld content here:
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="X country-withheld-content notice in HTML",
    why="withheld in South Korea -> restricted; help link is no item",
    items={X1: "restricted"},
)

# ---------------------------- YouTube ------------------------------------
case(
    name="yt-helpscout-reply-three-statuses",
    date="Tue, 17 Sep 2024 06:25:12 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {YT_REQ} Removal request - 3 items [#58213]",
    reply_to_req="req-240916-06",
    body=f"""## Please reply above this line ##

Hello,

Thanks for your notice. Here's what we did:

* {Y1} has been removed from YouTube.
* {Y2} is now blocked in South Korea.
* {Y3} has been age-restricted.

Best regards,
YouTube Legal Support

Conversation #58213
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style conversation reply with 'reply above this line' marker",
    why="removed; blocked in South Korea -> restricted; age-restricted -> restricted",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted"},
)

case(
    name="yt-actioned-and-policy-links",
    date="Wed, 18 Sep 2024 04:12:40 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {YT_REQ} Removal request - 3 items [#58213]",
    reply_to_req="req-240916-06",
    body=f"""Hello,

We have reviewed {Y1} and it has been actioned under our policies.

{Y2} does not violate our Community Guidelines
(https://support.google.com/youtube/answer/9288567), and we have not found
grounds to restrict it locally. It will remain available.

Our Transparency Report has more on how we handle government requests:
https://transparencyreport.google.com/government-removals/overview

YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-notice outcome mail with links to its policy pages",
    why="'actioned under our policies' is a configured removed phrase; no violation and remains available -> rejected",
    items={Y1: "removed", Y2: "rejected"},
)

case(
    name="yt-will-be-removed-promise",
    date="Tue, 17 Sep 2024 11:00:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {YT_REQ} Removal request - 3 items [#58213]",
    reply_to_req="req-240916-06",
    body=f"""Hello,

We've escalated {Y3} and it will be removed within 24 hours once the reviewer
signs off. We will confirm in this conversation.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="interim helpdesk update promising removal",
    why="'will be removed' is a promise",
    items=pend(Y3),
)

case(
    name="yt-bulk-all-blocked",
    date="Thu, 19 Sep 2024 01:05:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {YT_REQ} Removal request - 3 items [#58213]",
    reply_to_req="req-240916-06",
    body="""Hello,

All of the URLs listed in your notice have been blocked from view in South
Korea. We consider this conversation resolved.

YouTube Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="blanket local-block confirmation for a multi-item notice",
    why="a statement about all three items without naming each",
    items=pend(Y1, Y2, Y3),
)

yt_csv = f"""URL,Decision,Detail
{Y1},Removed,Community Guidelines violation
{Y2},Locally blocked (KR),Blocked in South Korea under local law
{Y3},No action,No violation found
"""
case(
    name="yt-csv-attachment-decisions",
    date="Thu, 19 Sep 2024 05:30:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {YT_REQ} Removal request - 3 items [#58213]",
    reply_to_req="req-240916-06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="hs-58213"

--hs-58213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find our decision for each URL of {YT_REQ} in the attached file.

YouTube Legal Support

--hs-58213
Content-Type: text/csv; charset=utf-8; name="KCSC-240916-06_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240916-06_decisions.csv"
Content-Transfer-Encoding: 7bit

{yt_csv}
--hs-58213--
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk reply with a decisions CSV attached",
    why="Removed -> removed; Locally blocked (KR) -> restricted; No action, no violation -> rejected",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

# ---------------------------- unknown sender ------------------------------
case(
    name="bpo-vendor-on-behalf-of-tiktok",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    **{"from": "desk@trustops-bpo.example"},
    name_from="TrustOps Moderation Desk",
    subject=f"RE: {TT_REQ} [TT-LE-20240909-5561]",
    reply_to_req="req-240909-03",
    body=f"""Dear Sir/Madam,

We write on behalf of TikTok's content moderation team. The following videos
have been removed:

{T1}
{T2}

Regards,
TrustOps Moderation Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor replying in a platform's thread",
    why="statements from a domain that is no platform's",
    items=pend(T1, T2),
)


HEADER = """# Blind set 152 (ticket systems and threads): generated by make.py, do not edit.
# Expected results written from each email's meaning before any run of the reader."""


def enc(text):
    """RFC 2047 encoded-word for non-ASCII header text, as Korean mailers send it."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind152", HEADER, CASES)


if __name__ == "__main__":
    main()
