#!/usr/bin/env python3
"""Blind set 236: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in one thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected result of each was written from the email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind236/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, tz=9):
    """RFC 5322 date in September 2024 at the given zone offset (hours)."""
    t = datetime.datetime(2024, 9, day, hh, mm, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    sign = "+" if tz >= 0 else "-"
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{abs(tz):02d}00"


# ---------------------------------------------------------------- requests
KO_POST = "별빛상점"
KO_ENTRY = "중고-거래-안내"

D = {
    1: "https://discord.com/channels/1180000000000000001/1180000000000000101/1281000000000000001",
    2: "https://discord.com/channels/1180000000000000001/1180000000000000101/1281000000000000002",
    3: "https://discord.com/channels/1180000000000000001/1180000000000000102/1281000000000000003",
    4: "https://discord.gg/hanbitmarket",
    5: "https://discord.gg/q7Zk2mPv",
    6: "https://discord.com/invite/nightbazaar24",
    7: "https://discord.com/channels/1180000000000000002/1180000000000000201/1281000000000000007",
    8: "https://discord.com/channels/1180000000000000002/1180000000000000201/1281000000000000008",
    9: "https://discord.com/channels/1180000000000000002/1180000000000000202/1281000000000000009",
    10: "https://discord.com/users/1170000000000000010",
    11: "https://discord.com/users/1170000000000000011",
    12: "https://discord.gg/seoulswap",
}
X = {
    1: "https://x.com/moonlit_trade/status/1831000000000000001",
    2: "https://x.com/moonlit_trade/status/1831000000000000002",
    3: "https://x.com/pyeongtaek_deals",
    4: "https://x.com/greyline_kr/status/1831000000000000004",
    5: "https://x.com/bluecrane_shop/status/1832000000000000005",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    2: "https://www.youtube.com/watch?v=bN7kR2wEe5s",
    3: "https://www.youtube.com/@dalbit_replay",
}
T = {
    1: "https://t.me/bamboo_exchange",
    2: "https://t.me/riverstone_chat/4412",
}
N = {
    1: "https://blog.naver.com/sunflower_lab/223560000001",
    2: "https://cafe.naver.com/joongomarket/88231",
    3: "https://cafe.naver.com/joongomarket/88245",
    4: "https://blog.naver.com/gray_fox77/223560000004",
    5: "https://post.naver.com/" + quote(KO_POST) + "/5512",
}
N5_RAW = "https://post.naver.com/" + KO_POST + "/5512"
K = {
    1: "https://cafe.daum.net/bluemarket7/Kx9a/1204",
    2: "https://neonshop.tistory.com/entry/" + quote(KO_ENTRY),
    3: "https://pf.kakao.com/_xbRtqK",
}
K2_RAW = "https://neonshop.tistory.com/entry/" + KO_ENTRY

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [D[i] for i in range(1, 13)], "illegal_trade", "servers, invites and accounts of a trading ring"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [X[i] for i in range(1, 5)], "fraud", "posts and one account"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y[i] for i in range(1, 4)], "gambling", "two videos and a channel"),
    ("KCSC-240906-04", "telegram", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [T[1], T[2]], "drugs", "channel and one message"),
    ("KCSC-240909-05", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [N[i] for i in range(1, 6)], "illegal_trade", "blog, cafe and post items"),
    ("KCSC-240910-06", "kakao", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [K[1], K[2], K[3]], "fraud", "Daum cafe, Tistory and Kakao channel"),
    ("KCSC-240911-07", "x", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [X[5]], "fraud", "one post"),
]


def mid(ref):
    return f"req-{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def with_csv(text, csv_text, filename, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{csv_text.strip()}\n\n--{boundary}--\n"
    )


def qp(text):
    body = quopri.encodestring(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + body


def b64(text):
    body = base64.encodebytes(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_TEXT_DISCORD = (
    "Dear Discord Trust & Safety,\n\n"
    "Under Article 44-7 of the Network Act, KCSC requests the removal of the\n"
    "following content (reference KCSC-240903-01, 12 items):\n\n"
    + "\n".join(f"{i}. {D[i]}" for i in range(1, 13))
    + "\n\nPlease reply by 10 September 2024.\nKCSC Takedown Desk"
)
REQ_TEXT_X = (
    "Dear X Legal,\n\nKCSC requests action on the following (KCSC-240904-02):\n"
    + "\n".join(f"- {X[i]}" for i in range(1, 5))
    + "\n\nKind regards,\nKCSC Takedown Desk"
)
REMINDER_X = (
    "This is a reminder about request KCSC-240904-02, sent 2024-09-04.\n"
    "The following items are still pending and the deadline has passed:\n\n"
    + "\n".join(f"  {X[i]}   pending" for i in range(1, 5))
    + "\n\nPlease let us know the outcome for each item.\nKCSC Takedown Desk"
)
REMINDER_D = (
    "This is a reminder about request KCSC-240903-01 (sent 2024-09-03, due 2024-09-10).\n"
    "Items still pending:\n"
    + "\n".join(f"  {D[i]}" for i in range(1, 13))
    + "\nPlease tell us what was done with each of them.\nKCSC Takedown Desk"
)
REMINDER_N = (
    "[KCSC-240909-05] 시정요구 처리결과 회신 요청 (독촉)\n\n"
    "2024. 9. 9. 요청드린 아래 게시물의 조치결과 회신이 기한을 경과하였습니다.\n"
    + "\n".join(f"{i}. {N[i] if i != 5 else N5_RAW}" for i in range(1, 6))
    + "\n\n각 게시물별 조치결과를 회신하여 주시기 바랍니다.\n방송통신심의위원회 드림"
)

CASES = []


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        # display names outside ASCII travel RFC 2047-encoded, as mailers send them
        kw["name_from"] = Header(name, "utf-8").encode()
    CASES.append(kw)


# ================================================================ IGNORED
case(
    name="dc-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement that echoes the submitted description",
    why="pure receipt (#48213 created, will be reviewed); the URLs appear only in the '>' echo of our request",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date=d(3, 10, 4), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Request received: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Hello,

Your request (#48213) has been received and will be reviewed by our
Trust & Safety team. You can add comments by replying to this email.

Please do not open a new ticket for the same report; duplicates slow us down.

Discord Support

This is a copy of your request:

{quoted(REQ_TEXT_DISCORD)}

[DQ8R2K-7ZL0]
""",
)

