#!/usr/bin/env python3
"""Blind corpus set 764: ticket systems and threads.

Receipts then results from Zendesk/Freshdesk/Jira/Help Scout-style desks,
solved tickets, follow-ups in the same thread, replies to our reminders,
partial answers and forwarded mail. Every email is fictional and written
from scratch; the expected results were written from each email's meaning
before the reader was ever run on it.

    python3 tests/corpus/blind764/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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
YT_V1 = "https://www.youtube.com/watch?v=Qm7bT2xKp4A"
YT_V2 = "https://www.youtube.com/watch?v=Lr8dN3vWq5B"
YT_V3 = "https://www.youtube.com/watch?v=Hs9fP4yZr6C"
YT_V4 = "https://www.youtube.com/watch?v=Wt1gK5aXs7D"
YT_V5 = "https://www.youtube.com/watch?v=Pv2hJ6bCt8E"
YT_V6 = "https://www.youtube.com/watch?v=Ny3iM7cDu9F"
YT_V7 = "https://www.youtube.com/watch?v=Bx4jL8dEv0G"
YT_V8 = "https://www.youtube.com/watch?v=Kz5kN9eFw1H"
YT_CH1 = "https://www.youtube.com/@lucky7slotkr"
YT_CH2 = "https://www.youtube.com/@jackpotroom-live"
YT_S1 = "https://www.youtube.com/shorts/Tg6mO0fGx2J"
YT_S2 = "https://www.youtube.com/shorts/Rf7nP1gHy3K"
YT_ALL = [YT_V1, YT_V2, YT_V3, YT_V4, YT_V5, YT_V6, YT_V7, YT_V8, YT_CH1, YT_CH2, YT_S1, YT_S2]

TG1 = "https://t.me/quiet_lantern_shop"
TG2 = "https://t.me/quiet_lantern_shop/118"
TG3 = "https://t.me/mintleaf_delivery/42"
TG4 = "https://t.me/+Zk3pQwErTy12"

X1 = "https://x.com/bluefinch_kr/status/1830012345678901234"
X2 = "https://x.com/bluefinch_kr/status/1830023456789012345"
X3 = "https://x.com/harborsale_09"
X4 = "https://x.com/nightowl_tix/status/1832234567890123456"

NV1 = "https://blog.naver.com/sunny_ridge77/223561234567"
NV2 = "https://cafe.naver.com/greenmarket24/5521"
NV3 = "https://cafe.naver.com/greenmarket24/5530"
NV4 = "https://blog.naver.com/PostView.naver?blogId=moonriver_k&logNo=223570000111"
NV5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"

DC1 = "https://discord.gg/k7RvPq2M"
DC2 = "https://discord.com/channels/1123456789012345678/1123456789012345999"

KK1 = "https://cafe.daum.net/moonstore/Ab3x/12"
KK2_RAW = "https://sunshop777.tistory.com/entry/정품-직구매"
KK2 = "https://sunshop777.tistory.com/entry/" + quote("정품-직구매")
KK3 = "https://sunshop777.tistory.com/45"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "illegal online casino promotion, videos, shorts and two channels", YT_ALL),
    ("KCSC-240905-02", "telegram", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "drug sale channel, one post, a delivery post and a private invite", [TG1, TG2, TG3, TG4]),
    ("KCSC-240906-03", "x", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", "counterfeit ticket sales: two posts and the account", [X1, X2, X3]),
    ("KCSC-240909-04", "naver", "2024-09-09T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "personal data exposure on blog, cafe and kin", [NV1, NV2, NV3, NV4, NV5]),
    ("KCSC-240910-05", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", "server invite and channel link", [DC1, DC2]),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "fraud", "counterfeit goods: Daum cafe post and Tistory posts", [KK1, KK2, KK3]),
    ("KCSC-240912-07", "x", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "fraud", "single post reselling tickets", [X4]),
]


def req_mid(ref):
    return f"{ref}.req@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html.strip())}\n"
        f"--{boundary}--\n"
    )


SEP = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ IGNORED
case(
    name="yt-jira-request-received",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 02:14:51 +0000",
    subject="[LGL-48213] Request received: KCSC-240903-01 removal request",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Your request LGL-48213 has been received.

Hello KCSC Takedown,

Thanks for getting in touch. A member of the YouTube legal support team
will look at your request and reply on this ticket. You don't need to send
the request again; replies to this email are added to the same ticket.

Request type: Government / regulator removal request
Reference you gave: KCSC-240903-01
Priority: Normal

View request: https://legalsupport.youtube-help.example/portal/2/LGL-48213

This message was sent by YouTube Legal Support (Jira Service Management).
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="pure receipt: ticket created, nothing said about any item",
    items={},
)

case(
    name="tg-receipt-echoes-report",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 01:40:07 +0000",
    subject="Re: KCSC-240905-02 - Case #5503318 received",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

We have received your report and opened Case #5503318. Our moderators
handle reports in the order they arrive; you will hear from us on this
case once it has been processed.

Copy of your submission
-----------------------
Reporter: KCSC Takedown (takedown@kcsc.example)
Reason: Illegal goods (drugs)
Links:
  {TG1}
  {TG2}
  {TG3}
  {TG4}
Reference: KCSC-240905-02

Please keep the case number in the subject line of any reply.

-- 
Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-desk ticket receipt that echoes the submitted report",
    why="receipt that only echoes our report; no statement about any link",
    items={TG1: "pending", TG2: "pending", TG3: "pending", TG4: "pending"},
)

case(
    name="discord-agent-out-of-office",
    **{"from": "mina.park@discord.com"},
    name_from="Mina Park",
    date="Tue, 10 Sep 2024 01:05:33 +0000",
    subject="Automatic reply: KCSC-240910-05 removal request",
    reply_to_req="KCSC-240910-05.req",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm away from the office until Monday 23 September with limited access to
email. Your message has not been forwarded.

For anything urgent please write to our Trust & Safety queue through
https://dis.gd/request-example and one of my colleagues will pick it up.

Thanks,
Mina Park
Trust & Safety, Government Relations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: [Reminder] KCSC-240906-03: 3 items still pending
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-03.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X legal team,

Our request KCSC-240906-03 of 6 September is past its deadline. The
following items are still pending on our side:

  {X1}  pending
  {X2}  pending
  {X3}  pending

Please let us know what action was taken.

KCSC Takedown
"""
case(
    name="x-reminder-bounce-dsn",
    **{"from": "MAILER-DAEMON@x.com"},
    name_from="Mail Delivery System",
    date="Sat, 14 Sep 2024 00:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-764-x"

--dsn-764-x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out3.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-desk@x.com>: host int-mail.x.com[192.0.2.44] said: 550 5.1.1
    <legal-kr-desk@x.com>: Recipient address rejected: mailbox retired

--dsn-764-x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out3.x.com
Arrival-Date: Sat, 14 Sep 2024 00:00:39 +0000

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: mailbox retired

--dsn-764-x
Content-Type: message/rfc822

{_dsn_orig}
--dsn-764-x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder; the URLs are in the returned message only",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 02:31:10 +0000",
    subject="읽음 확인: [KCSC-240909-04] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-764-nv"

--mdn-764-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-04] 게시물 삭제 요청"을(를) 수신자가 2024-09-09 11:31 에 읽었습니다.

