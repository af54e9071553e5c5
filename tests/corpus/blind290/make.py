#!/usr/bin/env python3
"""Blind set 290: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was ever run on them.

    python3 tests/corpus/blind290/make.py

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

# ---------------------------------------------------------------- requests

G1 = "https://discord.com/channels/1179934412557127680"
G2 = "https://discord.com/channels/1201876540013690880"
D = [
    None,
    G1 + "/1179934413018501120/1281044786313469952",  # D1
    G1 + "/1179934413018501120/1281045120975433728",  # D2
    G1 + "/1179934413018501120/1281046001239810048",  # D3
    G1 + "/1179934413018501120/1281047735520133120",  # D4
    G1 + "/1180021167400300544/1281101552883712000",  # D5
    G1 + "/1180021167400300544/1281102240012419072",  # D6
    G1 + "/1180021167400300544/1281103377561866240",  # D7
    G1 + "/1180021167400300544/1281104019227463680",  # D8
    G2 + "/1201876540533784576/1281210098412093440",  # D9
    G2 + "/1201876540533784576/1281211530754867200",  # D10
    G2 + "/1201876540533784576/1281213376290568192",  # D11
    G2 + "/1201877155326476288/1281220087705985024",  # D12
    "https://discord.gg/amberhollow",  # D13
    "https://discord.gg/Xq7pLm2",  # D14
]
K_PATH_RAW = "유출-영상-모음"
K3_RAW = "https://saebyeok-note.tistory.com/entry/" + K_PATH_RAW
K3_CSV = "https://saebyeok-note.tistory.com/entry/" + quote(K_PATH_RAW)
K = [
    None,
    "https://cafe.daum.net/nightmarket99/Rk2f/118",  # K1
    "https://cafe.daum.net/nightmarket99/Rk2f/131",  # K2
    K3_CSV,  # K3 (stored percent-encoded)
    "https://pf.kakao.com/_xgHvRb/10452",  # K4
]
K5 = "https://brunch.co.kr/@plainink/42"
X = [
    None,
    "https://x.com/hollow_crane/status/1831207754102214657",
    "https://x.com/hollow_crane/status/1831209930184597504",
    "https://x.com/petal_vend/status/1831311862755491840",
]
Y = [None, "https://www.youtube.com/watch?v=qT4nB8xWm2E", "https://www.youtube.com/shorts/Lp9vR3kZ0aY"]
N = [
    None,
    "https://blog.naver.com/moonsalt77/223561100201",
    "https://blog.naver.com/moonsalt77/223561100245",
    "https://cafe.naver.com/greenalley/58213",
    "https://cafe.naver.com/greenalley/58220",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=471200315",
]
T1 = "https://t.me/velvet_ledger/4417"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "discord", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "non_consensual_intimate_imagery", D[1:], "largest request of the set"),
    ("KCSC-240903-02", "kakao", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_filming", K[1:], "tistory path stored percent-encoded"),
    ("KCSC-240905-03", "x", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "deepfake_sexual_abuse", X[1:], ""),
    ("KCSC-240906-04", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", Y[1:], ""),
    ("KCSC-240909-05", "naver", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", N[1:], ""),
    ("KCSC-240910-06", "telegram", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drug_trade", [T1], "one item"),
    ("KCSC-240911-07", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "defamation", [K5], "one item"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def en_request(ref, team, urls):
    lines = [
        "Dear %s team," % team,
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        "following content, which is unlawful in the Republic of Korea",
        "(our reference %s):" % ref,
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please tell us the action taken on each item.", "", "KCSC Takedown desk"]
    return "\n".join(lines)


def ko_request(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "아래 정보에 대하여 시정요구(삭제)를 요청드립니다. (관리번호 %s)" % ref,
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def gmail_quote(when, text):
    return "On %s KCSC Takedown <takedown@kcsc.example> wrote:\n%s" % (when, quote_lines(text))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def pend(urls):
    return {u: "pending" for u in urls}


DISCORD_REQ = en_request("KCSC-240902-01", "Discord Trust & Safety", D[1:])
ZD_LINE = "##- Please type your reply above this line -##"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Discord

case(
    name="dc-zendesk-receipt-echo",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 02 Sep 2024 10:04:51 +0900",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body=ZD_LINE + """

Your request (51877) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 2, 2024, 10:00 KST

""" + DISCORD_REQ + """

[4ZK9W1-P7RQ]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoreply echoing the ticket description",
    why="pure ticket receipt; the URLs below it are only our own request echoed back",
    items=pend(D[1:]),
)