case(
    name="yt-jira-request-created",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' customer notification",
    why="notification that request LEGAL-7731 was received; nothing about any item",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 9, 41), reply_to_req=mid("KCSC-240905-03"),
    subject="[JIRA] (LEGAL-7731) KCSC-240905-03 removal request",
    body="""
—-—-—-—-—-—-—-—-—
Reply above this line.

Your request LEGAL-7731 "KCSC-240905-03 removal request" was received.
Our legal operations team will get back to you; most requests are answered
within 5 business days.

View request: https://legal-support.google.com/servicedesk/customer/portal/4/LEGAL-7731
Turn off this request's notifications

This is shared with KCSC Takedown Desk.
Powered by Jira Service Management
""",
)

case(
    name="naver-report-received-ko",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 신고 접수 완료 안내 메일",
    why="접수번호 부여와 '추후 안내' 약속뿐, 게시물별 결과 없음: 순수 접수 확인",
    **{"from": "help_noreply@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(9, 10, 12), reply_to_req=mid("KCSC-240909-05"),
    subject="[NAVER 고객센터] 문의가 정상적으로 접수되었습니다 (KCSC-240909-05)",
    body="""
안녕하세요, NAVER 고객센터입니다.

보내주신 시정요구 문의가 정상적으로 접수되었습니다.

  - 접수번호 : 2409-118822
  - 접수일시 : 2024.09.09 10:12
  - 문의유형 : 권리침해/불법정보 신고

담당자가 내용을 확인한 후 순차적으로 처리 결과를 안내해 드리겠습니다.
추가로 전달하실 내용이 있으면 이 메일에 회신해 주세요.

본 메일은 발신전용입니다. 고객센터 https://help.naver.com 을 이용해 주세요.
""",
)

case(
    name="naver-ooo-ko",
    outcome="ignored", classification="auto_reply",
    imitates="Korean corporate out-of-office (부재중 자동응답) on a thread reply",
    why="부재중 자동응답: 휴가 안내뿐",
    **{"from": "minji.seo@navercorp.com"}, name_from="서민지",
    date=d(12, 9, 2), reply_to_req=mid("KCSC-240909-05"),
    subject="[자동응답] 부재중: RE: [KCSC-240909-05] 시정요구 처리결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 서민지입니다.

9월 12일(목)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
시정요구 관련 급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시면
순차적으로 처리하겠습니다.

감사합니다.
""",
)

case(
    name="dc-agent-ooo",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' from a support agent on a Zendesk thread",
    why="out-of-office notice from an agent; no statement about the request",
    **{"from": "jules.moreau@discord.com"}, name_from="Jules Moreau",
    date=d(11, 2, 15, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="Automatic reply: [Discord] Re: Removal request KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi there,

I'm out of the office until Monday, September 23 with limited access to email.
Your message has not been forwarded. For anything about an open Trust & Safety
ticket, please reply on the ticket itself so the on-call team can pick it up.

Thanks,
Jules
""",
)

case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) returned by the platform's MX",
    why="DSN: our request could not be delivered; the original's headers only",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(10, 10, 31),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="B0910.1031/mx2"

--B0910.1031/mx2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: host store3.kakaocorp.com[203.0.113.41] said:
    552 5.2.2 Mailbox full, try again later (in reply to RCPT TO command)

--B0910.1031/mx2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue, 10 Sep 2024 10:30:58 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; store3.kakaocorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, try again later

--B0910.1031/mx2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [KCSC-240910-06] 불법정보 시정요구 (3건)
Message-ID: <req-KCSC-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 10:30:00 +0900

--B0910.1031/mx2--
""",
)

case(
    name="tg-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt)",
    why="MDN: our request was displayed; says nothing about the items",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d(6, 15, 20), reply_to_req=mid("KCSC-240906-04"),
    subject="Read: [KCSC-240906-04] Removal request (2 items)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0906-1520"

--mdn-0906-1520
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: [KCSC-240906-04] Removal request (2 items)
  Sent: 06/09/2024 14:00

was read on 06/09/2024 15:20.

--mdn-0906-1520
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Roundcube Webmail
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0906-1520--
""",
)