--mdn-764-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <KCSC-240909-04.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-764-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="kakao-chuseok-autoreply",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 16 Sep 2024 03:12:00 +0000",
    subject="[자동회신] 추석 연휴 휴무 안내 (Re: KCSC-240911-06)",
    reply_to_req="KCSC-240911-06.req",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

추석 연휴(9월 16일 ~ 9월 18일) 동안 고객센터 업무를 쉬어 갑니다.
보내주신 메일은 정상적으로 수신되었으며, 연휴가 끝난 뒤 접수 순서대로
담당자가 확인하여 회신드리겠습니다.

긴급한 신고는 고객센터 웹 신고 양식을 이용해 주시기 바랍니다.

※ 본 메일은 발신 전용 자동 회신입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply from a portal's report desk",
    why="holiday auto-reply",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Tue, 10 Sep 2024 01:03:02 +0000",
    subject="[Discord] Re: KCSC-240910-05 removal request",
    reply_to_req="KCSC-240910-05.req",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{SEP}

Your request (#31877042) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

Please do not open a second ticket for the same report: duplicates are
merged and can slow things down.

Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
[W7Q2KX-9RMP]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement 'Your request (#n) has been received'",
    why="receipt only; 'being reviewed' says nothing about an item",
    items={},
)

# ================================================================ REVIEW
case(
    name="yt-escalated-will-remove",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 07:22:18 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 removal request",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Hi KCSC team,

Thanks for the additional context on the casino promotions. The three
videos below have been escalated to our policy team and will be removed
once the reviewer signs off, usually within 48 hours:

  - {YT_V6}
  - {YT_V7}
  - {YT_V8}

We'll confirm on this ticket when that's done.

Best,
Jae-won
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Jira service desk agent comment promising action",
    why="'will be removed once the reviewer signs off' is a promise, not a statement",
    items={YT_V6: "pending", YT_V7: "pending", YT_V8: "pending"},
)