case(
    name="dc-zendesk-update-url-then-action",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 15:20:11 -0700",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=ZD_LINE + """

Sana (Discord Trust & Safety)

Sep 6, 2024, 15:20 PDT

Hello,

Thank you for your patience. Our team has finished reviewing the first
group of messages in your report. Here is what we found:

%s
Action taken: message deleted, author's account warned

%s
Action taken: message deleted

%s
Action taken: message deleted, author's account banned

%s
Action taken: none. We could not locate this message on our service.

%s
Action taken: none. We reviewed this message and it does not violate our
Community Guidelines.

The remaining links are still with a specialist team. We will keep this
ticket open and update you here.

Best,
Sana
Discord Trust & Safety

%s
""" % (D[1], D[2], D[3], D[4], D[5], gmail_quote("Mon, Sep 2, 2024 at 10:00 AM", DISCORD_REQ)),
    outcome="applied",
    imitates="Zendesk agent public reply (ticket kept open) listing each reported link with the action taken",
    why="each URL is followed on the next line by its own result; the rest is promised later and the quoted request states nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected",
           **pend(D[6:])},
)

EARLIER_UPDATE = """Sana (Discord Trust & Safety)
Sep 6, 2024, 15:20 PDT

%s
Action taken: message deleted

%s
Action taken: message deleted

%s
Action taken: none. We reviewed this message and it does not violate our
Community Guidelines.
""" % (D[1], D[2], D[5])

case(
    name="dc-followup-remaining-numbered",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 09:02:40 -0700",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=ZD_LINE + """

Jun (Discord Trust & Safety)

Sep 10, 2024, 09:02 PDT

Hi again,

Following up on ticket 51877: the specialist team has now completed its
review of the remaining messages.

1. %s - removed; the account that posted it has been banned
2. %s - removed
3. %s - removed
4. %s - not a violation of our Community Guidelines, no action taken
5. %s - removed
6. %s - this channel was deleted by the server owner before our review,
   so the message no longer exists
7. %s - removed

For your records, our previous update is quoted below.

Kind regards,
Jun

%s
""" % (D[6], D[7], D[8], D[9], D[10], D[11], D[12], quote_lines(EARLIER_UPDATE)),
    outcome="applied",
    imitates="follow-up agent reply in the same Zendesk ticket, with the earlier public reply quoted",
    why="numbered list states a result per link; the earlier update is quoted and must not be re-applied",
    items={D[6]: "removed", D[7]: "removed", D[8]: "removed", D[9]: "rejected", D[10]: "removed",
           D[11]: "not_found", D[12]: "removed", D[1]: "pending", D[2]: "pending", D[5]: "pending"},
)

case(
    name="dc-html-table-outcomes",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 11:45:03 -0700",
    subject="Update on your report - ticket 52014 (KCSC-240902-01)",
    type="html",
    body="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have reviewed the server invites and the message you reported under
ticket 52014. The outcome for each is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td>%s</td><td>Server removed from Discord</td></tr>
<tr><td>%s</td><td>Invite invalid or expired; no server found</td></tr>
<tr><td>%s</td><td>Message removed</td></tr>
</table>
<p>You can read more about how we enforce our rules in our
<a href="https://discord.com/safety/what-actions-we-take">Safety Center</a>.</p>
<p>Discord Trust &amp; Safety</p>
</body></html>""" % (D[13], D[14], D[12]),
    outcome="applied",
    imitates="HTML ticket update with a two-column outcome table",
    why="one row per link; the Safety Center link is not an item",
    items={D[13]: "removed", D[14]: "not_found", D[12]: "removed"},
)

CSV_ATT = """reported_url,action,notes
%s,content_removed,
%s,content_removed,
%s,no_violation,reviewed twice
%s,content_removed,account suspended
%s,unable_to_locate,
%s,content_removed,
""" % (D[1], D[2], D[3], D[4], D[5], D[6])

