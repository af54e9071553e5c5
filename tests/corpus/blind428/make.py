#!/usr/bin/env python3
"""Blind set 428: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Discord, Kakao (Daum/Tistory), Reddit,
Telegram, X, YouTube and NAVER. Every email is fictional and written in our
own words; expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind428/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests
D = {
    1: "https://discord.gg/nightowlx7",
    2: "https://discord.gg/Qm4vTr2",
    3: "https://discord.com/invite/freebies-hub",
    4: "https://discord.com/channels/1183400000000000101/1183400000000000202/1283400000000000303",
    5: "https://discord.com/channels/1183400000000000101/1183400000000000202/1283400000000000417",
    6: "https://discord.com/channels/1190000000000000555/1190000000000000666/1290000000000000777",
    7: "https://discord.gg/kx82Lmp",
    8: "https://discord.gg/darkmarket-kr",
    9: "https://discord.com/channels/1190000000000000555/1190000000000000666/1290000000000000812",
    10: "https://discord.gg/Hh7sWq",
    11: "https://discord.com/invite/ZpR3n9a",
    12: "https://discord.com/channels/1201111111111111111/1201111111111111222/1301111111111111333",
}
K = {
    1: "https://cafe.daum.net/nightmarket77/Ab3d/1204",
    2: "https://cafe.daum.net/nightmarket77/Ab3d/1211",
    3: "https://bluemoon-diary.tistory.com/45",
    4: "https://bluemoon-diary.tistory.com/entry/%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0-%EB%AA%A8%EC%9D%8C",
}
K4_RAW = "https://bluemoon-diary.tistory.com/entry/정보-공유-모음"
R = {
    1: "https://www.reddit.com/r/koreadeals_free/comments/1fa2b3c/free_accounts_here/",
    2: "https://www.reddit.com/r/koreadeals_free/comments/1fa9x0q/updated_list/",
    3: "https://www.reddit.com/user/seoul_seller_99/comments/1fb1k2m/dm_me/",
}
T = {
    1: "https://t.me/moonlight_store_kr",
    2: "https://t.me/moonlight_store_kr/318",
    3: "https://t.me/fastpill_seoul",
    4: "https://t.me/+Xk3pQ9rTzL0yYjE1",
    5: "https://t.me/quiet_ferry_22/1045",
}
X = {
    1: "https://x.com/goldrush_kr09/status/1833300000000000011",
    2: "https://x.com/goldrush_kr09/status/1833300000000000047",
}
Y1 = "https://www.youtube.com/watch?v=Zq8kT3vWm1A"
N = {
    1: "https://blog.naver.com/starlit_fox21/223560001234",
    2: "https://cafe.naver.com/secondhandzone/88421",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [D[i] for i in range(1, 13)], "drugs", "servers, invites and messages selling controlled substances"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [K[i] for i in range(1, 5)], "fraud", "Daum cafe posts and Tistory entries selling fake IDs"),
    ("KCSC-240909-03", "reddit", "2024-09-09T14:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [R[i] for i in range(1, 4)], "account_trade", "posts selling hacked accounts"),
    ("KCSC-240911-04", "telegram", "2024-09-11T10:15:00+09:00", "2024-09-18T23:59:59+09:00",
     [T[i] for i in range(1, 6)], "drugs", "channels and posts advertising drugs"),
    ("KCSC-240912-05", "x", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [X[1], X[2]], "gambling", "illegal gambling promotion"),
    ("KCSC-240916-06", "youtube", "2024-09-16T09:40:00+09:00", "2024-09-23T23:59:59+09:00",
     [Y1], "gambling", "video promoting an unlicensed betting site"),
    ("KCSC-240919-07", "naver", "2024-09-19T13:20:00+09:00", "2024-09-26T23:59:59+09:00",
     [N[1], N[2]], "fraud", "blog and cafe posts selling forged documents"),
]
MSGID = {ref: "req-%s@kcsc.example" % ref[5:].lower() for ref, *_ in REQUESTS}


def req(ref):
    """In-Reply-To id (without @kcsc.example) of our request email."""
    return MSGID[ref].split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MSGID[ref], note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


ZD_FOOTER = """
--------------------------------
This email is a service from Discord Support. Delivered by Zendesk

[{tag}]
"""

CASES = []


def case(**c):
    c["subject"] = enc(c["subject"])
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    CASES.append(c)


# ================================================================ DISCORD
case(
    name="dc-zendesk-receipt",
    date="Tue, 03 Sep 2024 02:31:07 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' notification that echoes the requester's first comment unquoted",
    why="pure receipt; the URLs appear only in our own request echoed as the ticket's first comment",
    items={},
    body=f"""
##- Please type your reply above this line -##

Your request (48211093) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 2, 2024, 18:00 PDT

Dear Discord,

The Korea Communications Standards Commission asks you to remove the
following content under request KCSC-240903-01 (deadline 10 September 2024):

{D[1]}
{D[2]}
{D[3]}
{D[4]}
{D[5]}
{D[6]}
{D[7]}
{D[8]}
{D[9]}
{D[10]}
{D[11]}
{D[12]}