case(
    name="tg-channel-appears-gone",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 10:48:30 +0000",
    subject="Re: KCSC-240905-02 - Case #5503318",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

Regarding Case #5503318: the channel {TG1} appears to be
inaccessible already, possibly because its owner closed it. We have not
been able to confirm this yet and will get back to you when we have.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply with a hedged observation",
    why="'appears to be inaccessible', 'not been able to confirm': a hedge, not a statement",
    items={TG1: "pending"},
)

case(
    name="x-withheld-reported-content-bulk",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 16:05:12 +0000",
    subject="Re: KCSC-240906-03 [ref:_00DA0Kx9._5004Q2bLmN:ref]",
    reply_to_req="KCSC-240906-03.req",
    body="""
Hello,

We have reviewed your request, reference KCSC-240906-03.

In accordance with local law, we have withheld the reported content in
South Korea. It remains available in other countries.

For more information on our country withheld content policy, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal

ref:_00DA0Kx9._5004Q2bLmN:ref
""",
    outcome="review", review="bulk",
    imitates="X legal request outcome (country withheld) sent from a Salesforce case thread",
    why="one statement for 'the reported content' of a three-item request, no item named",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="yt-all-twelve-actioned-bulk",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:40:00 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 removal request - Resolved",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Your request LGL-48213 has been resolved.

Hello,

All 12 URLs submitted under your reference KCSC-240903-01 have been
actioned under our policies. No further action is needed on your side.

If anything in this request is still visible to users in Korea, reply to
this email within 7 days and the ticket will reopen.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Jira 'request resolved' notification with a single summary sentence",
    why="one sentence for all twelve items of the largest request, none named",
    items={u: "pending" for u in YT_ALL},
)

case(
    name="naver-notice-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    auth="fail",
    date="Thu, 12 Sep 2024 04:20:00 +0000",
    subject="[네이버] KCSC-240909-04 게시중단 요청 처리 결과",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {NV1} : 게시중단 처리
2. {NV2} : 게시중단 처리

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 처리 결과 notice, but failing DKIM/SPF/DMARC",
    why="claims from navercorp.com with dmarc=fail",
    items={NV1: "pending", NV2: "pending"},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "safety@discordsafety.zendesk.com"},
    name_from="Discord Safety",
    date="Fri, 13 Sep 2024 08:11:45 +0000",
    subject="[Discord Safety] Update on your request #31877042 (KCSC-240910-05)",
    reply_to_req="KCSC-240910-05.req",
    body=f"""
{SEP}

Hi there,

We've completed our review. The server reached through
{DC1} has been removed from Discord for violating our
Community Guidelines.

Discord Safety

This email is a service from Discord Safety. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk ticket update sent from the vendor's default subdomain, not the platform's domain",
    why="sender domain zendesk.com is not a configured Discord domain",
    items={DC1: "pending"},
)

case(
    name="google-about-telegram-links",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Mon, 09 Sep 2024 06:02:19 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

This request seems to have reached us in error. We checked
{TG3} and {TG4}: neither is hosted on YouTube or any other Google service,
so we have no content to remove. You may wish to contact the service that
hosts them.

Kind regards,
Google Legal Korea
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply saying the reported links are not on its service",
    why="Google states something about Telegram items: not its platform",
    items={TG3: "pending", TG4: "pending"},
)

case(
    name="naver-asks-decision-copy",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 05:33:00 +0000",
    subject="[네이버] KCSC-240909-04 게시중단 요청 관련 추가 자료 요청",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
안녕하세요. 네이버 고객센터 권리보호 담당자입니다.

보내주신 게시중단 요청 중 아래 게시물은 검토를 위해 추가 자료가 필요합니다.

- {NV4}
- {NV5}

해당 게시물이 개인정보 침해에 해당한다는 심의 의결서 사본 또는 이에
준하는 근거 자료를 본 메일에 회신으로 보내주시면 검토를 이어가겠습니다.
자료가 접수되기 전까지는 처리가 보류됩니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호 request for supporting documents (소명자료 요청)",
    why="asks us for the decision copy before acting; items stay pending",
    items={NV4: "pending", NV5: "pending"},
)

case(
    name="yt-jira-resolved-no-reference",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 09:00:00 +0000",
    subject="[LGL-48391] Your request has been resolved",
    body=f"""
{SEP}

Your request LGL-48391 has been resolved.

Resolution: Done

See the full conversation and decision in the portal:
https://legalsupport.youtube-help.example/portal/2/LGL-48391

Did we solve your problem? Rate this request:
https://legalsupport.youtube-help.example/feedback/LGL-48391