# ================================================================ REVIEW
case(
    name="dc-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="Zendesk agent public comment promising action (ticket left Open)",
    why="'will be removed within 24 hours' is a promise about two named messages; nothing done yet",
    items={D[1]: "pending", D[2]: "pending"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(4, 18, 40, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.

Priya (Discord Trust & Safety)

Hi KCSC team,

Thanks for the detailed report. We have located the two messages below and
they are scheduled to be removed within the next 24 hours, once the account
owner's appeal window closes:

{D[1]}
{D[2]}

We will update this ticket about the other links separately.

Best,
Priya
""",
)

case(
    name="yt-hedge-appears-removed",
    outcome="review", review="not_understood",
    imitates="Jira Service Management public comment with a hedged observation",
    why="'appears to have been taken down' is a hedge, not a statement that YouTube removed it",
    items={Y[1]: "pending"},
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 8, 55), reply_to_req=mid("KCSC-240905-03"),
    subject="[JIRA] (LEGAL-7731) KCSC-240905-03 removal request",
    body=f"""
—-—-—-—-—-—-—-—-—
Reply above this line.

Daniel Osei commented:

Hello KCSC,

Quick note while we work through this one. When we opened the first video,
{Y[1]}, it appears to have been taken down already, possibly by the uploader,
but we have not confirmed this on our side yet. The video and the channel
are still with the reviewing team.

Regards,
Daniel

View request: https://legal-support.google.com/servicedesk/customer/portal/4/LEGAL-7731
Powered by Jira Service Management
""",
)

case(
    name="dc-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notification with a one-line blanket outcome",
    why="'all of the content in your report' for a 12-item request, no item named",
    items={D[i]: "pending" for i in range(1, 13)},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(9, 17, 3, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Your request #48213 has been solved (KCSC-240903-01)",
    body="""
##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen it, reply to this email.

Marco (Discord Trust & Safety)

Hello,

We reviewed the report KCSC-240903-01 and have actioned all of the content
in your report under our Community Guidelines
(https://discord.com/guidelines).

Thank you for helping keep Discord safe.

Marco
""",
)

case(
    name="x-bulk-withheld",
    outcome="review", review="bulk",
    imitates="X legal support Freshdesk-style reply with a summary outcome",
    why="'the reported posts and account' withheld in Korea for a 4-item request, none named",
    items={X[i]: "pending" for i in range(1, 5)},
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(10, 3, 12, tz=0), reply_to_req=mid("KCSC-240904-02"),
    subject="Re: [KCSC-240904-02] Request for removal  [Case #0910-5523]",
    body="""
Hello,

Thank you for your report dated September 4, 2024 (your reference
KCSC-240904-02).

Following review, we have withheld the reported posts and account in
the Republic of Korea in accordance with local law. They remain viewable
outside Korea.

For more about country withheld content: https://help.x.com/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support
Case #0910-5523
""",
)

case(
    name="naver-dkim-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="NAVER 고객센터 처리결과 답변 (authentication failing)",
    why="navercorp.com From, but DKIM/SPF/DMARC fail: statement cannot be trusted",
    items={N[1]: "pending", N[2]: "pending"},
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(11, 14, 5), reply_to_req=mid("KCSC-240909-05"),
    subject="RE: [KCSC-240909-05] 시정요구 처리결과 안내",
    body=f"""
안녕하세요. NAVER 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

{N[1]} : 게시중단 완료
{N[2]} : 게시중단 완료

감사합니다.
""",
)

case(
    name="dc-zendesk-subdomain",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted support address (brand.zendesk.com) instead of the platform's own domain",
    why="sent from discordapp.zendesk.com, not a Discord sender domain, though it names our request and URLs",
    items={D[4]: "pending", D[12]: "pending"},
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Support",
    date=d(6, 11, 28, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01 (#48213)",
    body=f"""
##- Please type your reply above this line -##

Hi,

The following invite links were disabled today and can no longer be used
to join the servers:

- {D[4]}
- {D[12]}

Kind regards,
Discord Support
""",
)

case(
    name="tg-vendor-unknown",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on behalf of a platform",
    why="the sender's domain is no platform's; it claims to act for Telegram",
    items={T[1]: "pending"},
    **{"from": "cases@modline-partners.example"}, name_from="Modline Partners (for Telegram)",
    date=d(9, 13, 44), reply_to_req=mid("KCSC-240906-04"),
    subject="RE: [KCSC-240906-04] Removal request (2 items) - HS ticket 30917",
    body=f"""
Hello,

We handle content reports on behalf of Telegram in the APAC region.

Regarding your request KCSC-240906-04: the channel {T[1]} has been
removed from the platform. The second link is still being checked.

Best regards,
Modline Partners Trust Operations
Conversation #30917
""",
)

case(
    name="dc-asks-for-message-ids",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk ticket set to Pending: agent asks the requester for more information",
    why="asks us for the specific offending messages before acting on the two user profiles",
    items={D[10]: "pending", D[11]: "pending"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(5, 16, 22, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01 - awaiting your reply",
    body=f"""
##- Please type your reply above this line -##

Your request (#48213) is awaiting your reply.

Sana (Discord Trust & Safety)

Hello,

For these two user profiles:

  {D[10]}
  {D[11]}

a profile link alone does not let us see which activity you consider
unlawful. Could you send us message links (right click > Copy Message Link)
or screenshots showing the content in question? We cannot proceed with
these two until then.

If we don't hear back within 7 days this request will be closed automatically.

Sana
""",
)

case(
    name="tg-under-review",
    outcome="review", review="not_understood",
    imitates="HelpScout conversation reply: items named, still under review",
    why="both links named but only 'under review'; no decision",
    items={T[1]: "pending", T[2]: "pending"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(7, 12, 2, tz=3), reply_to_req=mid("KCSC-240906-04"),
    subject="Re: [KCSC-240906-04] Removal request (2 items) [Case #4410378]",
    body=f"""
Hello,

Thank you for your request.

The links you sent, {T[1]} and {T[2]},
are currently under review by our moderators. We will let you know
once a decision has been made.

Telegram Abuse Team
Case #4410378
""",
)

case(
    name="yt-forwarded-internal",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail '---------- Forwarded message ---------' of an internal removals-team note",
    why="the statuses are in a message forwarded by a colleague, not the sender's own statement",
    items={Y[1]: "pending", Y[2]: "pending"},
    **{"from": "hyewon.kang@google.com"}, name_from="Hyewon Kang",
    date=d(10, 17, 30), reply_to_req=mid("KCSC-240905-03"),
    subject="Fwd: LEGAL-7731 outcome (KCSC-240905-03)",
    body=f"""
Hello KCSC team,

Forwarding the note I got from our removals team below, for your records.
I will send the formal response on the ticket when the last item is done.

Hyewon

---------- Forwarded message ---------
From: YouTube Removals Ops <removals-ops@google.com>
Date: Tue, Sep 10, 2024 at 4:51 PM
Subject: LEGAL-7731 outcome
To: Hyewon Kang <hyewon.kang@google.com>

Hi Hyewon,

LEGAL-7731 update:
{Y[1]} - removed globally (spam, deceptive practices & scams policy)
{Y[2]} - blocked in KR on legal grounds

Channel still pending with the escalations team.

Thanks,
Removals Ops
""",
)

case(
    name="x-case-closed-no-ref",
    outcome="review", review="no_claims",
    imitates="X support 'your case has been closed' notice",
    why="trusted X mail with no item, no reference and no thread to our request",
    **{"from": "support-noreply@x.com"}, name_from="X Support",
    date=d(16, 6, 0, tz=0),
    subject="Your case 0923-1183 has been closed",
    body="""
Hello,

Your support case 0923-1183 has been closed. If you still need help with
this matter, please submit a new report through our Help Center:
https://help.x.com/forms

Please don't reply to this message; replies to this address aren't monitored.

X Support
""",
)

case(
    name="yt-conflicting-summary",
    outcome="review", review="conflicting_statements",
    imitates="Jira 'request resolved' notification whose field summary contradicts the agent's comment",
    why="the resolution field says the channel was terminated, the agent's comment says it stays up",
    items={Y[3]: "pending"},
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 10, 17), reply_to_req=mid("KCSC-240905-03"),
    subject="[JIRA] (LEGAL-7731) KCSC-240905-03 removal request - Resolved",
    body=f"""
—-—-—-—-—-—-—-—-—
Reply above this line.

Your request LEGAL-7731 has been resolved.

  Item:        {Y[3]}
  Resolution:  Channel terminated

Daniel Osei commented:

Hi KCSC,

On the channel, {Y[3]}: after review by our policy
specialists we found that it does not violate our Community Guidelines,
so it will remain available on YouTube. The two videos were handled
earlier under this ticket.

Regards,
Daniel

Powered by Jira Service Management
""",
)

# ================================================================ APPLIED
case(
    name="dc-solved-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's numbered outcome list",
    why="four items each with an unhedged outcome: three messages deleted, one invite disabled",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "removed"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(6, 9, 14, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.

Priya (Discord Trust & Safety)

Hello KCSC,

Here is where we are on the first part of your report:

1. {D[1]} - message deleted
2. {D[2]} - message deleted
3. {D[3]} - message deleted; the author has been banned from the platform
4. {D[4]} - invite disabled, and the server it led to has been shut down

We're still looking at the other links and will follow up on this ticket.

Priya
""",
)

case(
    name="dc-followup-remaining-thread",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent comment in a Zendesk thread, earlier comments quoted below",
    why="five further items stated in the new comment; items 1-4 appear only in the quoted earlier comment",
    items={D[5]: "not_found", D[6]: "removed", D[7]: "rejected", D[8]: "rejected", D[9]: "removed",
           D[1]: "pending", D[4]: "pending"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(8, 10, 40, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Priya (Discord Trust & Safety)

Hi again,

Following up on the remaining links from KCSC-240903-01:

{D[5]}
This invite is invalid or has expired, so we could not find a server behind it.

{D[6]}
The server this invite pointed to has been removed.

{D[7]} and
{D[8]}
We reviewed both messages and found no violation of our Community Guidelines
or Terms of Service; we are not taking action on them.

{D[9]}
Deleted.

The two user profiles and the last invite are still open on our side.

Priya

On Fri, Sep 6, 2024 at 9:14 AM, Priya (Discord Trust & Safety) wrote:
> Here is where we are on the first part of your report:
>
> 1. {D[1]} - message deleted
> 4. {D[4]} - invite disabled
""",
)

case(
    name="dc-html-table-accounts",
    outcome="applied", classification="confirmation",
    imitates="HTML ticket notification with an outcome table (multipart/alternative)",
    why="table rows: account disabled, no violation, invite invalid",
    items={D[10]: "removed", D[11]: "rejected", D[12]: "not_found"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(11, 15, 2, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01 - update",
    raw_mime=alt(
        f"""
Your request (#48213) has been updated.

Outcome for the remaining items of KCSC-240903-01:

Reported link                              Outcome
{D[10]}   Account disabled
{D[11]}   No violation found - no action
{D[12]}   Invite invalid - nothing to review

Sana (Discord Trust & Safety)
""",
        f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">##- Please type your reply above this line -##</p>
<p>Your request (#48213) has been updated.</p>
<p>Outcome for the remaining items of KCSC-240903-01:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{D[10]}">{D[10]}</a></td><td>Account disabled</td></tr>
<tr><td><a href="{D[11]}">{D[11]}</a></td><td>No violation found &ndash; no action</td></tr>
<tr><td><a href="{D[12]}">{D[12]}</a></td><td>Invite invalid &ndash; nothing to review</td></tr>
</table>
<p>Sana (Discord Trust &amp; Safety)</p>
</body></html>
""",
        "zd-48213-upd-3",
    ),
)

case(
    name="dc-csv-attachment-all",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a CSV export of per-item outcomes attached",
    why="CSV lists all 12 links with a decision each",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "removed", D[5]: "not_found",
           D[6]: "removed", D[7]: "removed", D[8]: "restricted", D[9]: "removed", D[10]: "removed",
           D[11]: "rejected", D[12]: "not_found"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(12, 8, 30, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Your request #48213 has been solved (KCSC-240903-01)",
    raw_mime=with_csv(
        """
##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen it, reply to this email.

Hello KCSC,

Our review of KCSC-240903-01 is complete. The attached file has the decision
for each of the 12 links you reported.

Marco (Discord Trust & Safety)
""",
        "reported_url,decision,note\n"
        f"{D[1]},removed,message deleted\n"
        f"{D[2]},removed,message deleted\n"
        f"{D[3]},no action,no violation found\n"
        f"{D[4]},removed,invite disabled\n"
        f"{D[5]},not found,invite expired before review\n"
        f"{D[6]},removed,server removed\n"
        f"{D[7]},removed,message deleted\n"
        f"{D[8]},age-restricted,channel set to age-restricted\n"
        f"{D[9]},removed,message deleted\n"
        f"{D[10]},removed,account disabled\n"
        f"{D[11]},no action,no violation found\n"
        f"{D[12]},not found,invite invalid\n",
        "KCSC-240903-01_results.csv",
        "zd-48213-solved",
    ),
)

case(
    name="dc-gmail-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted reply to our reminder, Gmail-style quote underneath",
    why="both user accounts stated disabled; the reminder's list is quoted only",
    items={D[10]: "removed", D[11]: "removed", D[1]: "pending"},
    **{"from": "sana.k@discord.com"}, name_from="Sana K.",
    date=d(12, 17, 55, tz=-7),
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-KCSC-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    subject="Re: Reminder: KCSC-240903-01 items pending past deadline",
    body=f"""
Hi,

Sorry for the delay on the last two. After your extra details came in we
disabled both accounts:
{D[10]}
{D[11]}

Everything else on this request was answered on ticket #48213.

Sana

On Thu, Sep 12, 2024 at 2:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_D)}
""",
)

case(
    name="dc-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="short agent comment: statement line, URL on the line below",
    why="one message deleted, one invite no longer valid (could not be located)",
    items={D[2]: "removed", D[5]: "not_found"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(5, 19, 12, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Priya (Discord Trust & Safety)

Two quick results while the rest is in progress.

The following message was deleted by our team:
{D[2]}

The following invite link is no longer valid and we could not find any
server or content it refers to:
{D[5]}

Priya
""",
)

case(
    name="dc-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="plain-text ticket mail that wraps long URLs inside angle brackets (RFC 3986 App. C)",
    why="two messages removed; the second URL is wrapped over two lines inside <...>",
    items={D[7]: "removed", D[8]: "removed"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(7, 13, 8, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Marco (Discord Trust & Safety)

Hello,

We removed the two messages posted in the #market channel:

 * <{D[7]}>
 * <https://discord.com/channels/1180000000000000002/
   1180000000000000201/1281000000000000008>

The users who posted them have received a warning.

Marco
""",
)

case(
    name="dc-mixed-promise-and-done",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment: partial answer mixing done, refused and scheduled items",
    why="first message deleted, third kept (no violation); second only 'will be removed' -> pending",
    items={D[1]: "removed", D[2]: "pending", D[3]: "rejected"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(5, 10, 2, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Re: Removal request KCSC-240903-01",
    body=f"""
##- Please type your reply above this line -##

Priya (Discord Trust & Safety)

Hi KCSC,

- {D[1]}: we deleted this message.
- {D[2]}: this will be removed once the server's moderators finish their
  own review; we'll confirm here.
- {D[3]}: we reviewed it and it does not break our rules, so it stays up.

Priya
""",
)

case(
    name="dc-solved-not-located",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification: one message removed, one could not be located",
    why="one message removed; the other 'we were unable to locate' (the 'may have been deleted' guess is only the reason)",
    items={D[7]: "removed", D[9]: "not_found"},
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(9, 12, 45, tz=-7), reply_to_req=mid("KCSC-240903-01"),
    subject="[Discord] Your request #48213 has been solved",
    body=f"""
##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen it, reply to this email.

Marco (Discord Trust & Safety)

Hello,

{D[7]}
We removed this message and warned the user who posted it.

{D[9]}
We were unable to locate this message. It may have been deleted by its
author before we got to it.

Our Community Guidelines: https://discord.com/guidelines
Appeals: https://dis.gd/appeals

Marco
""",
)

case(
    name="x-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply top-posted over our request (Outlook -----Original Message-----)",
    why="two posts withheld in Korea, the account suspended; the fourth URL only in the quoted request",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "pending"},
    **{"from": "jlee@x.com"}, name_from="J. Lee (X Legal)",
    date=d(9, 2, 48, tz=0), reply_to_req=mid("KCSC-240904-02"),
    subject="RE: [KCSC-240904-02] Request for removal [Case #0910-5523]",
    body=f"""
Hello KCSC,

Thank you for your patience. Our outcome so far:

{X[1]} - withheld in South Korea
{X[2]} - withheld in South Korea
{X[3]} - account suspended for violating the X Rules

We will follow up on the remaining post.

Best,
J. Lee
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240904-02] Request for removal

{REQ_TEXT_X}
""",
)

case(
    name="x-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder e-mail, reminder quoted with '>'",
    why="the remaining post reviewed: no violation, stays available",
    items={X[4]: "rejected", X[1]: "pending"},
    **{"from": "jlee@x.com"}, name_from="J. Lee (X Legal)",
    date=d(13, 1, 20, tz=0),
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.1@kcsc.example>",
                   "References: <req-KCSC-240904-02@kcsc.example> <reminder.KCSC-240904-02.1@kcsc.example>"],
    subject="RE: Reminder: KCSC-240904-02 still pending [Case #0910-5523]",
    body=f"""
Hello,

On the post still open, {X[4]}: we have reviewed it
against the X Rules and Korean law as described in your request and found
no violation. The post remains available.

The other items were answered in our message of September 9.

Regards,
J. Lee
X Legal

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_X)}
""",
)

case(
    name="x-echoed-report-fields",
    outcome="applied", classification="confirmation",
    imitates="X case-management reply echoing each reported item's form fields with 'Action taken'",
    why="per-item echo blocks: withheld in KR, no violation, account suspended",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(11, 4, 3, tz=0), reply_to_req=mid("KCSC-240904-02"),
    subject="[Case #0910-5523] Outcome of your report KCSC-240904-02",
    body=f"""
Hello,

We have completed our review of the following items from your report.

Reported content: {X[1]}
Reporter: KCSC (Korea Communications Standards Commission)
Action taken: Withheld in KR

Reported content: {X[2]}
Reporter: KCSC (Korea Communications Standards Commission)
Action taken: None. The post does not violate the X Rules.

Reported content: {X[3]}
Reporter: KCSC (Korea Communications Standards Commission)
Action taken: Account suspended

The last item of your report is still under review.

X Legal Support
""",
)

case(
    name="x-one-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a one-item request stating the outcome without the URL",
    why="one-item request KCSC-240911-07 referenced; 'the post you reported has been removed'",
    items={X[5]: "removed"},
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(13, 8, 15, tz=0), reply_to_req=mid("KCSC-240911-07"),
    subject="Re: [KCSC-240911-07] Request for removal (1 item) [Case #0912-0071]",
    body="""
Hello,

Thank you for your report KCSC-240911-07.

The post you reported has been removed for violating our rules on
scams and fraud (https://help.x.com/rules-and-policies/scam-policy).

Regards,
X Legal Support
""",
)

case(
    name="x-korean-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team reply in Korean, URL followed by full-width bracket and particle",
    why="한국 내 게시 제한(withheld in KR) = restricted",
    items={X[5]: "restricted"},
    **{"from": "legal-kr@x.com"}, name_from="X 법무지원팀",
    date=d(12, 17, 40), reply_to_req=mid("KCSC-240911-07"),
    subject="RE: [KCSC-240911-07] 시정요구 (1건)",
    body=f"""
안녕하세요, X 법무지원팀입니다.

요청하신 게시물（{X[5]}）에 대해 검토한 결과,
해당 게시물을 대한민국 내에서 볼 수 없도록 게시 제한(withheld) 처리하였습니다.
대한민국 외 지역에서는 계속 게시됩니다.

감사합니다.
X 법무지원팀 드림
""",
)

case(
    name="yt-jira-resolved-bare-url",
    outcome="applied", classification="confirmation",
    imitates="Jira 'request resolved' notification, bare URL with the outcome on the next line",
    why="video removed, video blocked in KR, channel terminated",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "removed"},
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 11, 6), reply_to_req=mid("KCSC-240905-03"),
    subject="[JIRA] (LEGAL-7731) KCSC-240905-03 removal request - Resolved",
    body=f"""
—-—-—-—-—-—-—-—-—
Reply above this line.

Your request LEGAL-7731 has been resolved.

Daniel Osei commented:

Hello KCSC,

We have completed our review:

{Y[1]}
Removed for violating YouTube's policy on spam, deceptive practices and scams.

{Y[2]}
Blocked from view in South Korea based on local law.

{Y[3]}
Channel terminated.

Regards,
Daniel
YouTube Legal Operations

View request: https://legal-support.google.com/servicedesk/customer/portal/4/LEGAL-7731
Powered by Jira Service Management
""",
)

case(
    name="yt-partial-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="Jira public comment giving a partial answer",
    why="one video age-restricted; the other two explicitly still under review",
    items={Y[2]: "restricted", Y[1]: "pending", Y[3]: "pending"},
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 15, 27), reply_to_req=mid("KCSC-240905-03"),
    subject="[JIRA] (LEGAL-7731) KCSC-240905-03 removal request",
    body=f"""
—-—-—-—-—-—-—-—-—
Reply above this line.

Daniel Osei commented:

Hi,

Partial update on your request. We have placed an age restriction on
{Y[2]}; it can no longer be viewed by signed-out users
or users under 18.

{Y[1]} and {Y[3]} are still
under review; we will update this request when we have a decision.

Daniel

Powered by Jira Service Management
""",
)

case(
    name="yt-html-only-table",
    outcome="applied", classification="confirmation",
    imitates="Google legal removal results e-mail (HTML only) with a per-URL table",
    why="table: removed globally, blocked in South Korea, no action (not in violation)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
    **{"from": "legal-notices@google.com"}, name_from="Google Legal",
    date=d(13, 16, 0), reply_to_req=mid("KCSC-240905-03"),
    subject="Results of your legal removal request (KCSC-240905-03) [LEGAL-7731]",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have reviewed the URLs in your request <b>KCSC-240905-03</b>. The results are below.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead><tr><th>URL</th><th>Result</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Removed globally (policy violation)</td></tr>
<tr><td>{Y[2]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[3]}</td><td>No action taken: not in violation of our policies or local law</td></tr>
</tbody></table>
<p>You can read more about how we handle government requests at
<a href="https://transparencyreport.google.com/government-removals">our Transparency Report</a>.</p>
<p>Google Legal Team</p>
</body></html>
""",
)

case(
    name="tg-helpscout-conversation",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style conversation reply from a Telegram abuse desk",
    why="channel blocked (removed); message not found, deleted by its owner",
    items={T[1]: "removed", T[2]: "not_found"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(10, 11, 50, tz=3), reply_to_req=mid("KCSC-240906-04"),
    subject="Re: [KCSC-240906-04] Removal request (2 items) [Case #4410378]",
    body=f"""
Hello,

Here is the outcome of your request KCSC-240906-04:

* {T[1]} – this channel has been blocked for violating
  the Telegram Terms of Service and is no longer accessible.
* {T[2]} – we could not find this message. It was
  deleted by its owner before our review.

Thank you,
Telegram Abuse Team
Case #4410378

----
Reply to this message to continue the conversation.
""",
)

case(
    name="tg-angle-bracket-restricted",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply, URL in angle brackets, country restriction",
    why="channel made unavailable to users in Korea = restricted; second link not mentioned",
    items={T[1]: "restricted", T[2]: "pending"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d(11, 9, 33, tz=3), reply_to_req=mid("KCSC-240906-04"),
    subject="Re: [KCSC-240906-04] Removal request (2 items) [Case #4410378]",
    body="""
Dear KCSC,

The channel <https://t.me/bamboo_exchange> has been restricted and can no
longer be viewed by users in the Republic of Korea, based on the local law
you cited.

Kind regards,
Telegram DSA Team
""",
)

case(
    name="tg-freshdesk-resolved",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' notification with the agent's note",
    why="channel stays (no ToS violation) = rejected; message deleted = removed",
    items={T[1]: "rejected", T[2]: "removed"},
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(13, 18, 5, tz=3), reply_to_req=mid("KCSC-240906-04"),
    subject="Ticket #5531 status changed to Resolved: [KCSC-240906-04] Removal request",
    body=f"""
Hi KCSC Takedown Desk,

The status of your ticket #5531 has been changed to Resolved.

Agent note:
{T[1]}: after review, this channel does not violate the Telegram Terms of
Service. We are not taking action against it.
{T[2]}: this message has been deleted.

If you feel your issue has not been resolved, reply to this email and the
ticket will be reopened.

Telegram Support
""",
)

case(
    name="naver-inquiry-answer-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (게시중단/임시조치/블라인드/비공개 처리 결과)",
    why="다섯 게시물 각각: 게시중단, 임시조치, 블라인드, 게시물 없음, 비공개 처리",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found", N[5]: "removed"},
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(11, 16, 20), reply_to_req=mid("KCSC-240909-05"),
    subject="[NAVER 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 2409-118822)",
    body=f"""
안녕하세요. NAVER 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240909-05)에 대한 조치 결과를
아래와 같이 안내드립니다.

1. {N[1]} 게시물은 게시중단 처리되었습니다.
2. {N[2]} 게시물은 임시조치(30일) 되었습니다.
3. {N[3]}는 카페 운영정책 위반으로 블라인드 처리하였습니다.
4. {N[4]} : 해당 게시물이 존재하지 않습니다.
5. {N5_RAW} 게시물은 비공개 처리되었습니다.

더 궁금하신 사항은 이 메일에 회신해 주시면 답변드리겠습니다.

NAVER 고객센터 드림
접수번호 2409-118822
""",
)

case(
    name="naver-qp-followup-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER 담당자 추가 답변 (quoted-printable), 같은 접수번호 스레드",
    why="작성자 삭제로 게시물 없음 = not_found; 삭제 사유 해당 없음, 게시 유지 = rejected",
    items={N[4]: "not_found", N[2]: "rejected"},
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(13, 11, 2), reply_to_req=mid("KCSC-240909-05"),
    subject="RE: [KCSC-240909-05] 시정요구 조치결과 추가 안내",
    raw_mime=qp(f"""
안녕하세요, NAVER 정책지원팀입니다.

지난 답변(접수번호 2409-118822)에 이어 추가로 안내드립니다.

- {N[4]}
  작성자가 9월 8일 직접 삭제한 게시물로, 현재 존재하지 않습니다.

- {N[2]}
  재검토 결과 요청하신 삭제 사유에 해당하지 않는 것으로 판단되어 게시를 유지합니다.

문의사항은 이 메일로 회신 부탁드립니다.
감사합니다.
"""),
)

case(
    name="naver-reminder-reply-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER 담당자의 독촉 메일 회신 (top-posted, 원문 '>' 인용)",
    why="두 게시물 삭제 완료; 독촉 메일의 5건 목록은 인용문일 뿐",
    items={N[1]: "removed", N[3]: "removed", N[2]: "pending"},
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(12, 10, 44),
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-05.1@kcsc.example>",
                   "References: <req-KCSC-240909-05@kcsc.example> <reminder.KCSC-240909-05.1@kcsc.example>"],
    subject="RE: [KCSC-240909-05] 시정요구 처리결과 회신 요청 (독촉)",
    body=f"""
안녕하세요. 회신이 늦어 죄송합니다.

아래 두 건은 삭제 완료되었습니다.
 · {N[1]}
 · {N[3]}

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

NAVER 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:00:00 (GMT+09:00)
Subject: [KCSC-240909-05] 시정요구 처리결과 회신 요청 (독촉)

{quoted(REMINDER_N)}
""",
)

case(
    name="kakao-result-ko",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 신고 처리결과 안내 (Daum 카페·티스토리·카카오톡 채널)",
    why="카페 글 게시중단, 티스토리 글 임시조치, 채널 삭제",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed"},
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 14, 30), reply_to_req=mid("KCSC-240910-06"),
    subject="[카카오 고객센터] 문의 #7720415 답변 안내 - [KCSC-240910-06] 불법정보 시정요구",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의번호 #7720415 (KCSC-240910-06)에 대한 처리 결과를 안내해 드립니다.

■ Daum 카페 게시글
  {K[1]}
  → 게시중단 조치되었습니다.

■ 티스토리 게시글
  {K2_RAW}
  → 임시조치(접근 제한) 되었습니다.

■ 카카오톡 채널
  {K[3]}
  → 운영정책 위반으로 채널이 삭제되었습니다.

운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
)

case(
    name="kakao-base64-partial",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고센터 부분 답변 (base64 본문)",
    why="카페 글 블라인드 = removed; 카카오톡 채널 확인 불가(존재하지 않음) = not_found; 티스토리 글 검토 중 = pending",
    items={K[1]: "removed", K[3]: "not_found", K[2]: "pending"},
    **{"from": "cafe_report@daum.net"}, name_from="Daum 카페 신고센터",
    date=d(11, 17, 12), reply_to_req=mid("KCSC-240910-06"),
    subject="RE: [KCSC-240910-06] 불법정보 시정요구 (3건)",
    raw_mime=b64(f"""
안녕하세요. Daum 카페 신고센터입니다.

요청하신 3건 중 확인된 내용을 먼저 안내드립니다.

1) {K[1]}
   해당 게시글은 블라인드 처리되었습니다.

2) {K[3]}
   존재하지 않는 채널 주소로 확인됩니다.

3) {K2_RAW}
   티스토리 담당 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
"""),
)

HEADER = """# blind236: ticket systems and threads (Zendesk/Freshdesk/Jira/HelpScout-style
# receipts, results, solved tickets, follow-ups, replies to reminders, partial
# answers, forwarded mail). Written by make.py from the case list; expected
# results come from each email's meaning alone, before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind236", HEADER, CASES)


if __name__ == "__main__":
    main()