Kind regards,
KCSC Takedown Desk
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-zendesk-solved-list",
    date="Fri, 06 Sep 2024 18:02:11 +0000",
    **{"from": "support@discord.com"}, name_from="Mina (Discord Trust & Safety)",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public reply with a numbered list of outcomes (Discord Trust & Safety)",
    why="numbered list, one unhedged outcome per link; the rest announced for later",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
    body=f"""
##- Please type your reply above this line -##

Your request (48211093) has been updated. To add additional comments, reply
to this email.

----------------------------------------------

Mina (Discord Trust & Safety), Sep 6, 2024, 11:02 PDT

Hello,

Thanks for your patience while we looked into the report from the Korea
Communications Standards Commission (your reference KCSC-240903-01). This is
where the first four links stand:

1. {D[1]} - the server behind this invite was deleted for breaking our Community Guidelines.
2. {D[2]} - server deleted; the owner's account has also been disabled.
3. {D[3]} - this invite is invalid or expired and we could not tie it to any server.
4. {D[4]} - the message has been removed.

We're still working through the other links in your request and will update
this ticket when we have answers.

Best,
Mina
Discord Trust & Safety
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-followup-same-thread",
    date="Tue, 24 Sep 2024 21:45:30 +0000",
    **{"from": "support@discord.com"}, name_from="Mina (Discord Trust & Safety)",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment with the earlier comments of the ticket listed below it",
    why="new comment: 417 removed, 777 no violation; the platform's own earlier comment restates 1 removed and 3 not found; our own comment in the history states nothing",
    items={D[5]: "removed", D[6]: "rejected", D[1]: "removed", D[3]: "not_found", D[7]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (48211093) has been updated. To add additional comments, reply
to this email.

----------------------------------------------

Mina (Discord Trust & Safety), Sep 24, 2024, 14:45 PDT

Hi again,

Following up on the two messages you asked about:

{D[5]}
This message was removed and the sender's account was disabled.

{D[6]}
We reviewed this message and it does not break our Community Guidelines or
Terms of Service, so it will stay up.

Mina

----------------------------------------------

KCSC Takedown, Sep 23, 2024, 18:10 PDT

Could you tell us the outcome for {D[5]},
{D[6]} and {D[7]}? They
are still open on our side. Thank you.

----------------------------------------------

Mina (Discord Trust & Safety), Sep 6, 2024, 11:02 PDT

Quick note before the full update: the server behind {D[1]} has
been deleted, and {D[3]} is an invalid invite we could not trace.
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-reply-to-reminder-gmail",
    date="Tue, 24 Sep 2024 02:18:44 +0000",
    **{"from": "jordan.h@discord.com"}, name_from="Jordan H.",
    reply_to_req=req("KCSC-240903-01"),
    subject="Re: Reminder: KCSC-240903-01 - items still without an answer",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted Gmail reply to a regulator's reminder, URL then outcome on the next line",
    why="three answered links above the quote; the fourth (Hh7sWq) appears only in our quoted reminder",
    items={D[7]: "removed", D[8]: "removed", D[9]: "not_found", D[10]: "pending"},
    body=f"""
Hi KCSC team,

Sorry for the slow reply. Here is where the links from your reminder stand:

{D[7]}
Removed - the server was deleted on 20 September.

{D[8]}
Removed - server deleted and its owner banned.

{D[9]}
We could not find this message; it no longer exists on our side.

Regards,
Jordan
Discord Legal Operations

On Mon, 23 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
>
> Our request KCSC-240903-01 of 3 September 2024 still has items without an
> answer:
>
> {D[7]}
> {D[8]}
> {D[9]}
> {D[10]}
>
> Please tell us the outcome for each of them.
>
> KCSC Takedown Desk
""",
)

case(
    name="dc-html-table-update",
    date="Mon, 09 Sep 2024 16:20:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Update on request 48211093 (KCSC-240903-01)",
    outcome="applied", classification="confirmation",
    imitates="HTML ticket update with an outcome table (Zendesk HTML template)",
    why="HTML table: two servers removed/invite disabled, one message with no violation",
    items={D[10]: "removed", D[11]: "removed", D[12]: "rejected"},
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (48211093) has been updated.</p>
<hr>
<p><b>Discord Trust &amp; Safety</b> &middot; Sep 9, 2024, 09:20 PDT</p>
<p>Hello,</p>
<p>We've finished reviewing three more links from your report KCSC-240903-01:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{D[10]}">{D[10]}</a></td><td>Server removed</td></tr>
<tr><td><a href="{D[11]}">{D[11]}</a></td><td>Invite disabled</td></tr>
<tr><td><a href="{D[12]}">discord.com/channels/1201111111111111111/1201111111111111222/1301111111111111333</a></td><td>No violation found &ndash; no action taken</td></tr>
</table>
<p>You can read our Community Guidelines at <a href="https://discord.com/guidelines">https://discord.com/guidelines</a>.</p>
<p>Discord Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">This email is a service from Discord Support. Delivered by Zendesk [ZQ41K8-77M2]</p>
</body></html>
""",
)