This message was sent by YouTube Legal Support (Jira Service Management).
""",
    outcome="review", review="no_claims",
    imitates="Jira Service Management 'request resolved' notification without comment",
    why="trusted, but names no item and no request of ours (ticket key unknown to us, no thread)",
    items={},
)

case(
    name="yt-jira-status-in-review",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:17:40 +0000",
    subject="[LGL-48213] KCSC-240903-01: status changed to In review",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

The status of your request LGL-48213 changed from "Waiting for support"
to "In review".

Comment from Jae-won (YouTube Legal Support):

  We are reviewing {YT_S1} and
  {YT_S2} together with our regional
  policy team and will report back on this ticket.

View request: https://legalsupport.youtube-help.example/portal/2/LGL-48213
""",
    outcome="review", review="not_understood",
    imitates="Jira status-change notification with agent comment",
    why="'in review' and 'will report back' say nothing final about the two Shorts",
    items={YT_S1: "pending", YT_S2: "pending"},
)

case(
    name="kakao-conditional-korean",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 02:45:00 +0000",
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청 접수 및 검토 안내",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 현재 운영정책 위반 여부를 검토하고 있습니다.

  {KK1}
  {KK3}

검토 결과 위반이 확인될 경우 해당 게시물은 삭제될 예정이며,
처리 결과는 이 메일로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao report desk 접수 및 검토 안내 with a conditional outcome",
    why="'위반이 확인될 경우 삭제될 예정': condition and promise, no statement",
    items={KK1: "pending", KK3: "pending"},
)

case(
    name="yt-forwarded-from-enforcement",
    **{"from": "hyunwoo.lim@google.com"},
    name_from="Hyunwoo Lim",
    date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject="Fwd: Enforcement update - KCSC-240903-01",
    body=f"""
Hi KCSC team,

Passing along the update our enforcement colleagues sent me, since it
didn't reach your mailbox directly.

Hyunwoo

---------- Forwarded message ---------
From: YouTube Enforcement <enforcement-ops@youtube.com>
Date: Wed, 11 Sep 2024 at 18:02
Subject: Enforcement update - KCSC-240903-01
To: Hyunwoo Lim <hyunwoo.lim@google.com>

Hyunwoo, for the Korean regulator's ticket:

{YT_V4} - removed (spam, deceptive practices and scams)
{YT_CH1} - channel terminated

Thanks
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an internal enforcement update by a platform employee",
    why="the statements are in a forwarded message, not the sender's own words",
    items={YT_V4: "pending", YT_CH1: "pending"},
)

# ================================================================ APPLIED
case(
    name="yt-zendesk-solved-mixed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:41:09 +0000",
    subject="[LGL-48213] KCSC-240903-01 removal request - solved",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Your request LGL-48213 has been solved. Reply within 7 days if you need
anything else on it.

Jae-won (YouTube Legal Support)

Hello,

We completed our review of the URLs in your request KCSC-240903-01.

Removed for violating our policy on online gambling content:
  * {YT_V1}
  * {YT_V2}
  * {YT_V3}

Channel terminated:
  * {YT_CH1}

Not removed:
  * {YT_V5}
    We did not find this video in breach of our Community Guidelines or
    of local law, so it remains available.

The other URLs are still with the team and will get their own update.

Best,
Jae-won
""",
    outcome="applied",
    imitates="Jira/Zendesk 'request solved' notification with agent's itemised outcome",
    why="itemised outcome: three removed, channel terminated, one kept up with reason",
    items={YT_V1: "removed", YT_V2: "removed", YT_V3: "removed", YT_CH1: "removed",
           YT_V5: "rejected"},
)

_a1_quoted = "\n".join("> " + l if l else ">" for l in f"""Hello,

We completed our review of the URLs in your request KCSC-240903-01.

Removed for violating our policy on online gambling content:
  * {YT_V1}
  * {YT_V2}
  * {YT_V3}

Channel terminated:
  * {YT_CH1}

Not removed:
  * {YT_V5}
    We did not find this video in breach of our Community Guidelines or
    of local law, so it remains available.

Best,
Jae-won""".split("\n"))

