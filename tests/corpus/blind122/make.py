#!/usr/bin/env python3
"""Blind set 122: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Telegram, X, YouTube, NAVER, Discord and
Kakao. Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind122/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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
K1_RAW = "https://gongdeok-note.tistory.com/entry/정보-공유-모음"
K1 = "https://gongdeok-note.tistory.com/entry/" + quote("정보-공유-모음")

T = {
    1: "https://t.me/lantern_market/1184",
    2: "https://t.me/lantern_market/1192",
    3: "https://t.me/lantern_market/1207",
    4: "https://t.me/grey_ferry/311",
    5: "https://t.me/grey_ferry/318",
    6: "https://t.me/grey_ferry/342",
    7: "https://t.me/moonlit_bazaar/77",
    8: "https://t.me/moonlit_bazaar/81",
    9: "https://t.me/copperfield_deals/5020",
    10: "https://t.me/copperfield_deals/5031",
    11: "https://t.me/north_pier_club/9",
    12: "https://t.me/north_pier_club/14",
}
X1 = "https://x.com/saltmarsh_kr/status/1831200456789012345"
X2 = "https://x.com/saltmarsh_kr/status/1831207788990011223"
X3 = "https://x.com/dawnrelay_07/status/1830012345678901234"
X4 = "https://x.com/quietkettle/status/1831555000111222333"
X5 = "https://x.com/ember_lane/status/1834400111222333444"
Y1 = "https://www.youtube.com/watch?v=Qm3vR7tLx2A"
Y2 = "https://www.youtube.com/watch?v=bN8kP0wZe5c"
Y3 = "https://www.youtube.com/shorts/Hx4Tq9YuL1s"
N1 = "https://blog.naver.com/river_stone88/223567890123"
N2 = "https://blog.naver.com/river_stone88/223567899001"
N3 = "https://cafe.naver.com/hangangtrade/48213"
N4 = "https://cafe.naver.com/hangangtrade/48377"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
D1 = "https://discord.com/channels/1129384756102938475/1129384756102938480/1282736450019283746"
D2 = "https://discord.gg/Xr7pineowl"
K2 = "https://cafe.daum.net/bluecrane77/Ab3x/1542"
K3 = "https://gongdeok-note.tistory.com/31"

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)


def mid(ref):
    return "request.%s.1" % ref


REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "telegram", "2024-09-03T10:15:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", "gambling promotion channels", [T[i] for i in range(1, 13)]),
    (R2, "x", "2024-09-05T10:02:00+09:00", "2024-09-12T23:59:59+09:00",
     "drug_trade", "drug sale posts", [X1, X2, X3, X4]),
    (R3, "youtube", "2024-09-09T14:30:00+09:00", "2024-09-16T23:59:59+09:00",
     "obscene", "videos and a short", [Y1, Y2, Y3]),
    (R4, "naver", "2024-09-10T09:40:00+09:00", "2024-09-17T23:59:59+09:00",
     "fraud", "blog, cafe and Q&A posts", [N1, N2, N3, N4, N5]),
    (R5, "discord", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "obscene", "message and server invite", [D1, D2]),
    (R6, "kakao", "2024-09-12T10:20:00+09:00", "2024-09-19T23:59:59+09:00",
     "privacy", "Tistory entries and a Daum cafe post", [K1, K2, K3]),
    (R7, "x", "2024-09-13T16:05:00+09:00", "2024-09-20T23:59:59+09:00",
     "defamation", "single post", [X5]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


REQUEST_R1_TEXT = """Dear Telegram,

The Korea Communications Standards Commission asks you to remove the
following 12 posts, which promote illegal online gambling in Korea
(request KCSC-240903-01):

""" + "\n".join(T[i] for i in range(1, 13)) + """

Please reply to this email with the action taken on each link by
10 September 2024.

KCSC Takedown Desk"""

REQUEST_R2_TEXT = """Dear X,

Under Article 44-7 of the Network Act, the Commission requests that the
following posts be removed or made unavailable in Korea
(request KCSC-240905-02):

%s
%s
%s
%s

Please let us know the outcome for each post by 12 September 2024.

KCSC Takedown Desk""" % (X1, X2, X3, X4)

REQUEST_R4_REMINDER = """아래 게시물 5건은 처리 기한(2024-09-17)이 지났으나 아직 처리 결과를
받지 못했습니다. 게시물별 조치 결과를 회신해 주시기 바랍니다.

%s
%s
%s
%s
%s

방송통신심의위원회 삭제요청 담당""" % (N1, N2, N3, N4, N5)

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Telegram (R1, 12 items) =========================
case(
    name="tg-case-receipt-autogenerated",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 03 Sep 2024 10:16:44 +0900",
    subject="[Case #4410291] Received: KCSC-240903-01 removal request",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""Hello,

This is an automatic confirmation that your message reached the Telegram
abuse team. It was logged as Case #4410291.

Moderators handle reports in the order they arrive. There is no need to send
the links again: any reply to this email is added to the same case.

Telegram Abuse Team
--
Please keep the case number in the subject line of any reply.
""",
    outcome="ignored",
    imitates="Zendesk-style 'we received your request' autoresponder with a case number",
    why="pure receipt, no statement about any link",
    items={},
)