case(
    name="dc-freshdesk-csv-attachment",
    **{"from": "legal@discord.com"}, name_from="Discord Legal Operations",
    date="Thu, 12 Sep 2024 16:10:27 -0700",
    subject="[#52103] Outcome sheet for KCSC-240902-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="fd-52103-b"

--fd-52103-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Please find attached the outcome sheet for your request KCSC-240902-01
(our ticket #52103). One row per reported link.

Regards,
Legal Operations
Discord Inc.

--fd-52103-b
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: 8bit

""" + CSV_ATT + """
--fd-52103-b--
""",
    outcome="applied",
    imitates="Freshdesk ticket reply carrying a CSV outcome sheet",
    why="the CSV states an action per URL: content_removed, no_violation, unable_to_locate",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "removed", D[5]: "not_found",
           D[6]: "removed"},
)

QP_TEXT = """Ticket #52330 - Status: Resolved

Hello KCSC team,

Regarding your reference KCSC-240902-01: we removed the following two
messages for breaking our policy on non-consensual intimate media, and the
account that posted them has been permanently banned.

%s
%s

If you have anything further on this matter, please reply to this email and
the ticket will reopen.

Discord Support
""" % (D[7], D[8])

case(
    name="dc-freshdesk-resolved-qp",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 07 Sep 2024 02:33:58 -0700",
    subject="Ticket #52330 resolved - KCSC-240902-01",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(QP_TEXT),
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' notification, quoted-printable body",
    why="two long URLs broken by soft line breaks, both stated removed",
    items={D[7]: "removed", D[8]: "removed"},
)

REMINDER_DC = """From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:00 AM
To: legal@discord.com
Subject: [Reminder] KCSC-240902-01: 9 items still awaiting a response

Dear Discord team,

The deadline for our request KCSC-240902-01 has passed. We have no answer
yet for these items:

""" + "\n".join(D[6:]) + """

Please let us know the action taken on each.

KCSC Takedown desk"""

case(
    name="dc-reply-to-reminder-outlook",
    **{"from": "m.okafor@discord.com"}, name_from="Maya Okafor",
    date="Wed, 11 Sep 2024 07:14:22 -0700",
    subject="RE: [Reminder] KCSC-240902-01: 9 items still awaiting a response",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <reminder.KCSC-240902-01.1@kcsc.example>"],
    body="""Hi,

Apologies for the slow reply. On the links in your reminder:

%s was removed yesterday.
%s - we cannot find this message; the link seems to be wrong.

The others are still being looked at and I'll come back to you this week.

Maya Okafor
Legal Operations, Discord

-----Original Message-----
%s
""" % (D[9], D[10], REMINDER_DC),
    outcome="applied",
    imitates="human top-posted Outlook reply to our reminder, reminder quoted below '-----Original Message-----'",
    why="two unhedged statements in the reply; the quoted reminder only lists links",
    items={D[9]: "removed", D[10]: "not_found", D[6]: "pending", D[11]: "pending", D[14]: "pending"},
)

case(
    name="dc-statement-then-url-below",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 10:01:09 -0700",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=ZD_LINE + """

Lena (Discord Trust & Safety)

Hello,

We took action on one more message from your list. This message has been
removed:
%s

This one was reviewed and does not break our rules, so it stays up:
%s

Thanks,
Lena
""" % (D[11], D[12]),
    outcome="applied",
    imitates="short Zendesk agent reply with each URL on the line after its statement",
    why="statement ends in ':' and the URL follows on the next line",
    items={D[11]: "removed", D[12]: "rejected"},
)

ECHO = ""
for rid, u, reason, outc in [
    ("2091-44", D[1], "Non-consensual intimate imagery", "Actioned - content removed"),
    ("2091-45", D[2], "Non-consensual intimate imagery",
     "No action - the content does not violate Discord's Community Guidelines"),
    ("2091-46", D[3], "Non-consensual intimate imagery", "Actioned - content removed, user banned"),
]:
    ECHO += "Report ID: %s\nReported content: %s\nReason given: %s\nOutcome: %s\n\n" % (rid, u, reason, outc)

case(
    name="dc-echoed-report-outcomes",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Sun, 08 Sep 2024 21:40:00 -0700",
    subject="Your reports have been reviewed",
    body="""Hi KCSC Takedown,

Thanks for helping keep Discord safe. We've reviewed the reports you
submitted for request KCSC-240902-01 and here is the outcome of each.

""" + ECHO + """Reports help us enforce our Community Guidelines. Learn more at
https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

- The Discord Team
""",
    outcome="applied",
    imitates="automated report-outcome email echoing each report's fields",
    why="every echoed report carries its own 'Outcome:' line; help-centre link is not an item",
    items={D[1]: "removed", D[2]: "rejected", D[3]: "removed"},
)

case(
    name="dc-receipt-plus-prior-removals",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 08:12:30 -0700",
    subject="[Discord] Ticket 52588 received - KCSC-240902-01",
    body="""Thank you for contacting Discord. We have received your request and
created ticket #52588.

Two of the links you sent had already been reported to us by another user
last week, and our team removed both messages at that time:

  - %s
  - %s

We will reply about the rest of your list in this ticket.

Discord Trust & Safety
""" % (D[4], D[5]),
    outcome="applied",
    imitates="ticket receipt whose agent added results for items already handled",
    why="receipt wording plus unhedged removals of two named links is not a pure acknowledgement",
    items={D[4]: "removed", D[5]: "removed"},
)

case(
    name="dc-escalated-will-remove",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 04 Sep 2024 12:30:44 -0700",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=ZD_LINE + """

Priya (Discord Trust & Safety)

Hello,

I've escalated your report to our specialist team. The messages at

%s
%s

will be removed once their review is complete, which usually takes up to
48 hours. I'll let you know in this ticket when that's done.

Priya
""" % (D[6], D[7]),
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply escalating the ticket and promising removal",
    why="'will be removed once their review is complete' is a promise, not a statement",
    items={D[6]: "pending", D[7]: "pending"},
)

case(
    name="dc-solved-all-content",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:05:19 -0700",
    subject="[Discord] Request 51877 solved: KCSC-240902-01",
    body=ZD_LINE + """

Your request (51877) has been solved.

Hello,

We have reviewed all the content you reported and removed it from Discord.
The accounts involved have been actioned in line with our policies.

If you believe this was not resolved, reply to this email within 7 days and
your request will be reopened.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notification with a blanket statement",
    why="'all the content you reported' for a fourteen-item request names no item",
    items=pend(D[1:]),
)

case(
    name="dc-needs-message-links",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 13:18:52 -0700",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=ZD_LINE + """

Omar (Discord Trust & Safety)

Hello,

Thanks for the report. For the two server invites in your list,

  %s
  %s

we need more to go on: invite links alone don't show us the content. Could
you send message links (right-click a message > Copy Message Link) or the
user IDs involved? Once we have them we can investigate.

Omar
""" % (D[13], D[14]),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk agent asking for message links and user IDs",
    why="the platform asks us for more information; nothing is stated about the invites",
    items={D[13]: "pending", D[14]: "pending"},
)

case(
    name="dc-macro-contradicts-itself",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 06:55:31 -0700",
    subject="Ticket 52711 - result for your report (KCSC-240902-01)",
    body="""Hello,

Result for the message you reported:
%s

Decision: Removed

Details: After review, we found that this message does not violate
Discord's Community Guidelines. No action was taken and the message
remains available.

Discord Trust & Safety
""" % D[3],
    outcome="review", review="conflicting_statements",
    imitates="ticket macro whose decision field and free-text details disagree",
    why="'Decision: Removed' and 'No action was taken ... remains available' about the same link",
    items={D[3]: "pending"},
)

# ================================================================ Kakao

KAKAO_REQ = ko_request("KCSC-240903-02", [K[1], K[2], K3_RAW, K[4]])

case(
    name="kakao-jira-resolved-list",
    **{"from": "safety-desk@kakaocorp.com"}, name_from="카카오 안전정책 서비스데스크",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject="[KSAFE-3391] 게시물 삭제 요청 건 처리 완료 (KCSC-240903-02)",
    extra_headers=["X-JSD-Request: KSAFE-3391"],
    body="""—-—-—-—
회신 시 이 줄 위에 작성해 주세요.

요청 상태가 '해결됨'으로 변경되었습니다.

담당자 코멘트 (김서연):

안녕하세요, 카카오 안전정책팀입니다.
요청하신 게시물에 대한 조치 결과를 아래와 같이 안내드립니다.

- %s : 게시중단
- %s : 작성자가 이미 삭제하여 게시물이 존재하지 않음
- %s : 블라인드 처리
- %s : 삭제

감사합니다.

요청 보기: https://safety-desk.kakaocorp.com/servicedesk/customer/portal/3/KSAFE-3391
""" % (K[1], K[2], K3_RAW, K[4]),
    outcome="applied",
    imitates="Jira Service Management 'request resolved' notification in Korean with an agent comment",
    why="each URL with its 조치 결과; the raw Korean tistory path matches its percent-encoded form; portal link is not an item",
    items={K[1]: "removed", K[2]: "not_found", K3_CSV: "removed", K[4]: "removed"},
)

case(
    name="kakao-particles-prose",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Fri, 06 Sep 2024 10:25:00 +0900",
    subject="RE: [KCSC-240903-02] 시정요구 게시물 조치 결과",
    reply_to_req=msgid("KCSC-240903-02"),
    body="""안녕하세요, 카카오 박지훈입니다.

요청하신 건 중 두 건을 먼저 회신드립니다.
%s은 임시조치(30일) 되었으며, %s의 경우 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
나머지 건은 확인되는 대로 다시 연락드리겠습니다.

박지훈 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
Subject: [KCSC-240903-02] 시정요구 게시물 조치 결과

%s
""" % (K[1], K[4], KAKAO_REQ),
    outcome="applied",
    imitates="human Outlook reply in Korean prose, URLs followed directly by particles",
    why="'URL은 임시조치' is restricted, 'URL의 경우 … 게시를 유지' is a refusal with its reason",
    items={K[1]: "restricted", K[4]: "rejected", K[2]: "pending"},
)

KAKAO_HTML = """<html><body>
<p>방송통신심의위원회 귀중</p>
<p>관리번호 KCSC-240903-02 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>%s</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td>%s</td><td>접속차단</td><td>2024-09-06</td></tr>
<tr><td>3</td><td>%s</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>%s</td><td>위반 아님(게시 유지)</td><td>-</td></tr>
</table>
<p>(주)카카오 안전정책팀</p>
</body></html>
""" % (K[1], K[2], K3_RAW, K[4])

case(
    name="kakao-b64-html-result-table",
    **{"from": "safety-desk@kakaocorp.com"}, name_from="카카오 안전정책팀",
    date="Sat, 07 Sep 2024 09:00:00 +0900",
    subject="[KSAFE-3391] 시정요구 조치결과 회신",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(KAKAO_HTML),
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table sent as a base64 HTML body",
    why="삭제 → removed, 접속차단 → restricted, 해당 게시물 없음 → not_found, 위반 아님(게시 유지) → rejected",
    items={K[1]: "removed", K[2]: "restricted", K3_CSV: "not_found", K[4]: "rejected"},
)

case(
    name="kakao-brunch-single-sole",
    **{"from": "brunch-cs@kakaocorp.com"}, name_from="브런치 고객센터",
    date="Fri, 13 Sep 2024 15:31:44 +0900",
    subject="Re: [KCSC-240911-07] 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""안녕하세요, 브런치팀입니다.

요청하신 브런치 글은 운영정책 위반으로 확인되어 삭제 조치를 완료하였습니다.
작성자에게는 조치 사실과 사유가 별도로 안내되었습니다.

감사합니다.
브런치팀 드림
""",
    outcome="applied",
    imitates="short Korean help-desk reply in the request's thread, naming no URL",
    why="the only item of a one-item request is stated deleted",
    items={K5: "removed"},
)

case(
    name="kakao-under-review-conditional",
    **{"from": "safety-desk@kakaocorp.com"}, name_from="카카오 안전정책 서비스데스크",
    date="Wed, 04 Sep 2024 11:05:37 +0900",
    subject="[KSAFE-3391] 요청 상태 변경: 검토 중 (KCSC-240903-02)",
    body="""회신 시 이 줄 위에 작성해 주세요.

요청 상태가 '검토 중'으로 변경되었습니다.

담당자 코멘트:
접수하신 %s 게시물은 현재 담당 부서에서 검토하고 있으며,
운영정책 위반이 확인되면 게시중단될 예정입니다.
결과는 이 요청으로 다시 안내드리겠습니다.
""" % K[2],
    outcome="review", review="not_understood",
    imitates="Jira Service Management status-change notification ('검토 중') with a conditional comment",
    why="under review and a conditional future 게시중단: no statement",
    items={K[2]: "pending"},
)

case(
    name="kakao-zendesk-subdomain-sender",
    **{"from": "support@kakaocs.zendesk.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 09:48:02 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변 (KCSC-240903-02)",
    body="""##- 이 줄 위에 답장을 작성해 주세요 -##

안녕하세요, 카카오 고객센터입니다.

문의하신 아래 게시물은 운영정책에 따라 삭제되었습니다.
%s
%s

감사합니다.
""" % (K[1], K[2]),
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the helpdesk's default zendesk.com subdomain",
    why="kakaocs.zendesk.com is no configured sender domain of Kakao",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-chuseok-out-of-office",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="자동 회신: [KCSC-240903-02] 시정요구 게시물 조치 결과",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 박지훈입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 안전정책팀 대표 메일(safety-desk@kakaocorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office reply (추석 연휴)",
    why="auto-reply, nothing about the items",
    items={},
)

case(
    name="kakao-fullwidth-circled",
    **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영팀",
    date="Mon, 09 Sep 2024 14:12:55 +0900",
    subject="[Daum 카페] 게시물 처리 결과 안내 (KCSC-240903-02)",
    body="""안녕하세요. Daum 카페 운영팀입니다.

요청하신 카페 게시물의 처리 결과를 알려드립니다：

① %s ─ 삭제 완료
② %s，작성자가 이미 삭제한 게시물로 확인되었습니다.

카페 운영정책 안내：https://cs.daum.net/faq/site/cafe_policy

Daum 카페 운영팀 드림
""" % (K[1], K[2]),
    outcome="applied",
    imitates="Daum 카페 운영팀 result notice with circled numbers and full-width punctuation",
    why="삭제 완료 → removed; 작성자가 이미 삭제 → not_found; the policy link is not an item",
    items={K[1]: "removed", K[2]: "not_found"},
)

# ================================================================ X

X_REQ = en_request("KCSC-240905-03", "X", X[1:])

case(
    name="x-salesforce-thread-topposted",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 03:20:41 +0000",
    subject="Re: KCSC-240905-03 Request for removal [ref:_00D5g3x._500Qr1HqZ:ref]",
    reply_to_req=msgid("KCSC-240905-03"),
    body="""Hello,

Thank you for your report. After review, we have taken the following action:

%s: withheld in South Korea in response to your legal demand.
%s: removed for violating the X Rules.
%s: we did not find a violation of the X Rules or of local law, so no
action was taken.

Regards,
X Support

ref:_00D5g3x._500Qr1HqZ:ref

%s
""" % (X[1], X[2], X[3], gmail_quote("Thu, Sep 5, 2024 at 9:30 AM", X_REQ)),
    outcome="applied",
    imitates="Salesforce-style case reply from X Support, top-posted over the Gmail-quoted request",
    why="one line per post: withheld in KR, removed, no violation",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-partial-other-two-reviewing",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 11:02:09 +0000",
    subject="Re: KCSC-240905-03 Request for removal [ref:_00D5g3x._500Qr1HqZ:ref]",
    reply_to_req=msgid("KCSC-240905-03"),
    body="""Hello,

We've withheld %s in South Korea.

Our reports on the other two posts in your request are still being reviewed,
and we'll be in touch when we have an update.

X Support
""" % X[3],
    outcome="applied",
    imitates="partial answer from X Support in the case thread",
    why="one named post withheld in Korea; the two others are unnamed and under review",
    items={X[3]: "restricted", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-html-anchor-only",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 06:44:12 +0000",
    subject="Case 0458812 update: KCSC-240905-03",
    type="html",
    body="""<html><body>
<p>Hello,</p>
<p>We removed <a href="%s">this post</a> for violating our rules on
non-consensual nudity. You can read more about
<a href="https://help.x.com/en/rules-and-policies/intimate-media">our policies</a>.</p>
<p>We're still reviewing the remaining content in your case.</p>
<p>X Support<br>Case 0458812</p>
</body></html>""" % X[2],
    outcome="applied",
    imitates="X Support HTML case update where the post URL is only in the anchor's href",
    why="'this post' links to the second post; the policy link is not an item",
    items={X[2]: "removed", X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-appears-deleted-hedge",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 22:18:30 +0000",
    subject="Re: KCSC-240905-03 Request for removal [ref:_00D5g3x._500Qr1HqZ:ref]",
    reply_to_req=msgid("KCSC-240905-03"),
    body="""Hello,

Thanks for reaching out. It appears that

%s
%s

are no longer available; the account holder may have deleted them. We'll
confirm once our review is finished.

X Support
""" % (X[1], X[2]),
    outcome="review", review="not_understood",
    imitates="X Support hedged interim reply",
    why="'appears' and 'may have deleted' are hedges, not statements",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-action-on-all-posts",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 01:05:00 +0000",
    subject="Your case has been closed: KCSC-240905-03",
    body="""Hello,

We have taken action on all the posts listed in your report
(KCSC-240905-03) in line with our policies and applicable local law.

This case is now closed. If you need to follow up, please open a new
report through our Legal Request portal.

X Support
""",
    outcome="review", review="bulk",
    imitates="X 'case closed' notice with a blanket action statement",
    why="'action on all the posts' for a three-item request names none of them",
    items=pend(X[1:]),
)

X_REMINDER = """Date: Thu, 12 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [Reminder] KCSC-240905-03: 3 items still awaiting a response
Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X team,

We have no answer yet for these items of request KCSC-240905-03:

%s
%s
%s

KCSC Takedown desk
""" % (X[1], X[2], X[3])

case(
    name="x-reminder-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 12 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-8842"

--dsn-8842
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host mx.x.com[192.0.2.25] said: 552 5.2.2 mailbox full
    (in reply to RCPT TO command)

--dsn-8842
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-8842
Content-Type: message/rfc822

""" + X_REMINDER + """
--dsn-8842--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder to X",
    why="delivery failure of our own reminder; the URLs are in the returned message",
    items=pend(X[1:]),
)

# ================================================================ YouTube

case(
    name="yt-helpscout-resolved",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 18:22:47 -0700",
    subject="Re: KCSC-240906-04 [Conversation #8817]",
    reply_to_req=msgid("KCSC-240906-04"),
    body="""Hi there,

We've reviewed the content in your notice (KCSC-240906-04):

- %s - this video is now age-restricted and can only be viewed by
  signed-in adult users.
- %s - this Short has been actioned under our policies.

If you have more questions, just reply to this email.

Daniel
YouTube Legal Support

---
Conversation #8817 | Status: Closed
""" % (Y[1], Y[2]),
    outcome="applied",
    imitates="Help Scout-style conversation reply, marked closed",
    why="age-restricted → restricted; 'actioned under our policies' is the platform's configured phrase for removed",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-jira-request-received",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:03:15 +0900",
    subject="[LEGALKR-20931] Request received: KCSC-240906-04",
    reply_to_req=msgid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and created LEGALKR-20931.

You'll hear from us once a member of our team has looked at it. You can
follow its status at https://support.google.com/legal/answer/3110420

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' notification",
    why="pure receipt with a ticket key; the help link is not an item",
    items={},
)

case(
    name="yt-forwarded-policy-note",
    **{"from": "minseo.kang@google.com"}, name_from="Minseo Kang",
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    subject="Fwd: Outcome for KCSC-240906-04",
    body="""Hi KCSC team,

Forwarding the note from our policy specialists below.

Minseo

---------- Forwarded message ---------
From: YouTube Policy Operations <policy-ops@google.com>
Date: Wed, Sep 11, 2024 at 6:15 PM
Subject: Outcome for KCSC-240906-04
To: Minseo Kang <minseo.kang@google.com>

Both items in the KCSC notice were reviewed.
%s was removed for harassment.
%s was restricted in KR following local legal review.
""" % (Y[1], Y[2]),
    outcome="review", review="forwarded",
    imitates="Gmail forward of an internal outcome note by a platform employee",
    why="the statements are only in the forwarded block; the forwarder states nothing herself",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal Notices",
    date="Thu, 12 Sep 2024 20:00:00 +0900",
    subject="Decision on your notice KCSC-240906-04",
    body="""Decision on your notice (ref. KCSC-240906-04)

Content: %s
Decision: visibility of the content restricted in the Republic of Korea
(local legal restriction)
Ground: local law, following a notice from a Korean authority
Automated means used for detection: no

Content: %s
Decision: no action taken
Ground: the content was found not to be incompatible with our terms of
service or with local law

Redress: you can find information about our redress options at
https://support.google.com/legal/answer/13283034
""",
    outcome="applied",
    imitates="DSA-style statement of reasons with decision and ground per content",
    why="geo-restricted in Korea → restricted; no action, not incompatible with terms → rejected",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)
cases[-1]["body"] = cases[-1]["body"] % (Y[1], Y[2])

case(
    name="yt-own-words-over-forward",
    **{"from": "minseo.kang@google.com"}, name_from="Minseo Kang",
    date="Fri, 13 Sep 2024 09:12:33 +0900",
    subject="Re: KCSC-240906-04 - both videos down",
    reply_to_req=msgid("KCSC-240906-04"),
    body="""Hi KCSC team,

Both items are now down: %s and %s were removed this
morning under our harassment policy.

My colleague's earlier note is forwarded below for your records.

Minseo Kang
Trust & Safety, YouTube Korea

---------- Forwarded message ---------
From: YouTube Policy Operations <policy-ops@google.com>
Date: Tue, Sep 10, 2024 at 4:02 PM
Subject: KCSC-240906-04

Both links are still under review by the harassment team.
""" % (Y[1], Y[2]),
    outcome="applied",
    imitates="platform employee's own statement above a forwarded internal note",
    why="the authenticated employee states both removals in her own words; the forwarded block adds only 'under review'",
    items={Y[1]: "removed", Y[2]: "removed"},
)

# ================================================================ NAVER

NAVER_REQ = ko_request("KCSC-240909-05", N[1:])

case(
    name="naver-ticket-receipt",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 10:31:02 +0900",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다 (접수번호 2024090900421)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090900421
답변은 순차적으로 메일로 안내드리겠습니다.

──── 문의 내용 ────
""" + NAVER_REQ + """

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 자동 안내, echoing the inquiry",
    why="pure receipt; the listed URLs are our own inquiry echoed",
    items=pend(N[1:]),
)

NAVER_ANSWER = """1. %s
   → 게시중단 조치하였습니다.
2. %s
   → 비공개 처리하였습니다.
3. %s
   → 임시조치(30일)하였습니다.
4. %s
   → 해당 게시물이 존재하지 않습니다.
5. %s
   → 운영원칙 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.""" % tuple(N[1:])

case(
    name="naver-ticket-answer-numbered",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 16:45:20 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2024090900421)",
    body="""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물(관리번호 KCSC-240909-05)에 대한 처리 결과를 안내드립니다.

""" + NAVER_ANSWER + """

추가 문의는 고객센터 도움말(https://help.naver.com/service/5640/category/bookmark)을 참고해 주세요.

──── 문의 내용 ────
""" + NAVER_REQ + """
""",
    outcome="applied",
    imitates="NAVER 고객센터 답변 메일 with numbered results and the echoed inquiry",
    why="게시중단/비공개 → removed, 임시조치 → restricted, 존재하지 않음 → not_found, 위반 아님 → rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

NAVER_EARLIER = """1. %s → 게시중단 조치하였습니다.
2. %s → 비공개 처리하였습니다.
3. %s → 임시조치(30일)하였습니다.
4. %s → 해당 게시물이 존재하지 않습니다.
5. %s → 확인 중입니다.""" % tuple(N[1:])

case(
    name="naver-additional-answer-particle",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 11:20:00 +0900",
    subject="[네이버 고객센터] 추가 답변드립니다 (접수번호 2024090900421)",
    body="""안녕하세요. 네이버 고객센터입니다.

지난 답변에서 확인 중으로 안내드린 지식iN 게시물 %s은 금일 삭제 조치되었습니다.

감사합니다.

2024. 9. 11. 오후 4:45, 네이버 고객센터 <help@navercorp.com> 작성:
%s
""" % (N[5], quote_lines(NAVER_EARLIER)),
    outcome="applied",
    imitates="NAVER 고객센터 추가 답변 in the same inquiry, earlier answer quoted",
    why="the kin URL (with a query string) followed directly by '은' is deleted; the quoted earlier answer is not re-applied",
    items={N[5]: "removed", N[1]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Thu, 12 Sep 2024 13:02:18 +0900",
    subject="RE: [KCSC-240909-05] 시정요구 게시물 조치 결과",
    body="""안녕하세요. 네이버 카페 운영정책 담당입니다.

아래 두 카페 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

%s
%s

블로그 및 지식iN 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:30 AM
To: policy@navercorp.com
Subject: [KCSC-240909-05] 시정요구 게시물 조치 결과

%s
""" % (N[3], N[4], NAVER_REQ),
    outcome="applied",
    imitates="Outlook reply from a NAVER cafe policy team above '-----Original Message-----'",
    why="two cafe posts 임시조치 → restricted; the other three only promised and quoted",
    items={N[3]: "restricted", N[4]: "restricted", N[1]: "pending", N[2]: "pending", N[5]: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    auth="fail",
    date="Tue, 10 Sep 2024 08:15:40 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240909-05)",
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물 두 건은 모두 삭제되었습니다.
%s
%s

감사합니다.
""" % (N[1], N[2]),
    outcome="review", review="untrusted",
    imitates="NAVER 고객센터 answer whose DKIM/SPF/DMARC fail",
    why="claims a NAVER domain but fails authentication",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-about-daum-post",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 17:30:12 +0900",
    subject="Re: [KCSC-240909-05] 시정요구 관련 문의",
    body="""안녕하세요. 네이버 정책지원 담당입니다.

별도로 문의 주신 %s 게시물은 네이버가 아닌 Daum 카페 게시물로 확인되었으며,
확인 결과 현재 삭제된 상태입니다.

해당 게시물은 카카오 측에 직접 문의해 주시기 바랍니다.
""" % K[1],
    outcome="review", review="wrong_platform",
    imitates="NAVER policy reply about a Daum cafe URL",
    why="NAVER states the status of a Kakao (Daum) item",
    items={K[1]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Mon, 09 Sep 2024 13:44:09 +0900",
    subject="읽음: [KCSC-240909-05] 시정요구 게시물 조치 결과",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5521"

--mdn-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자가 2024-09-09 오후 1:44에 메시지를 열었습니다.

--mdn-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

# ================================================================ Telegram

case(
    name="tg-thread-reply-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 20:05:44 +0400",
    subject="Re: KCSC-240910-06 Request for removal",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""Hello,

The content you reported has been taken down. Case #7731945.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="terse Telegram abuse-desk reply in the request's thread",
    why="a one-item request: 'the content you reported has been taken down' applies to its only item",
    items={T1: "removed"},
)

case(
    name="tg-autoack-queue",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 10:01:12 +0400",
    subject="Re: KCSC-240910-06 Request for removal",
    reply_to_req=msgid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report. It has been added to our queue and our
moderators will review it as soon as possible.

This is an automated message. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram automated report receipt",
    why="automated receipt, no statement",
    items={T1: "pending"},
)

case(
    name="tg-ticket-closed-nothing",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 12:00:00 +0400",
    subject="Your request 48213 has been closed",
    body="""Hello,

Your request 48213 has been closed. If you need anything else, you can
write to us again at any time.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="ticket-closed notice naming neither an item nor our request",
    why="trusted platform mail, no item, no reference to any of our requests",
    items={},
)

case(
    name="tg-angle-bracket-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 09:30:00 +0400",
    subject="Re: Report KCSC-240910-06",
    body="""Hello,

Case #7731946.

The post <%s> has been blocked for violating Telegram's
Terms of Service and is no longer accessible.

Telegram Abuse Team
""" % T1,
    outcome="applied",
    imitates="Telegram abuse-desk reply with the URL in angle brackets",
    why="blocked and no longer accessible → removed",
    items={T1: "removed"},
)

HEADER = """# Blind set 290: ticket systems and threads (receipts then results,
# solved tickets, follow-ups in one thread, replies to reminders, partial
# answers, forwarded mail). Generated by make.py; expected results written
# from each email's meaning before any run of the reader."""


def encode_headers():
    """Non-ASCII display names and subjects are RFC 2047-encoded, as real
    mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind290", HEADER, cases)


if __name__ == "__main__":
    main()