case(
    name="yt-followup-remaining-gmail-quote",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:10:55 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 removal request - solved",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
Hello again,

Following up on the URLs that were still open on this ticket:

{YT_V4} - blocked from view in South Korea after our local legal review.
{YT_V6} - we could not find this video; the ID does not match any upload.
{YT_CH2} - we reviewed the channel as a whole and it does not break our
policies, so it stays up.

That closes out the request from our side.

Jae-won

On Tue, Sep 10, 2024 at 5:41 PM YouTube Legal Support <legal-support@google.com> wrote:
{_a1_quoted}
""",
    outcome="applied",
    imitates="follow-up in the same Gmail thread, earlier outcome quoted below",
    why="three new item statements on top; the earlier outcome is only quoted",
    items={YT_V4: "restricted", YT_V6: "not_found", YT_CH2: "rejected",
           YT_V1: "pending", YT_CH1: "pending", YT_V5: "pending"},
)

_html_a3 = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello KCSC team,</p>
<p>Here is the outcome for the remaining URLs in request <b>KCSC-240903-01</b> (ticket LGL-48213).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td><a href="{YT_V7}">{YT_V7}</a></td><td>Removed</td><td>Gambling promotion</td></tr>
<tr><td><a href="{YT_V8}">{YT_V8}</a></td><td>Age-restricted</td><td>Viewers must be signed in and 18+</td></tr>
<tr><td><a href="{YT_S1}">{YT_S1}</a></td><td>Removed</td><td>Gambling promotion</td></tr>
<tr><td><a href="{YT_S2}">{YT_S2}</a></td><td>No action</td><td>Does not violate our policies or local law</td></tr>
</table>
<p>You can learn about our <a href="https://support.google.com/youtube/answer/2801973">policy on gambling content</a> in the Help Centre.</p>
<p>YouTube Legal Support</p>
</body></html>"""
_text_a3 = f"""Hello KCSC team,

Here is the outcome for the remaining URLs in request KCSC-240903-01 (ticket LGL-48213).

URL | Decision | Notes
{YT_V7} | Removed | Gambling promotion
{YT_V8} | Age-restricted | Viewers must be signed in and 18+
{YT_S1} | Removed | Gambling promotion
{YT_S2} | No action | Does not violate our policies or local law

You can learn about our policy on gambling content in the Help Centre:
https://support.google.com/youtube/answer/2801973

YouTube Legal Support"""
case(
    name="yt-html-decision-table",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 - outcome for remaining URLs",
    reply_to_req="KCSC-240903-01.req",
    raw_mime=alt(_text_a3, _html_a3, "alt-764-yt-table"),
    outcome="applied",
    imitates="help-desk reply with an HTML decision table (URL / Decision / Notes)",
    why="table: two removed, one age-restricted, one no action; help link is not an item",
    items={YT_V7: "removed", YT_V8: "restricted", YT_S1: "removed", YT_S2: "rejected"},
)

_csv_a4 = f"""url,decision,decided_at,policy
{YT_V5},removed,2024-09-12,Spam and deceptive practices
{YT_V8},restricted (KR),2024-09-12,Local law
{YT_CH2},terminated,2024-09-12,Gambling content
{YT_S2},no action,2024-09-12,No violation found
"""
case(
    name="yt-csv-attachment-results",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:15:00 +0000",
    subject="[LGL-48213] KCSC-240903-01 results (attachment)",
    reply_to_req="KCSC-240903-01.req",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mix-764-yt-csv"

--mix-764-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{SEP}

Hello,

Please find the decisions for your request KCSC-240903-01 in the
attached file results_KCSC-240903-01.csv, one row per URL.

Best regards,
YouTube Legal Support

--mix-764-yt-csv
Content-Type: text/csv; charset=utf-8; name="results_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="results_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(_csv_a4)}
--mix-764-yt-csv--
""",
    outcome="applied",
    imitates="ticket reply with the per-URL decisions in a CSV attachment",
    why="CSV rows: removed, restricted in KR, terminated, no action",
    items={YT_V5: "removed", YT_V8: "restricted", YT_CH2: "removed", YT_S2: "rejected"},
)

_rem_list = "\n".join(f"  {u}  pending" for u in YT_ALL)
case(
    name="yt-reply-to-reminder-outlook",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Thu, 12 Sep 2024 00:52:00 +0000",
    subject="RE: [Reminder] KCSC-240903-01: 12 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <KCSC-240903-01.req@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240903-01: 12 items still pending"],
    body=f"""
Hello,

Apologies for the slow reply. Both Shorts were taken down on 11 September:

{YT_S1}
{YT_S2}

The rest of the list is still with our legal team; we will write
separately about those.

Regards,
Soo-ah Kang
Google Legal Korea

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal-kr@google.com
Subject: [Reminder] KCSC-240903-01: 12 items still pending

Dear YouTube legal team,

Our request KCSC-240903-01 of 3 September passed its deadline on
10 September. These items are still pending on our side:

{_rem_list}

Please tell us what action was taken on each.

KCSC Takedown
""",
    outcome="applied",
    imitates="Outlook top-posted reply to our reminder, reminder quoted below a From/Sent block",
    why="the two Shorts are stated taken down above the quote; the quoted reminder list is ours",
    items={YT_S1: "removed", YT_S2: "removed", YT_V1: "pending", YT_CH1: "pending"},
)

case(
    name="tg-abuse-desk-mixed-prose",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 13:27:02 +0000",
    subject="Re: KCSC-240905-02 - Case #5503318",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

Thank you for your patience with Case #5503318.

The channel {TG1} has been made unavailable to users in
South Korea. The post {TG3} has been deleted.

The invite link {TG4} is invalid: it does not lead to any
chat, so there is nothing we can act on.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply in prose",
    why="channel unavailable in KR, one post deleted, one invite invalid",
    items={TG1: "restricted", TG3: "removed", TG4: "not_found"},
)

case(
    name="tg-freshdesk-ticket-resolved",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 09:02:44 +0000",
    subject="[#92014] Ticket Resolved: KCSC-240905-02",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Dear KCSC Takedown,

Your ticket #92014 has been marked as Resolved.

Latest note from our agent (Lev):

    Post {TG2} removed.

If you believe the issue is not resolved, reply to this email and the
ticket will be reopened automatically.

Ticket: #92014
Subject: KCSC-240905-02
Status: Resolved
Priority: Medium

Telegram Support
""",
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's last note",
    why="the agent's note states the post removed",
    items={TG2: "removed"},
)