case(
    name="tg-zendesk-solved-numbered-list",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 20:02:10 +0900",
    subject="[Telegram] Re: KCSC-240903-01 removal request [Case #4410291]",
    reply_to_req=mid(R1),
    body="""##- Please type your reply above this line -##

Your request (#4410291) has been solved. To reopen it, simply reply to this
email.

Marat V. (Telegram Support)
Sep 6, 2024, 15:02 GMT+4

Hello,

We have finished looking at the first six links of your request
KCSC-240903-01. Results:

1. %s - removed
2. %s - removed
3. %s - removed; the channel itself has been shut down for repeated violations
4. %s - removed
5. %s - we could not find this message, the link does not lead to any existing post
6. %s - reviewed, no violation of our Terms of Service found. The post stays available.

The remaining links are with another moderator and you will hear from us
separately.

Kind regards,
Marat
Telegram Support

--------------------------------
This email is a service from Telegram Support. Delivered by Zendesk
[QX7R2-8KPL]
""" % (T[1], T[2], T[3], T[4], T[5], T[6]),
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the agent's comment",
    why="numbered list, one status per link: four removed, one not found, one kept up",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "removed",
           T[5]: "not_found", T[6]: "rejected"},
)

TG_PREV = """Hello,

We have finished looking at the first six links of your request
KCSC-240903-01. Results:

1. %s - removed
2. %s - removed
3. %s - removed; the channel itself has been shut down for repeated violations
4. %s - removed
5. %s - we could not find this message, the link does not lead to any existing post
6. %s - reviewed, no violation of our Terms of Service found. The post stays available.

The remaining links are with another moderator and you will hear from us
separately.

Kind regards,
Marat""" % (T[1], T[2], T[3], T[4], T[5], T[6])