CSV_ATT = f"""link,outcome,actioned_at_utc
{D[2]},removed,2024-09-10 04:12
{D[3]},not found (invalid invite),
{D[5]},removed,2024-09-10 04:20
{D[7]},no violation,
"""
case(
    name="dc-csv-attachment",
    date="Tue, 10 Sep 2024 05:03:19 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="ticket reply pointing to an attached CSV export of per-link outcomes",
    why="CSV rows: two removed, one invalid invite, one no violation",
    items={D[2]: "removed", D[3]: "not_found", D[5]: "removed", D[7]: "rejected"},
    raw_mime=multipart("mixed", "=_zd_9a1f07", [
        single("text/plain", "8bit", """
##- Please type your reply above this line -##

Your request (48211093) has been updated.

Hello,

Please find attached the outcome for each link of request KCSC-240903-01
that we have reviewed so far. Links that are not in the file are still
being reviewed.

Discord Trust & Safety
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"kcsc-240903-01_outcomes.csv\"\n"
        "Content-Disposition: attachment; filename=\"kcsc-240903-01_outcomes.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(CSV_ATT.encode()).decode(),
    ]),
)

case(
    name="dc-quoted-printable-softwrap",
    date="Wed, 11 Sep 2024 07:44:02 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable ticket reply whose long lines are soft-wrapped inside the URLs",
    why="one sentence: both messages deleted by moderators today",
    items={D[4]: "removed", D[9]: "removed"},
    raw_mime=single("text/plain", "quoted-printable", qp(f"""
Hello,

Ticket 48211093 – update. Both messages you flagged in your follow-up, {D[4]} and {D[9]}, were deleted by our moderators today, and the accounts that posted them can no longer use Discord.

Discord Trust & Safety
""")),
)

case(
    name="dc-freshdesk-status-below",
    date="Thu, 12 Sep 2024 11:30:00 +0000",
    **{"from": "kr-legal@discord.com"}, name_from="Discord Legal Requests",
    reply_to_req=req("KCSC-240903-01"),
    subject="[#KR-20931] Outcome of your report KCSC-240903-01",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style reply with 'Reported item / Status' pairs",
    why="each URL followed by its Status line: two actioned (removed), one no violation",
    items={D[1]: "removed", D[6]: "rejected", D[8]: "removed"},
    body=f"""
Dear KCSC,

Our review of ticket #KR-20931 is complete for the following items.

Reported item: {D[1]}
Status: Actioned - server removed from Discord

Reported item: {D[6]}
Status: No violation - content remains available

Reported item: {D[8]}
Status: Actioned - server removed from Discord

Kind regards,
Discord Legal Requests

Ticket #KR-20931 | To reply, respond to this email above this line.
""",
)

case(
    name="dc-wrapped-angle-url",
    date="Fri, 13 Sep 2024 03:12:55 +0000",
    **{"from": "jordan.h@discord.com"}, name_from="Jordan H.",
    reply_to_req=req("KCSC-240903-01"),
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="agent's plain-text reply whose mail client broke a long URL inside angle brackets",
    why="the message is deleted; the URL is split after a '/' inside <...>, a clerk reads it whole",
    items={D[12]: "removed"},
    body="""
Hello KCSC,

Re ticket 48211093: the message you reported at
<https://discord.com/channels/1201111111111111111/1201111111111111222/
1301111111111111333> has been deleted and the user who posted it is banned
from Discord.

Jordan
Discord Legal Operations
""",
)

case(
    name="dc-korean-fullwidth",
    date="Sat, 14 Sep 2024 01:05:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord 고객지원",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] 요청 48211093 처리 결과 안내",
    outcome="applied", classification="confirmation",
    imitates="Korean-language Zendesk reply from a global platform's localized support team",
    why="server inside full-width parentheses deleted; invite followed by a full-width comma does not exist",
    items={D[8]: "removed", D[10]: "not_found"},
    body=f"""
##- 이 줄 위에 답장을 작성해 주세요 -##

안녕하세요, Discord 신뢰 및 안전팀입니다.

요청번호 48211093(KCSC-240903-01) 관련하여 안내드립니다.

신고하신 서버（{D[8]}）는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{D[10]}，이 초대 링크는 만료되어 더 이상 존재하지 않는 링크입니다.

감사합니다.
Discord 신뢰 및 안전팀
""",
)

case(
    name="dc-jira-resolved",
    date="Mon, 16 Sep 2024 15:48:10 +0000",
    **{"from": "jira@discord.com"}, name_from="Priya (Discord Legal Ops)",
    reply_to_req=req("KCSC-240903-01"),
    subject="TSR-4471 Removal request KCSC-240903-01 (Korea)",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with the agent's comment",
    why="comment: two invites' servers removed; the portal link is not an item",
    items={D[3]: "removed", D[10]: "removed"},
    body=f"""
—-—-—-—-
Reply above this line.

Priya (Discord Legal Ops) resolved this as Done.

TSR-4471: Removal request KCSC-240903-01 (Korea)

Priya (Discord Legal Ops) commented:

The two remaining invites have now been dealt with:
{D[3]} - invite disabled and the server removed.
{D[10]} - server removed.

View request: https://discord-legal.atlassian.net/servicedesk/customer/portal/3/TSR-4471
Turn off this request's notifications

This is shared with KCSC Takedown.

Sent by Atlassian Jira Service Management
""",
)

case(
    name="dc-echoed-report-outcome",
    date="Wed, 04 Sep 2024 20:10:33 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Update on your report 1287734099112",
    outcome="applied", classification="confirmation",
    imitates="in-app report outcome email that echoes the report's fields",
    why="the echoed reported link is the subject of 'we removed the reported message'",
    items={D[6]: "removed"},
    body=f"""
Hi,

We've taken action on content you reported.

-- Report details --
Report ID: 1287734099112
Reported content: {D[6]}
Reported category: Illegal goods / regulated substances
Submitted: 2024-09-03 (reference KCSC-240903-01)

-- Outcome --
We removed the reported message and issued a warning to the account
responsible.

Thanks for helping keep Discord safe.
Discord Safety
""",
)

case(
    name="dc-promise-will-remove",
    date="Sat, 07 Sep 2024 00:40:00 +0000",
    **{"from": "support@discord.com"}, name_from="Mina (Discord Trust & Safety)",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply announcing removal within 24 hours",
    why="'will be removed within the next 24 hours' is a promise, not a statement",
    items={D[1]: "pending", D[2]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (48211093) has been updated.

Hello,

Thanks for the follow-up. We've confirmed that the servers behind
{D[1]} and {D[2]} break our rules, and
they will be removed within the next 24 hours. We'll confirm in this ticket
once that's done.

Mina
Discord Trust & Safety
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-solved-all-bulk",
    date="Wed, 18 Sep 2024 19:00:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Request 48211093 solved: KCSC-240903-01",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line summary for the whole request",
    why="'all of the servers and messages listed' removed, for a 12-item request, naming none",
    items={D[i]: "pending" for i in range(1, 13)},
    body="""
##- Please type your reply above this line -##

Your request (48211093) has been solved.

Hi,

All of the servers and messages listed in your request KCSC-240903-01 have
been removed from Discord. Thank you for helping keep Discord safe.

Discord Trust & Safety

If this does not resolve your request, reply to this email within 7 days to
reopen the ticket.
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-solved-notice-only",
    date="Fri, 27 Sep 2024 19:00:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Request 48211093 has been solved",
    outcome="review", review="not_understood",
    imitates="Zendesk automation that marks a ticket solved after inactivity",
    why="in the request's thread, says only that the ticket is solved; nothing about any item",
    items={},
    body="""
##- Please type your reply above this line -##

Your request (48211093) "KCSC-240903-01 Request for removal of illegal
content" has been marked as solved.

We haven't heard back from you for a while, so we've closed this request.
If you still need help, reply to this email and the request will reopen.

Discord Support
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-asks-more-info",
    date="Thu, 05 Sep 2024 17:25:00 +0000",
    **{"from": "support@discord.com"}, name_from="Mina (Discord Trust & Safety)",
    reply_to_req=req("KCSC-240903-01"),
    subject="[Discord Support] Re: KCSC-240903-01 Request for removal of illegal content",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending' reply asking the requester for message links and legal basis",
    why="asks for evidence and the legal basis for two invites before acting",
    items={D[10]: "pending", D[7]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (48211093) is awaiting your reply.

Hello,

To keep working on this request we need a little more from you. For
{D[10]} and {D[7]}, could you send us
message links or screenshots showing the reported content, and the
provision of Korean law it breaches? We can't proceed on these two links
without it.

Mina
Discord Trust & Safety
""" + ZD_FOOTER.format(tag="ZQ41K8-77M2"),
)

case(
    name="dc-jira-receipt",
    date="Tue, 03 Sep 2024 01:02:45 +0000",
    **{"from": "jira@discord.com"}, name_from="Discord Legal Ops",
    reply_to_req=req("KCSC-240903-01"),
    subject="TSR-4471 Removal request KCSC-240903-01 (Korea)",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'we've received your request' notification",
    why="receipt only: request key and a reply time",
    items={},
    body="""
—-—-—-—-
Reply above this line.

Thanks for contacting Discord Legal Ops. We've received your request
TSR-4471 and someone from the team will respond within 5 business days.

View request: https://discord-legal.atlassian.net/servicedesk/customer/portal/3/TSR-4471
Turn off this request's notifications

Sent by Atlassian Jira Service Management
""",
)

case(
    name="dc-about-telegram-link",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    **{"from": "jordan.h@discord.com"}, name_from="Jordan H.",
    subject="Telegram channel advertised on Discord",
    outcome="review", review="wrong_platform",
    imitates="abuse-desk note from one platform about another platform's link shared on it",
    why="Discord speaks of removing messages advertising a Telegram channel it cannot act on; the channel's status is Telegram's to state",
    items={T[3]: "pending"},
    body=f"""
Hello KCSC,

While working on your Discord request we found several messages on Discord
advertising {T[3]}. Those messages have been removed.
Please note we have no control over Telegram itself; the channel is a matter
for Telegram.

Jordan
Discord Legal Operations
""",
)

# ================================================================ KAKAO
case(
    name="kakao-receipt-korean",
    date="Thu, 05 Sep 2024 02:05:10 +0000",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    reply_to_req=req("KCSC-240905-02"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 (문의번호 2409-118832)",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt of an inquiry",
    why="receipt with an inquiry number, no item named",
    items={},
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 문의번호: 2409-118832
- 접수일시: 2024.09.05 11:05

접수된 순서대로 확인 후 답변드리겠습니다.
답변은 문의 시 남겨주신 이메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="kakao-korean-ticket-result",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    reply_to_req=req("KCSC-240905-02"),
    subject="[카카오] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118832)",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시중단·임시조치 result answer to an inquiry, numbered",
    why="게시중단, 임시조치, 삭제, and a post its author had already deleted (URL with Korean path and particles)",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-02)의 처리 결과를 아래와 같이
안내드립니다.

1. {K[1]} 게시물은 운영정책 위반으로 게시중단 처리하였습니다.
2. {K[2]}의 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
3. {K[3]}는 삭제 조치되었습니다.
4. {K4_RAW} 게시물은 작성자가 이미 삭제한 것으로 확인되어 별도 조치가 불가합니다.

기타 문의사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
)

case(
    name="kakao-base64-partial",
    date="Wed, 11 Sep 2024 08:12:00 +0000",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 운영팀",
    reply_to_req=req("KCSC-240905-02"),
    subject="Re: [카카오] 문의번호 2409-118832 추가 답변",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team's base64-encoded partial answer (one done, one under review)",
    why="first post blinded; the second is still under review",
    items={K[1]: "removed", K[2]: "pending"},
    raw_mime=single("text/plain", "base64", b64(f"""
안녕하세요. Daum 카페 운영팀입니다.
문의번호 2409-118832 관련 추가 답변 드립니다.

- 대상: {K[1]}
  결과: 블라인드 처리 완료

- 대상: {K[2]}
  결과: 카페 운영자의 소명이 접수되어 검토 중이며, 결과는 추후 회신드리겠습니다.

감사합니다.
""")),
)

case(
    name="kakao-ack-plus-result",
    date="Fri, 06 Sep 2024 01:00:00 +0000",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    reply_to_req=req("KCSC-240905-02"),
    subject="[카카오] 요청 접수 및 처리 안내",
    outcome="applied", classification="confirmation",
    imitates="Korean receipt that also reports one finished action",
    why="receipt phrase plus an unhedged deletion of one Tistory entry",
    items={K[3]: "removed"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 내용이 정상적으로 접수되었습니다. (접수번호: 2409-120077)

아울러 요청하신 게시물 중 {K[3]} 는 확인 결과 운영정책 위반으로
삭제 조치하였음을 알려드립니다.
나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
""",
)

case(
    name="kakao-bulk-korean",
    date="Thu, 12 Sep 2024 05:40:00 +0000",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    reply_to_req=req("KCSC-240905-02"),
    subject="[카카오] KCSC-240905-02 처리 완료 안내",
    outcome="review", review="bulk",
    imitates="Korean one-line completion notice for a whole request",
    why="'게시물 4건 모두 게시중단' names no post; request has four items",
    items={K[i]: "pending" for i in range(1, 5)},
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 KCSC-240905-02 건의 게시물 4건에 대하여 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
)

# ================================================================ REDDIT
case(
    name="reddit-ticket-resolved",
    date="Fri, 13 Sep 2024 22:10:00 +0000",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    reply_to_req=req("KCSC-240909-03"),
    subject="Re: [KCSC-240909-03] Removal request - Ticket 7730415 resolved",
    outcome="applied", classification="confirmation",
    imitates="Reddit help-desk 'ticket resolved' reply, each statement followed by its URL on the next line",
    why="two posts removed; author suspended and post no longer visible; the policy link is not an item",
    items={R[1]: "removed", R[2]: "removed", R[3]: "removed"},
    body=f"""
Hi there,

Thanks for your report. Our Safety team has finished its review.

This post was removed for violating Reddit's Content Policy:
{R[1]}

This post was also removed:
{R[2]}

The account that made the following post has been permanently suspended, and
the post is no longer visible on Reddit:
{R[3]}

You can read more about our rules at https://www.redditinc.com/policies/content-policy.

This ticket is now marked resolved. Replying to this email will reopen it.

Reddit Safety
""",
)

case(
    name="reddit-partial-answer",
    date="Thu, 12 Sep 2024 18:00:00 +0000",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    reply_to_req=req("KCSC-240909-03"),
    subject="Re: [KCSC-240909-03] Removal request - Ticket 7730415",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style partial update: one done, one still with specialists",
    why="first post removed; second still under review; third not reached",
    items={R[1]: "removed", R[2]: "pending"},
    body=f"""
Hello,

Quick update on ticket 7730415 (your ref KCSC-240909-03):

- {R[1]} : removed by Reddit admins on Sep 12.
- {R[2]} : still with our specialist team; we'll follow up once a decision is made.

We haven't got to the third link yet.

Reddit Safety
--
Reply above this line to add to this conversation.
""",
)

case(
    name="reddit-under-review",
    date="Tue, 10 Sep 2024 19:30:00 +0000",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    reply_to_req=req("KCSC-240909-03"),
    subject="Re: [KCSC-240909-03] Removal request - Ticket 7730415",
    outcome="review", review="not_understood",
    imitates="help-desk 'escalated, in review' reply naming the reported links",
    why="links escalated and under review; no outcome",
    items={R[1]: "pending", R[3]: "pending"},
    body=f"""
Hi,

Your ticket 7730415 is in review. We've escalated
{R[1]} and
{R[3]}
to our Safety specialists and will let you know the outcome here.

Reddit Safety
""",
)

case(
    name="reddit-forwarded-internal",
    date="Sat, 14 Sep 2024 00:05:00 +0000",
    **{"from": "dana.k@reddit.com"}, name_from="Dana K.",
    subject="Fwd: Ticket 7730415 outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding an internal team's note to the requester with 'FYI'",
    why="the statements are in a forwarded internal message, not made by the sender to us",
    items={R[2]: "pending", R[3]: "pending"},
    body=f"""
FYI - forwarding the Safety team's note on your request KCSC-240909-03.

Dana

---------- Forwarded message ---------
From: Reddit Safety Ops <safety-ops@reddit.com>
Date: Fri, Sep 13, 2024 at 4:41 PM
Subject: Ticket 7730415 outcome
To: Dana K. <dana.k@reddit.com>

Dana - for the Korean regulator ticket: we removed
{R[2]}
and we reviewed {R[3]} and
found no violation, so we're leaving it up.
""",
)

case(
    name="reddit-ooo",
    date="Mon, 23 Sep 2024 01:00:05 +0000",
    **{"from": "dana.k@reddit.com"}, name_from="Dana K.",
    reply_to_req=req("KCSC-240909-03"),
    subject="Automatic reply: Reminder: KCSC-240909-03 - items still without an answer",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office",
    items={},
    body="""
Thanks for your email. I'm out of the office until Monday 30 September with
no access to email. For anything urgent on Safety matters, please write to
safety@reddit.com and a colleague will pick it up.

Dana
""",
)

case(
    name="reddit-no-claims-notice",
    date="Wed, 18 Sep 2024 16:00:00 +0000",
    **{"from": "legal-notices@reddit.com"}, name_from="Reddit Legal",
    subject="Changes to how Reddit receives government removal requests",
    outcome="review", review="no_claims",
    imitates="platform notice to government reporters about a new intake portal",
    why="trusted Reddit mail naming no item and no request",
    items={},
    body="""
Hello,

From 1 October 2024, Reddit will accept removal requests from government
agencies only through our Government Request Portal at
https://support.reddithelp.com/hc/en-us/requests/new?ticket_form_id=gov.
Requests sent by email after that date will receive an automated pointer to
the portal.

Open tickets are not affected and will continue by email.

Reddit Legal
""",
)

# ================================================================ TELEGRAM
case(
    name="tg-case-number-followup",
    date="Sat, 14 Sep 2024 12:40:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    reply_to_req=req("KCSC-240911-04"),
    subject="Re: Case #5512093 - KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply quoting its case number",
    why="channel blocked, its post taken down with it, a username not in use",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    body=f"""
Hello,

Regarding Case #5512093.

The channel {T[1]} has been blocked and is no longer accessible.
The post {T[2]} was taken down together with the channel.
{T[3]}: we could not find any public channel or user with this username.

The Telegram Team
""",
)

case(
    name="tg-outlook-quoting",
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    reply_to_req=req("KCSC-240911-04"),
    subject="RE: KCSC-240911-04 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our full request",
    why="top part: invite link invalid, post deleted; the other three only in our quoted request",
    items={T[4]: "not_found", T[5]: "removed", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
    body=f"""
Good afternoon,

The invite link {T[4]} is not valid - it does not lead to any chat, so there
is nothing for us to act on.
The post {T[5]} has been deleted.

Best regards,
Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:15 AM
To: dsa@telegram.org
Subject: KCSC-240911-04 Request for removal of illegal content

Dear Telegram,

The Korea Communications Standards Commission requests the removal of the
following content (deadline 18 September 2024):

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}
5. {T[5]}

Please tell us, for each item, whether it has been removed.

KCSC Takedown Desk
""",
)

case(
    name="tg-restricted-korea",
    date="Mon, 16 Sep 2024 10:00:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    reply_to_req=req("KCSC-240911-04"),
    subject="Re: Case #5512093 - KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply distinguishing a country restriction from a global block",
    why="channel and its post unavailable in Korea (restricted); another channel blocked for all users (removed)",
    items={T[1]: "restricted", T[2]: "restricted", T[3]: "removed"},
    body=f"""
Dear KCSC,

Following your request KCSC-240911-04 (Case #5512093):

- {T[1]} and its post {T[2]} are no longer available to users in the
  Republic of Korea. The channel remains visible elsewhere.
- The channel {T[3]} was blocked for all users for repeated violations of
  our Terms of Service.

The Telegram Team
""",
)

case(
    name="tg-solved-reopen-note",
    date="Thu, 19 Sep 2024 14:00:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    reply_to_req=req("KCSC-240911-04"),
    subject="Case #5512093 closed",
    outcome="applied", classification="confirmation",
    imitates="case-closed summary with bullets and a reopen window",
    why="two posts deleted; an invite link revoked by its creator before review (no longer works)",
    items={T[2]: "removed", T[5]: "removed", T[4]: "not_found"},
    body=f"""
Case #5512093 is now closed.

Summary of actions:
• {T[2]} — deleted
• {T[5]} — deleted
• {T[4]} — this invite link was revoked by its creator before our review; the link no longer works.

If you believe something was missed, reply to this message within 7 days and
the case will be reopened.

The Telegram Team
""",
)

case(
    name="tg-hedge-appears",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    reply_to_req=req("KCSC-240911-04"),
    subject="Re: Case #5512093 - KCSC-240911-04",
    outcome="review", review="not_understood",
    imitates="interim abuse-desk reply with hedged observations",
    why="'appears to have been deleted', 'may have been renamed': hedges, no statement",
    items={T[1]: "pending", T[3]: "pending"},
    body=f"""
Hello,

Regarding Case #5512093: the channel {T[1]} appears to have been deleted by
its owner, and {T[3]} may have been renamed. We are checking with the
responsible team and will come back to you.

The Telegram Team
""",
)

case(
    name="tg-unknown-sender-outsourced",
    date="Tue, 17 Sep 2024 03:30:00 +0000",
    **{"from": "casework@safedesk-partners.example"}, name_from="SafeDesk Partners Casework",
    reply_to_req=req("KCSC-240911-04"),
    subject="Re: KCSC-240911-04 - response on behalf of Telegram",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor answering on a platform's behalf",
    why="statements about Telegram items from a domain that is no platform's",
    items={T[1]: "pending", T[2]: "pending"},
    body=f"""
Dear Sir or Madam,

We act for Telegram in handling regulator correspondence for the APAC region.
We confirm that {T[1]} and {T[2]} were removed on 16 September 2024.

Kind regards,
SafeDesk Partners - Casework Team
""",
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240911-04 - items still without an answer
Date: Mon, 23 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240911-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Our request KCSC-240911-04 still has items without an answer:
{T[1]}
{T[3]}

Please tell us the outcome for each.
"""
case(
    name="tg-dsn-bounce",
    date="Mon, 23 Sep 2024 01:00:09 +0000",
    **{"from": "mailer-daemon@telegram.org"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) returning our reminder",
    why="delivery status notification; the URLs are only in our returned reminder",
    items={},
    raw_mime=multipart("report", "C9A1E2F0.1727053209/mail-out2.telegram.org", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail-out2.telegram.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<dsa@telegram.org>: mailbox full, try again later (quota exceeded)\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail-out2.telegram.org\n"
        "Arrival-Date: Mon, 23 Sep 2024 01:00:02 +0000\n\n"
        "Final-Recipient: rfc822; dsa@telegram.org\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: x-unix; mailbox full\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + DSN_ORIG,
    ], extra="; report-type=delivery-status"),
)

# ================================================================ X
case(
    name="x-freshdesk-withheld-rejected",
    date="Tue, 17 Sep 2024 20:15:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    reply_to_req=req("KCSC-240912-05"),
    subject="[Ticket #0-2209184] Re: KCSC-240912-05",
    outcome="applied", classification="confirmation",
    imitates="X legal-request ticket reply: country withholding and a refusal",
    why="one post withheld in South Korea; the other does not violate the X Rules and stays up; help-centre link not an item",
    items={X[1]: "restricted", X[2]: "rejected"},
    body=f"""
Hello,

We have reviewed your request.

In accordance with local law, we have withheld the following post in South
Korea:
{X[1]}

After review, we have determined that the following post does not violate the
X Rules, and we are not taking action on it at this time:
{X[2]}

For more information on country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country.

Thanks,
X

Ticket #0-2209184 | Please do not change the subject line when replying.
""",
)

case(
    name="x-angle-brackets",
    date="Sun, 15 Sep 2024 09:00:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    reply_to_req=req("KCSC-240912-05"),
    subject="[Ticket #0-2209184] Re: KCSC-240912-05",
    outcome="applied", classification="confirmation",
    imitates="short agent reply with the URL in angle brackets",
    why="account suspended, post no longer available; the other post still under review",
    items={X[2]: "removed", X[1]: "pending"},
    body=f"""
Hi,

Regarding <{X[2]}>: the account that posted this has been suspended for
violating the X Rules, so the post is no longer available on X.

We are still reviewing the other post in your request.

X Legal
""",
)

case(
    name="x-untrusted-auth-fail",
    date="Mon, 16 Sep 2024 11:00:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    reply_to_req=req("KCSC-240912-05"),
    subject="[Ticket #0-2209184] Re: KCSC-240912-05",
    outcome="review", review="untrusted",
    imitates="X ticket reply whose DKIM/SPF/DMARC fail",
    why="clear statement but authentication failed",
    items={X[1]: "pending"},
    body=f"""
Hello,

We have removed {X[1]} for violating our rules on illegal gambling
promotion.

Thanks,
X

Ticket #0-2209184 | Please do not change the subject line when replying.
""",
)

case(
    name="x-mdn-read-receipt",
    date="Thu, 12 Sep 2024 08:02:00 +0000",
    **{"from": "j.park@x.com"}, name_from="Jae Park",
    subject="Read: KCSC-240912-05 Request for removal of illegal content",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="read receipt",
    items={},
    raw_mime=multipart("report", "----=_MDN_5501", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Your message\n\n  To: legal@x.com\n  Subject: KCSC-240912-05 Request for removal of illegal content\n"
        "  Sent: Thursday, September 12, 2024 4:00 PM (UTC+09:00) Seoul\n\n"
        "was read on Thursday, September 12, 2024 5:02 PM (UTC+09:00) Seoul.\n",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: x.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822; legal@x.com\n"
        "Original-Message-ID: <req-240912-05@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], extra="; report-type=disposition-notification"),
)

# ================================================================ YOUTUBE
case(
    name="yt-sole-removed",
    date="Thu, 19 Sep 2024 17:00:00 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    reply_to_req=req("KCSC-240916-06"),
    subject="Re: KCSC-240916-06 [7-9412000034551]",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome that names no URL",
    why="the only video of a one-item request was removed",
    items={Y1: "removed"},
    body="""
Hello,

Thank you for your notice. Following our review, we have removed the video
you reported from YouTube for violating our Community Guidelines.

Sincerely,
The YouTube Legal Team

Ref: 7-9412000034551
""",
)

case(
    name="yt-age-restricted",
    date="Fri, 20 Sep 2024 17:00:00 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    reply_to_req=req("KCSC-240916-06"),
    subject="Re: KCSC-240916-06 [7-9412000034551]",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: not removed, age restriction applied",
    why="age restriction applied (restricted), even though removal was refused",
    items={Y1: "restricted"},
    body=f"""
Hi,

We reviewed {Y1} in response to your request KCSC-240916-06. The video does
not breach our Community Guidelines in a way that warrants removal, but we
have applied an age restriction, so it can now be watched only by signed-in
users aged 18 or over.

The YouTube Legal Team
""",
)

# ================================================================ NAVER
case(
    name="naver-korean-result",
    date="Mon, 23 Sep 2024 02:00:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    reply_to_req=req("KCSC-240919-07"),
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240919-07)",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 reply with arrows under each URL",
    why="blog post made private (removed), cafe post 30-day 임시조치 (restricted)",
    items={N[1]: "removed", N[2]: "restricted"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.
귀 위원회의 시정요구(KCSC-240919-07)에 대한 조치결과를 회신드립니다.

■ 블로그 게시물
{N[1]}
→ 비공개 처리 완료 (2024.09.20)

■ 카페 게시물
{N[2]}
→ 임시조치(30일) 완료 (2024.09.20)

감사합니다.
""",
)

case(
    name="naver-html-table",
    date="Tue, 24 Sep 2024 03:00:00 +0000",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    reply_to_req=req("KCSC-240919-07"),
    subject="[NAVER] 조치결과 안내 - KCSC-240919-07",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML result table (번호/URL/조치결과/조치일)",
    why="table: blog post deleted; cafe post no violation, kept",
    items={N[1]: "removed", N[2]: "rejected"},
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. NAVER 정책지원 담당자입니다.</p>
<p>요청하신 건(KCSC-240919-07)의 조치결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-23</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>위반사항 없음 (게시 유지)</td><td>-</td></tr>
</table>
<p>조치결과에 대한 문의는 본 메일로 회신 바랍니다.</p>
</body></html>
""",
)

case(
    name="naver-ack-over-quoted-reminder",
    date="Wed, 25 Sep 2024 01:10:00 +0000",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    reply_to_req=req("KCSC-240919-07"),
    subject="[#NV-558120] Re: 독촉: KCSC-240919-07 조치결과 회신 요청",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style automatic receipt that quotes the reminder it answers",
    why="receipt only; URLs appear only in our quoted reminder",
    items={},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 메일이 접수되었습니다. (티켓번호 #NV-558120)
담당자가 확인 후 순차적으로 답변드리겠습니다.

2024년 9월 25일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 2024년 9월 19일 요청드린 KCSC-240919-07 건 중 아래 게시물의 조치결과를 아직
> 받지 못하였습니다.
>
> {N[1]}
> {N[2]}
>
> 조치결과를 회신하여 주시기 바랍니다.
""",
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 428 (ticket systems and threads), written before any run of the reader.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind428", HEADER, CASES)