case(
    name="tg-partial-one-blocked",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 08:14:19 +0000",
    subject="Re: KCSC-240905-02 - Case #5503318",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hi,

We've deleted the message {TG3}.

The other links in your report are still under review and we'll follow
up on this case.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="partial abuse-desk answer: one item done, the rest under review",
    why="one item deleted; the rest unnamed and under review",
    items={TG3: "removed"},
)

case(
    name="x-withheld-and-no-violation",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 15:40:31 +0000",
    subject="Re: KCSC-240906-03 [ref:_00DA0Kx9._5004Q2bLmN:ref]",
    reply_to_req="KCSC-240906-03.req",
    body=f"""
Hello,

Thank you for your request. After review, we have withheld the following
posts in South Korea:

{X1}
{X2}

We also reviewed the account @harborsale_09 ({X3}) and did not find a
violation of the X Rules or of Korean law in its current content. We are
not taking action on the account.

Thank you,
X Legal

ref:_00DA0Kx9._5004Q2bLmN:ref
""",
    outcome="applied",
    imitates="X legal request outcome: country-withheld posts and a declined account",
    why="two posts withheld in KR; account reviewed and left up",
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

case(
    name="x-single-item-no-url",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 11:05:00 +0000",
    subject="Re: KCSC-240912-07",
    reply_to_req="KCSC-240912-07.req",
    body="""
Hello,

The reported post has been removed from X for violating our rules on
illegal or certain regulated goods and services.

Thank you,
X Legal
""",
    outcome="applied",
    imitates="short X legal reply on a one-item request",
    why="one-item request: 'the reported post has been removed' applies to it",
    items={X4: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "kr-legal@twitter.com"},
    name_from="Legal Korea (X)",
    date="Wed, 11 Sep 2024 02:00:10 +0000",
    subject="RE: KCSC-240906-03 removal request",
    reply_to_req="KCSC-240906-03.req",
    body=f"""
Hi,

{X2} was deleted by the account holder before we reviewed it.

{X3} has been suspended.

Best,
Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240906-03 removal request

Dear X,

Under our decision of 5 September we ask you to remove:

1. {X1}
2. {X2}
3. {X3}

KCSC Takedown
""",
    outcome="applied",
    imitates="Outlook reply over '-----Original Message-----' with our request below",
    why="one post already deleted by its author, the account suspended; the first post is only in our quoted request",
    items={X2: "not_found", X3: "removed", X1: "pending"},
)

case(
    name="naver-notice-numbered-mixed",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject="[네이버] KCSC-240909-04 게시중단 요청 처리 결과 안내",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 게시중단 요청(KCSC-240909-04)에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {NV1}
   - 처리 결과: 게시중단
2. {NV2}
   - 처리 결과: 블라인드 처리
3. {NV3}
   - 처리 결과: 작성자가 이미 삭제한 게시물로 확인되었습니다.
4. {NV4}
   - 처리 결과: 임시조치(30일)
5. {NV5}
   - 처리 결과: 검토 결과 개인정보 노출이 확인되지 않아 게시를 유지합니다.

처리 결과에 대한 문의는 본 메일에 회신해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered list)",
    why="all five items stated: 게시중단, 블라인드, already deleted by author, 임시조치, kept up",
    items={NV1: "removed", NV2: "removed", NV3: "not_found", NV4: "restricted", NV5: "rejected"},
)