case(
    name="tg-followup-top-posted-over-previous",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 17:40:03 +0900",
    subject="Re: [Telegram] Re: KCSC-240903-01 removal request [Case #4410291]",
    reply_to_req=mid(R1),
    body="""Hello again,

An update on the rest of case #4410291:

%s and %s were removed today.
The posts %s and %s are now blocked for users in South Korea under local
law; they remain visible elsewhere.

Marat
Telegram Support

On Fri, Sep 6, 2024 at 3:02 PM Telegram Support <support@telegram.org> wrote:
%s
""" % (T[7], T[8], T[9], T[10], quote_lines(TG_PREV)),
    outcome="applied",
    imitates="agent follow-up in the same ticket thread, Gmail-style quote of the earlier answer",
    why="two removed, two restricted in Korea; the earlier results appear only in the '>' quote",
    items={T[7]: "removed", T[8]: "removed", T[9]: "restricted", T[10]: "restricted",
           T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-reminder-reply-still-reviewing",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 11:05:51 +0900",
    subject="Re: [Reminder] KCSC-240903-01: 2 items still pending",
    body="""Dear KCSC team,

Thanks for the reminder. The links below from request KCSC-240903-01 are
still with our moderation team:

%s
%s

They will be taken down if the review confirms they break our rules. We
expect to get back to you by the end of next week.

Best,
Telegram Abuse Team

> Dear Telegram,
> The following items of request KCSC-240903-01 (sent 3 September 2024) are
> still pending after the deadline of 10 September 2024:
> %s
> %s
""" % (T[11], T[12], T[11], T[12]),
    outcome="review", review="not_understood",
    imitates="abuse-desk reply to a reminder: still under review, conditional promise",
    why="'will be taken down if' is a promise under a condition, not a statement",
    items={T[11]: "pending", T[12]: "pending"},
)

case(
    name="tg-case-closed-all-content",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject="Case #4410291 closed - KCSC-240903-01",
    body="""Hello,

We would like to inform you that all the content you reported in request
KCSC-240903-01 has been taken down. This case is now closed.

If you have further reports, please open a new case.

Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="ticket closure notice summarising the whole case in one sentence",
    why="one sentence about all twelve links without naming any of them",
    items={},
)

TG_CSV = """url,decision,scope,decided_at
%s,removed,global,2024-09-12
%s,no violation,-,2024-09-12
%s,restricted,KR,2024-09-12
""" % (T[11], T[12], T[9])

case(
    name="tg-csv-attachment-decisions",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 19:30:00 +0900",
    subject="Re: KCSC-240903-01 [Case #4410291] decisions",
    reply_to_req=mid(R1),
    raw_mime="""Content-Type: multipart/mixed; boundary="==tg-csv-4410291=="

--==tg-csv-4410291==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached our decisions on three links from your request
KCSC-240903-01 (Case #4410291). The columns are the link, our decision,
its territorial scope and the date of the decision.

Telegram DSA Team

--==tg-csv-4410291==
Content-Type: text/csv; charset=utf-8; name="case_4410291_decisions.csv"
Content-Disposition: attachment; filename="case_4410291_decisions.csv"
Content-Transfer-Encoding: 8bit

%s
--==tg-csv-4410291==--
""" % TG_CSV.strip("\n"),
    outcome="applied",
    imitates="trust-and-safety export attached to a ticket reply as CSV",
    why="CSV rows: removed globally, no violation, restricted in KR",
    items={T[11]: "removed", T[12]: "rejected", T[9]: "restricted"},
)

case(
    name="tg-dmarc-fail-completed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Sat, 14 Sep 2024 02:44:19 +0900",
    subject="Re: KCSC-240903-01 completed",
    body="""Hello,

Your request KCSC-240903-01 has been completed. The posts %s and
%s have been deleted.

Telegram Abuse Team
""" % (T[6], T[5]),
    outcome="review", review="untrusted",
    imitates="short abuse-desk completion notice, here failing DMARC",
    why="telegram.org sender whose DKIM/SPF/DMARC fail",
    items={T[6]: "pending", T[5]: "pending"},
)

case(
    name="tg-agent-out-of-office",
    **{"from": "marat.v@telegram.org"}, name_from="Marat Valiev",
    date="Wed, 11 Sep 2024 09:00:02 +0900",
    subject="Automatic reply: KCSC-240903-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse reports please write to abuse@telegram.org; your message has not
been forwarded.

Marat
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from the assigned agent",
    why="out-of-office auto-reply",
    items={},
)

TG_HTML_TABLE = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown,</p>
<p>The status of your ticket <b>#88213</b> (KCSC-240903-01) has been changed to
<b>Resolved</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Action taken</th></tr>
<tr><td><a href="%s">%s</a></td><td>Removed</td></tr>
<tr><td><a href="%s">%s</a></td><td>Not found (deleted by the channel owner before our review)</td></tr>
<tr><td><a href="%s">%s</a></td><td>Restricted in South Korea</td></tr>
</table>
<p>You can view the ticket at
<a href="https://support.telegram.org/helpdesk/tickets/88213">https://support.telegram.org/helpdesk/tickets/88213</a>.</p>
<p>Regards,<br>Telegram Support</p>
</body></html>""" % (T[3], T[3], T[8], T[8], T[4], T[4])

TG_HTML_PLAIN = """Dear KCSC Takedown,

The status of your ticket #88213 (KCSC-240903-01) has been changed to Resolved.

Link | Action taken
%s | Removed
%s | Not found (deleted by the channel owner before our review)
%s | Restricted in South Korea

You can view the ticket at https://support.telegram.org/helpdesk/tickets/88213.

Regards,
Telegram Support""" % (T[3], T[8], T[4])

case(
    name="tg-freshdesk-resolved-html-table",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 16:21:37 +0900",
    subject="Ticket #88213 status changed to Resolved - KCSC-240903-01",
    raw_mime="""Content-Type: multipart/alternative; boundary="fd-88213-alt"

--fd-88213-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

%s

--fd-88213-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

%s

--fd-88213-alt--
""" % (TG_HTML_PLAIN, TG_HTML_TABLE),
    outcome="applied",
    imitates="Freshdesk 'ticket status changed to Resolved' notification with a results table",
    why="table: removed, deleted by owner (not found), restricted in Korea; the helpdesk link is no item",
    items={T[3]: "removed", T[8]: "not_found", T[4]: "restricted"},
)

case(
    name="tg-jira-transition-done",
    **{"from": "jira@telegram.org"}, name_from="Telegram Jira",
    date="Fri, 13 Sep 2024 14:07:55 +0900",
    subject="[JIRA] (TSD-5512) KCSC-240903-01 - removal request from KCSC",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 4be1c0d2a9e7"],
    body="""Lina Ortega updated TSD-5512
------------------------------------
Change By: Lina Ortega
Status: In Progress -> Done
Resolution: Fixed

Comment (Lina Ortega):
Both north_pier_club posts are gone:
- %s deleted together with the channel
- %s deleted

------------------------------------
This message was sent by Atlassian Jira (v9.12.4#912004-sha1:5f1e2a3)
""" % (T[11], T[12]),
    outcome="applied",
    imitates="Jira Service Management issue-updated notification with a transition and comment",
    why="agent comment states each post deleted; the system headers mark it auto-generated but it carries statements",
    items={T[11]: "removed", T[12]: "removed"},
)

case(
    name="tg-outlook-original-message-below",
    **{"from": "i.petrova@telegram.org"}, name_from="Irina Petrova",
    date="Wed, 11 Sep 2024 18:15:20 +0900",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid(R1),
    body="""Hello,

%s has been removed. The other links in your request are still under review
and we will write again once we have a decision.

Regards,
Irina Petrova
Telegram | Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:15 AM
To: dsa@telegram.org
Subject: KCSC-240903-01 removal request

%s
""" % (T[10], REQUEST_R1_TEXT),
    outcome="applied",
    imitates="Outlook reply above '-----Original Message-----' with our request unquoted below",
    why="one link removed; the rest is promised; our own request below the separator is not a statement",
    items={T[10]: "removed", T[1]: "pending", T[9]: "pending"},
)

case(
    name="tg-helpscout-second-look",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 17 Sep 2024 12:30:45 +0900",
    subject="Re: KCSC-240903-01 [#20931]",
    body="""Hi there,

Two more results for your request KCSC-240903-01:

\u2022 %s \u2014 after a second look this post was blocked on Telegram for all users.
\u2022 %s \u2014 we were unable to locate this message. It may never have existed at that address.

If you disagree with a decision, you can ask for it to be reviewed at
https://telegram.org/support/appeal?case=20931

Daniyar
Telegram Support

------------
Conversation #20931 \u00b7 Reply to this email to continue the conversation
""" % (T[6], T[10]),
    outcome="applied",
    imitates="Help Scout conversation reply with bullets and an appeal link",
    why="blocked for all users = removed; unable to locate = not found; appeal link is no item",
    items={T[6]: "removed", T[10]: "not_found"},
)

# ======================= X (R2, 4 items; R7, 1 item) ======================
case(
    name="x-case-receipt-echoes-links",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 10:03:12 +0900",
    subject="Case# 0193027845: We received your report [ref:KCSC-240905-02]",
    body="""Hello,

Thanks for contacting X. This message confirms that we received your legal
request. Your case number is 0193027845.

You reported the following content:
%s
%s
%s
%s

We will review the report and let you know if we need anything else. Please
do not reply to this email.

X Legal Support
""" % (X1, X2, X3, X4),
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request receipt that echoes the reported URLs",
    why="pure receipt: the links are echoed back, nothing is said about their state",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-withheld-two-rejected-one-gone",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 04:18:09 +0900",
    subject="Re: KCSC-240905-02 [Case# 0193027845]",
    reply_to_req=mid(R2),
    body="""Hello,

We have reviewed your request KCSC-240905-02. In response, we have withheld
the following posts in South Korea:

%s
%s

We did not take action on the post below, as we did not find it to violate
the X Rules and the request did not give us a sufficient legal basis to act
on it in Korea:

%s

The post %s had already been deleted by the account owner when we looked at
it.

To learn more about withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""" % (X1, X2, X3, X4),
    outcome="applied",
    imitates="X legal outcome email: country-withheld list, a refusal, a post already deleted",
    why="two withheld in KR, one refused with reason, one deleted by its author; the help link is no item",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "not_found"},
)

case(
    name="x-single-item-request-no-url",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 08:55:40 +0900",
    subject="Re: KCSC-240913-07 removal request",
    reply_to_req=mid(R7),
    body="""Hello,

Following our review, the reported content has been removed for violating
our Abuse and Harassment policy.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X terse outcome reply in the request's own thread",
    why="a request of one item; 'the reported content has been removed' can only mean that item",
    items={X5: "removed"},
)

case(
    name="x-gmail-top-post-over-request",
    **{"from": "dpark@x.com"}, name_from="Devon Park",
    date="Mon, 09 Sep 2024 13:21:00 +0900",
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req=mid(R2),
    body="""Hi,

The post at %s is now withheld in Korea. I'm still waiting on our legal team
for the other three.

Devon

On Thu, Sep 5, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (X4, quote_lines(REQUEST_R2_TEXT)),
    outcome="applied",
    imitates="staff member's Gmail reply top-posted over the quoted request",
    why="one post withheld in KR; the other three appear only in our quoted request",
    items={X4: "restricted", X1: "pending", X3: "pending"},
)

case(
    name="x-angle-brackets-wrapped-url",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:10:31 +0900",
    subject="Case# 0193027845 update",
    body="""Hello KCSC,

Update on request KCSC-240905-02. The following posts were removed for
violating the X Rules:

<%s>
<https://x.com/saltmarsh_kr/status/
1831207788990011223>

Thank you,
X Legal
""" % X1,
    outcome="applied",
    imitates="plain-text case update with URLs in angle brackets, one wrapped by the mailer",
    why="both posts removed; the second URL is broken across two lines inside its brackets",
    items={X1: "removed", X2: "removed"},
)

case(
    name="x-lookalike-domain-sender",
    **{"from": "trust-desk@xcorp-legalnotices.com"}, name_from="X Corp Trust Desk",
    date="Sat, 14 Sep 2024 21:47:02 +0900",
    subject="Re: KCSC-240905-02",
    body="""Dear Sir/Madam,

We confirm that the posts %s and %s were removed from the platform on
13 September 2024.

X Corp Trust Desk
""" % (X3, X4),
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike outsourced 'trust desk' domain",
    why="xcorp-legalnotices.com is not a domain of X or any platform",
    items={X3: "pending", X4: "pending"},
)

case(
    name="x-promise-once-review-complete",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 06:30:00 +0900",
    subject="Re: KCSC-240905-02 [Case# 0193027845]",
    body="""Hello,

Thank you for your request KCSC-240905-02. We will withhold %s and
%s in South Korea once our legal review is complete, which usually takes
3-5 business days.

X Legal
""" % (X3, X4),
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising country withholding",
    why="'will withhold ... once review is complete' is a promise",
    items={X3: "pending", X4: "pending"},
)

case(
    name="x-agent-text-contradicts-summary",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 03:02:17 +0900",
    subject="Case# 0193027845 resolved",
    body="""Hello,

We have withheld %s in South Korea.

Thanks,
X Legal

--- Case summary ---
Reported content: %s
Outcome: No action taken - content does not violate the X Rules
--------------------
""" % (X3, X3),
    outcome="review", review="conflicting_statements",
    imitates="case-resolved email whose auto-generated summary disagrees with the agent's text",
    why="the same post is both 'withheld in South Korea' and 'no action taken'",
    items={X3: "pending"},
)

case(
    name="x-bare-url-status-line-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 05:44:12 +0900",
    subject="Re: KCSC-240905-02 - outcome",
    body="""Hello,

Please see the outcome for each post in your request below.

%s
Status: Withheld in KR

%s
Status: Removed - violation of our Violent Speech policy

More about our policies: https://help.x.com/en/rules-and-policies/violent-speech

X Legal
""" % (X3, X4),
    outcome="applied",
    imitates="ticket macro answer: bare URL with a 'Status:' line under it",
    why="withheld in KR = restricted; removed; the policy link is no item",
    items={X3: "restricted", X4: "removed"},
)

# ======================= YouTube (R3, 3 items) ===========================
case(
    name="yt-legal-ticket-three-actions",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:11:38 +0900",
    subject="[2-4117000031277] Re: KCSC-240909-03 - Request for removal",
    reply_to_req=mid(R3),
    body="""Hello,

Thank you for your request. Ticket ID: 2-4117000031277.

We have reviewed the content you reported and have taken the following
actions:

- %s: removed from YouTube for violating our Community Guidelines.
- %s: blocked from view in South Korea on the basis of local law.
- %s: age-restricted; it is no longer visible to signed-out users or to
  users under 18.

Regards,
The YouTube Legal Team
""" % (Y1, Y2, Y3),
    outcome="applied",
    imitates="Google legal support ticket reply listing actions per video",
    why="removed; blocked in Korea = restricted; age-restricted = restricted",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted"},
)

case(
    name="yt-actioned-and-no-violation",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 01:02:00 +0900",
    subject="[2-4117000031277] Update on KCSC-240909-03",
    body="""Hello,

We have reviewed your report about %s. The video has been actioned under
our policies.

We have also reviewed %s and did not find it to violate our Community
Guidelines or local law, so it remains available on YouTube.

Regards,
The YouTube Legal Team
""" % (Y2, Y1),
    outcome="applied",
    imitates="YouTube 'actioned under our policies' outcome plus a refusal",
    why="'has been actioned under our policies' is a configured removed phrase; the other stays up",
    items={Y2: "removed", Y1: "rejected"},
)

YT_QP_TEXT = (
    "안녕하세요, 방송통신심의위원회 담당자님.\n\n"
    "요청하신 콘텐츠(KCSC-240909-03)에 대한 검토 결과를 알려 드립니다. 동영상 "
    + Y3 + " 은(는) YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.\n\n"
    "나머지 동영상 2건은 검토가 끝나는 대로 별도로 안내해 드리겠습니다.\n\n"
    "감사합니다.\nYouTube 법무팀\n"
)

case(
    name="yt-korean-quoted-printable",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 15:20:10 +0900",
    subject="Re: KCSC-240909-03 삭제 요청",
    reply_to_req=mid(R3),
    raw_mime="""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(YT_QP_TEXT),
    outcome="applied",
    imitates="Korean reply from Google's Korean legal desk, quoted-printable with soft line breaks",
    why="the short was deleted; the other two are only promised an answer",
    items={Y3: "removed"},
)

case(
    name="yt-read-receipt",
    **{"from": "jwhan@google.com"}, name_from="Ji-woo Han",
    date="Mon, 09 Sep 2024 15:02:44 +0900",
    subject="Read: KCSC-240909-03 - Request for removal",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7741"

--mdn-7741
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-kr@google.com
  Subject: KCSC-240909-03 - Request for removal
  Sent: 9 September 2024 14:30

was read on 9 September 2024 15:02.

--mdn-7741
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822;jwhan@google.com
Original-Message-ID: <request.KCSC-240909-03.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7741--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt)",
    why="MDN",
    items={},
)

case(
    name="yt-needs-timestamps",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:48:27 +0900",
    subject="[2-4117000031277] Additional information needed - KCSC-240909-03",
    body="""Hello,

To continue processing your request for %s, we need the exact timestamps
at which the reported content appears in the video, and the provision of
Korean law you consider it to violate.

Please reply to this email with this information. Until we hear from you,
this part of your request will remain on hold.

Regards,
The YouTube Legal Team
""" % Y1,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal 'additional information needed' ticket reply",
    why="the platform asks for timestamps and a legal basis before acting",
    items={Y1: "pending"},
)

case(
    name="yt-resolved-all-three-no-links",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 10:15:00 +0900",
    subject="[2-4117000031277] Your request has been resolved",
    body="""Hello,

All three videos reported in request KCSC-240909-03 have been removed from
YouTube. This ticket is now marked as resolved.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="ticket resolved notice with a one-sentence summary",
    why="a statement about all three videos of a 3-item request, none named",
    items={},
)

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
       b"4 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8/Length 1>>stream\n\x80\nendstream endobj\n"
       b"5 0 obj<</Length 27>>stream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")

case(
    name="yt-scanned-letter-pdf-only",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:30:00 +0900",
    subject="[2-4117000031277] Decision letter - KCSC-240909-03",
    raw_mime="""Content-Type: multipart/mixed; boundary="yt-pdf-31277"

--yt-pdf-31277
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please see the attached letter for our decision on request KCSC-240909-03.

Regards,
The YouTube Legal Team

--yt-pdf-31277
Content-Type: application/pdf; name="decision_2-4117000031277.pdf"
Content-Disposition: attachment; filename="decision_2-4117000031277.pdf"
Content-Transfer-Encoding: base64

%s
--yt-pdf-31277--
""" % b64(PDF),
    outcome="review", review="unreadable_attachment",
    imitates="ticket reply whose decision is only in a scanned PDF letter",
    why="the decision is in a scanned PDF with no text to read",
    items={},
)

case(
    name="yt-korean-numbered-arrows",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Mon, 16 Sep 2024 17:05:00 +0900",
    subject="RE: [KCSC-240909-03] 불법정보 삭제 요청",
    reply_to_req=mid(R3),
    body="""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 동영상 중 2건의 처리 결과입니다.

1) %s
   → 국내 법률에 따라 한국에서 접근이 제한되었습니다.
2) %s
   → 커뮤니티 가이드 위반으로 삭제되었습니다.

감사합니다.
YouTube 법무지원팀
""" % (Y1, Y3),
    outcome="applied",
    imitates="Korean-language legal desk reply, URL with the result on the line below",
    why="접근 제한 in Korea = restricted; 삭제 = removed",
    items={Y1: "restricted", Y3: "removed"},
)

# ======================= NAVER (R4, 5 items) =============================
case(
    name="naver-result-notice-list",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-04)",
    body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 접수번호: 2024091000873
■ 처리 결과
 - %s : 삭제
 - %s : 임시조치(30일)
 - %s : 게시물 없음(작성자 삭제)

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""" % (N1, N2, N3),
    outcome="applied",
    imitates="NAVER 게시중단 처리 결과 안내 notice",
    why="삭제 = removed, 임시조치 = restricted, 게시물 없음(작성자 삭제) = not found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-reminder-reply-two-of-five",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 18 Sep 2024 16:32:08 +0900",
    subject="RE: [재요청] KCSC-240910-04 미처리 게시물 조치 요청",
    body="""안녕하세요, 네이버 권리보호센터입니다.

재요청 주신 5건 중 2건은 아래와 같이 조치를 마쳤습니다.

1. %s — 블라인드 처리 완료
2. %s — 임시조치(30일)

나머지 3건은 법무 검토가 진행 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: policy@navercorp.com
Subject: [재요청] KCSC-240910-04 미처리 게시물 조치 요청

%s
""" % (N4, N5, REQUEST_R4_REMINDER),
    outcome="applied",
    imitates="Outlook reply to our reminder (재요청), partial answer above the original message",
    why="블라인드 = removed, 임시조치 = restricted; the other three are only in our reminder below",
    items={N4: "removed", N5: "restricted", N1: "pending", N2: "pending"},
)

case(
    name="naver-particles-fullwidth",
    raw_utf8_headers=True,
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 11:25:00 +0900",
    subject="Re: KCSC-240910-04 처리 결과 회신",
    body="""안녕하세요.

문의하신 블로그 게시물（%s）은 운영정책 위반으로 비공개 처리되었습니다．

또한 카페 게시물 %s에 대해서는 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다．

감사합니다.
NAVER 고객센터
""" % (N1, N3),
    outcome="applied",
    imitates="NAVER customer-centre prose reply with full-width punctuation and particles glued to URLs",
    why="비공개 처리 = removed; no violation, kept = rejected",
    items={N1: "removed", N3: "rejected"},
)

NAVER_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<p>KCSC-240910-04 시정요구에 대한 조치결과를 아래와 같이 통보드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>%s</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>%s</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>%s</td><td>임시조치</td><td>2024.09.13</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>
""" % (N5.replace("&", "&amp;"), N2, N4)

case(
    name="naver-base64-html-measures-table",
    **{"from": "help@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 18:40:00 +0900",
    subject="[NAVER] 시정요구 조치결과 통보 (KCSC-240910-04)",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(NAVER_HTML),
    outcome="applied",
    imitates="시정요구 조치결과 통보 table, base64-encoded HTML",
    why="table rows: 삭제, 삭제, 임시조치",
    items={N5: "removed", N2: "removed", N4: "restricted"},
)

case(
    name="naver-report-receipt",
    **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 09:41:30 +0900",
    subject="[네이버] 신고 접수 안내 (KCSC-240910-04)",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.

■ 접수번호: 2024091000873
■ 접수일시: 2024.09.10 09:41

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고 접수 안내 receipt",
    why="pure receipt with a reception number",
    items={},
)

case(
    name="naver-appears-deleted-will-act",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    subject="RE: KCSC-240910-04 게시물 조치 요청",
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청하신 %s 게시물은 이미 삭제된 것으로 보입니다.
%s 은(는) 내부 검토 후 조치할 예정입니다.

감사합니다.
""" % (N4, N2),
    outcome="review", review="not_understood",
    imitates="NAVER interim reply with a hedge and a promise",
    why="'삭제된 것으로 보입니다' is a hedge, '조치할 예정' a promise",
    items={N4: "pending", N2: "pending"},
)

case(
    name="naver-cafe-subdomain-bullet",
    **{"from": "cafe_help@cafe.naver.com"}, name_from="네이버 카페 운영지원",
    date="Fri, 13 Sep 2024 09:05:00 +0900",
    subject="[네이버 카페] KCSC-240910-04 게시중단 조치 안내",
    body="""안녕하세요, 네이버 카페 운영지원입니다.

요청하신 게시물에 대해 아래와 같이 조치하였습니다.

\u2022 카페 게시글 %s : 게시중단 조치 완료 (2024.09.13)

관련 문의는 카페 고객센터를 이용해 주시기 바랍니다.
""" % N4,
    outcome="applied",
    imitates="NAVER cafe team 게시중단 notice from a naver.com subdomain",
    why="게시중단 = removed; cafe.naver.com is a subdomain of the configured naver.com",
    items={N4: "removed"},
)

# ======================= Discord (R5, 2 items) ===========================
case(
    name="discord-zendesk-solved-prose",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 03:41:00 +0900",
    subject="[Discord] Your request #38817264 has been solved",
    body="""##- Please type your reply above this line -##

Your request #38817264 has been solved. If you feel the issue is not
resolved, reply to this email to reopen it.

Trust & Safety (Discord)
Sep 13, 2024, 11:41 PDT

Hi KCSC team,

Thank you for your report regarding KCSC-240911-05. After review, we removed
the message at %s and took action against the account that posted it. The
server reached through the invite %s has been removed from Discord for
violating our Community Guidelines.

Best,
Discord Trust & Safety
""" % (D1, D2),
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk 'request solved' email",
    why="message removed; the server behind the invite removed",
    items={D1: "removed", D2: "removed"},
)

case(
    name="discord-zendesk-hosted-domain",
    **{"from": "safety@discord.zendesk.com"}, name_from="Discord Safety",
    date="Sat, 14 Sep 2024 03:45:12 +0900",
    subject="[Discord] Re: request #38817264 (KCSC-240911-05)",
    body="""Hi KCSC team,

We removed the message you reported at %s.

Best,
Discord Safety
""" % D1,
    outcome="review", review="unknown_sender",
    imitates="helpdesk reply sent from the vendor's default *.zendesk.com address",
    why="discord.zendesk.com is not a configured Discord sender domain",
    items={D1: "pending"},
)

case(
    name="discord-invite-invalid-message-pending",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 08:20:00 +0900",
    subject="Re: [Discord] Request #38817264",
    body="""Hi there,

The invite link %s is invalid or has expired, so there is nothing for us to
act on.

The message link is still being reviewed by our team:
%s

We'll follow up once that review is done.

Discord Trust & Safety
""" % (D2, D1),
    outcome="applied",
    imitates="Discord partial answer: an expired invite and a message still in review",
    why="invalid invite = not found; the message is still under review",
    items={D2: "not_found", D1: "pending"},
)

case(
    name="discord-receipt-with-early-removal",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 18:02:33 +0900",
    subject="[Discord] We received your request #38817264",
    body="""Thanks for reaching out! We've received your report about KCSC-240911-05
and created request #38817264.

The message you reported at %s was already removed by our team earlier
today. We're still looking into the invite link and will update this
request when we're done.

Discord Trust & Safety
""" % D1,
    outcome="applied", classification="confirmation",
    imitates="ticket receipt whose agent adds a first result",
    why="an acknowledgement phrase plus an unhedged removal statement is a confirmation",
    items={D1: "removed"},
)

# ======================= Kakao (R6, 3 items) =============================
case(
    name="kakao-result-raw-korean-path",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 13:00:00 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 - KCSC-240912-06",
    body="""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

%s → 게시중단
%s → 블라인드
%s → 임시조치(30일, 접근 제한)

처리 결과에 이의가 있는 경우 고객센터(https://cs.kakao.com)로 문의해 주세요.
""" % (K1_RAW, K3, K2),
    outcome="applied",
    imitates="Kakao/Daum 게시중단 처리 결과 안내 with a raw Korean Tistory path",
    why="게시중단 and 블라인드 = removed, 임시조치 = restricted; the raw Korean path matches its encoded form",
    items={K1: "removed", K3: "removed", K2: "restricted"},
)

case(
    name="kakao-speaks-about-naver-post",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 15:50:00 +0900",
    subject="Re: KCSC-240910-04 게시물 조치 요청",
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 메일에 포함된 %s 게시물은 확인 결과 삭제되어 더 이상 존재하지 않습니다.
해당 주소는 카카오 서비스가 아니므로 추가 문의는 네이버로 해 주시기 바랍니다.

감사합니다.
""" % N2,
    outcome="review", review="wrong_platform",
    imitates="a portal's reply about a link on another portal",
    why="Kakao states the state of a NAVER blog post",
    items={N2: "pending"},
)

case(
    name="kakao-forwarded-cafe-team",
    **{"from": "doyun.kim@kakaocorp.com"}, name_from="김도윤",
    date="Sat, 14 Sep 2024 15:02:00 +0900",
    subject="Fwd: [다음카페] 신고 게시물 처리 결과",
    body="""담당자님, 카페팀에서 받은 결과를 전달드립니다.

---------- Forwarded message ---------
보낸사람: 다음카페 운영지원 <cafe-ops@daum.net>
Date: 2024년 9월 14일 (토) 오후 2:10
Subject: [다음카페] 신고 게시물 처리 결과
To: 김도윤 <doyun.kim@kakaocorp.com>

KCSC-240912-06 건 관련, %s 게시물은 카페 운영자가 삭제했습니다.
""" % K2,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's result",
    why="the only statement is inside a forwarded message",
    items={K2: "pending"},
)

case(
    name="kakao-reminder-bounce",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery Subsystem",
    date="Thu, 19 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5512"

--dsn-5512
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<cs-legal@daum.net>: host mx2.daum.net said: 550 5.1.1 user unknown

--dsn-5512
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 19 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; cs-legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn-5512
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cs-legal@daum.net
Subject: [Reminder] KCSC-240912-06: 3 items still pending
Message-ID: <reminder.KCSC-240912-06.1@kcsc.example>

--dsn-5512--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="DSN",
    items={},
)

KAKAO_QP_TEXT = (
    "안녕하세요, 카카오 권리침해신고센터입니다. 재요청 주신 KCSC-240912-06 건의 처리 결과를 알려드립니다.\n\n"
    "- " + K2 + " : 삭제 완료\n"
    "- " + K3 + " : 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다.\n\n"
    "감사합니다.\n\n"
    "-----Original Message-----\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "Sent: Thursday, September 19, 2024 9:00 AM\n"
    "Subject: [재요청] KCSC-240912-06 처리 결과 요청\n\n"
    "아래 게시물 3건의 처리 결과를 회신해 주시기 바랍니다.\n"
    + K1 + "\n" + K2 + "\n" + K3 + "\n"
)

case(
    name="kakao-reminder-reply-qp",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 19 Sep 2024 14:10:00 +0900",
    subject="RE: [재요청] KCSC-240912-06 처리 결과 요청",
    raw_mime="""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(KAKAO_QP_TEXT),
    outcome="applied",
    imitates="Kakao reply to our reminder, quoted-printable Korean, Outlook original below",
    why="삭제 완료 = removed; no violation, kept = rejected; the Tistory entry appears only in our reminder",
    items={K2: "removed", K3: "rejected", K1: "pending"},
)

HEADER = """# Blind set 122 (tests/corpus/blind122/): ticket systems and threads.
# Written by make.py from each email's meaning, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def encode_headers():
    """Non-ASCII Subject and display names as RFC 2047 encoded words, as
    most mailers send them; one case keeps a raw UTF-8 (SMTPUTF8) Subject."""
    from email.header import Header
    for c in CASES:
        keys = ("name_from",) if c.get("raw_utf8_headers") else ("subject", "name_from")
        for key in keys:
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, "blind122", HEADER, CASES)


if __name__ == "__main__":
    main()