_html_a13 = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(KCSC-240909-04)에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{NV1}</td><td>비공개 처리</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{NV2}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{NV3}</td><td>해당 게시물 없음</td><td>-</td></tr>
</tbody></table>
<p>나머지 2건은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-table-qp",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject="[KCSC-240909-04] 시정요구 조치 결과 회신",
    reply_to_req="KCSC-240909-04.req",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html_a13)}""",
    outcome="applied",
    imitates="Korean 시정요구 조치 결과 HTML table, quoted-printable",
    why="table rows: 비공개 처리, 삭제, 해당 게시물 없음",
    items={NV1: "removed", NV2: "removed", NV3: "not_found"},
)

_a14 = f"""안녕하세요. 네이버 블로그 운영팀입니다.

KCSC-240909-04 요청과 관련하여, 아래 게시물은 운영자 삭제 처리되었습니다.

{NV4}

그 밖의 게시물은 담당 부서에서 확인 중이며 결과가 나오는 대로
안내드리겠습니다.

감사합니다.
"""
case(
    name="naver-base64-operator-deleted",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    date="Wed, 11 Sep 2024 01:25:00 +0000",
    subject=Header("[네이버 블로그] 게시물 처리 안내 (KCSC-240909-04)", "utf-8").encode(),
    reply_to_req="KCSC-240909-04.req",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_a14)}""",
    outcome="applied",
    imitates="NAVER blog team notice, base64 body, encoded subject",
    why="운영자 삭제 of one post; the others unnamed and still being checked",
    items={NV4: "removed"},
)

case(
    name="naver-url-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 02:02:00 +0000",
    subject="RE: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청 주신 건 가운데 {NV2}은 게시중단 조치를 완료하였고,
{NV1}의 경우 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.
또한 {NV3}（카페 게시글）에 대해서는 임시조치(30일)를 하였습니다.

추가 문의 사항은 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied",
    imitates="NAVER customer-centre prose reply with URLs followed by Korean particles",
    why="게시중단, deleted by its author, 임시조치: URLs glued to 은/의 and full-width brackets",
    items={NV2: "removed", NV1: "not_found", NV3: "restricted"},
)

case(
    name="kakao-tistory-korean-path",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    subject="[티스토리] KCSC-240911-06 게시물 조치 결과 안내",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시물에 대한 조치 결과를 안내드립니다.

■ {KK2_RAW}
  → 게시물 비공개 처리 완료

■ {KK3}
  → 국내 접속 차단 조치 완료

Daum 카페 게시글은 카페 운영팀에서 별도로 회신드릴 예정입니다.

감사합니다.
티스토리 운영팀 드림
""",
    outcome="applied",
    imitates="Tistory (Kakao) 조치 결과 안내 with a raw Korean entry path",
    why="비공개 처리 of the Korean-path post (raw form of the percent-encoded URL), 접속 차단 of the other",
    items={KK2: "removed", KK3: "restricted"},
)

case(
    name="kakao-daum-cafe-blind",
    **{"from": "cafe-help@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Mon, 16 Sep 2024 00:40:00 +0000",
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 {KK1} 게시글은
블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum 카페 운영팀 블라인드 처리 reply",
    why="블라인드 of the named cafe post",
    items={KK1: "removed"},
)

_report_echo = f"""---- Your original report ----
Type: Illegal content (regulator request)
Links provided:
{DC1}
{DC2}
Reference: KCSC-240910-05"""
case(
    name="discord-zendesk-solved-echo",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Fri, 13 Sep 2024 22:18:07 +0000",
    subject="[Discord] Re: KCSC-240910-05 removal request",
    reply_to_req="KCSC-240910-05.req",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{SEP}

Your request (#31877042) has been solved. To reopen this request, reply
to this email.

Reese (Discord Trust & Safety)

Hi KCSC team,

Thanks for the report. We've reviewed it and here is what we did:

- The server reached through {DC1} has been removed
  from Discord for violating our Community Guidelines.
- The channel at {DC2}
  no longer exists: it was deleted before our team reviewed it.

Best,
Reese
Discord Trust & Safety

{_report_echo}

[W7Q2KX-9RMP]
""",
    outcome="applied",
    imitates="Zendesk 'request solved' email with agent comment and the echoed report",
    why="server removed; channel already deleted (not found); echoed report below is no statement",
    items={DC1: "removed", DC2: "not_found"},
)

case(
    name="discord-reminder-reply-angle-url",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 07:45:00 +0000",
    subject="Re: [Reminder] KCSC-240910-05: 2 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-05.1@kcsc.example>",
                   "References: <KCSC-240910-05.req@kcsc.example> <reminder.KCSC-240910-05.1@kcsc.example>"],
    body=f"""
Hi,

Thanks for the nudge. We have disabled the following invite and removed
the server it pointed to:
<{DC1}>

We're still looking into the channel link and will reply on this thread.

Discord Trust & Safety

On Wed, 18 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Our request KCSC-240910-05 passed its deadline on 17 September.
> Still pending on our side:
>
>   {DC1}  pending
>   {DC2}  pending
>
> KCSC Takedown
""",
    outcome="applied",
    imitates="reply to our reminder with the URL in angle brackets on the line below its statement",
    why="invite disabled and server removed; the channel link is only in the quoted reminder",
    items={DC1: "removed", DC2: "pending"},
)

case(
    name="yt-url-then-status-line",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 03:03:03 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 - decisions",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Hello,

Decisions for part of your request:

{YT_V7}
Status: Removed - Community Guidelines (gambling)

{YT_V8}
Status: Restricted - not available in KR (local law)

{YT_CH1}
Status: Terminated

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="agent reply listing bare URLs with the status on the line below",
    why="removed, unavailable in KR, channel terminated",
    items={YT_V7: "removed", YT_V8: "restricted", YT_CH1: "removed"},
)

case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Fri, 13 Sep 2024 07:07:00 +0000",
    subject="[지식iN] KCSC-240909-04 게시중단 요청 처리 안내",
    reply_to_req="KCSC-240909-04.req",
    body="""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471234567>
에 대하여 질문과 답변을 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 지식iN notice with a long URL wrapped inside angle brackets",
    why="the kin question deleted; its URL is wrapped over two lines within <...>",
    items={NV5: "removed"},
)

case(
    name="yt-receipt-plus-outcome",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:44:44 +0000",
    subject="Re: [LGL-48213] KCSC-240903-01 removal request",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
{SEP}

Thank you for contacting YouTube. We have received your legal request and
it is tracked under ticket LGL-48213.

Having reviewed it, we removed the following videos for violating our
Community Guidelines:

{YT_V5}
{YT_V6}

We'll write again about the remaining URLs.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="receipt wording followed by an unhedged outcome in the same email",
    why="acknowledgement phrase plus two unhedged removals",
    items={YT_V5: "removed", YT_V6: "removed"},
)

case(
    name="kakao-partial-in-review",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 19 Sep 2024 02:20:00 +0000",
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청 처리 현황",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 3건의 처리 현황을 안내드립니다.

- {KK3} : 삭제 완료
- {KK1} : 검토 중
- {KK2} : 검토 중

검토 중인 건은 결과가 나오는 대로 다시 안내드리겠습니다.
""",
    outcome="applied",
    imitates="Kakao 처리 현황 list: one done, two under review",
    why="one 삭제 완료; two 검토 중 stay pending",
    items={KK3: "removed", KK1: "pending", KK2: "pending"},
)

case(
    name="tg-removed-and-hedge",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240905-02 - Case #5503318",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

Update on Case #5503318.

The message {TG2} has been removed.

As for {TG3}, it may already have been deleted by
its author; we are still checking and will confirm.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk update: one removal and one hedge",
    why="one removal stated; 'may already have been deleted... still checking' is a hedge",
    items={TG2: "removed", TG3: "pending"},
)

case(
    name="x-jira-comment",
    **{"from": "legal-desk@x.com"},
    name_from="X Legal Desk",
    date="Tue, 10 Sep 2024 18:30:00 +0000",
    subject="[JIRA] (LGL-7781) Removal request KCSC-240906-03",
    reply_to_req="KCSC-240906-03.req",
    body=f"""
{SEP}

Dana Ortiz commented:

The post {X1} has been removed for violating our
illegal or certain regulated goods or services policy. The other two URLs
are still open.

View request: https://legaldesk.x-support.example/servicedesk/customer/portal/4/LGL-7781
Turn off this request's notifications

This is shared with KCSC Takedown.
""",
    outcome="applied",
    imitates="Jira Service Management 'commented' customer notification",
    why="one post removed; the other two unnamed and open",
    items={X1: "removed"},
)


HEADER = """# Blind set 764: ticket systems and threads (receipts then results,
# solved tickets, follow-ups, replies to reminders, partial answers,
# forwarded mail). Written by tests/corpus/blind764/make.py; expected results
# written from each email's meaning before the reader was run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind764", HEADER, CASES)
