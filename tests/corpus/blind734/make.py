#!/usr/bin/env python3
"""Blind set 734: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written from scratch; the expected result of each case was written from the
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind734/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind734"

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # x, 12 items (largest)
R2 = "KCSC-240905-02"  # youtube, 4
R3 = "KCSC-240906-03"  # naver, 3
R4 = "KCSC-240909-04"  # telegram, 2
R5 = "KCSC-240910-05"  # clipnest, 5
R6 = "KCSC-240911-06"  # bandchat, 1
R7 = "KCSC-240912-07"  # naver, 1

X1 = "https://x.com/moonlit_ferry/status/1831204455120000011"
X2 = "https://x.com/moonlit_ferry/status/1831204455120000027"
X3 = "https://x.com/grain_lantern/status/1831311870040000032"
X4 = "https://x.com/grain_lantern/status/1831311870040000048"
X5 = "https://x.com/quietbrook_77/status/1831402297710000053"
X6 = "https://x.com/quietbrook_77/status/1831402297710000069"
X7 = "https://x.com/tidal_orchard"
X8 = "https://x.com/pebble_signal/status/1831500012340000074"
X9 = "https://x.com/pebble_signal/status/1831500012340000080"
X10 = "https://x.com/amber_kiln/status/1831622001900000095"
X11 = "https://x.com/amber_kiln/status/1831622001900000101"
X12 = "https://x.com/velvet_quarry/status/1831777300120000116"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qe7dLm2RtxA"
Y2 = "https://www.youtube.com/watch?v=bW3n9KpYz0c"
Y3 = "https://www.youtube.com/@harborlightstudio"
Y4 = "https://youtu.be/Tk4VfmN8s1E"
YS = [Y1, Y2, Y3, Y4]

N1 = "https://blog.naver.com/sandpiper_41/223561870012"
N2 = "https://cafe.naver.com/oldmaplecafe/88412"
N3 = "https://blog.naver.com/%EB%B0%94%EB%9E%8C%EA%B8%B8/223560004417"
N3_RAW = "https://blog.naver.com/바람길/223560004417"
NS = [N1, N2, N3]

T1 = "https://t.me/foggy_pier_market/412"
T2 = "https://t.me/foggy_pier_market/415"

C1 = "https://clipnest.com/v/8KdP2aQx"
C2 = "https://clipnest.com/v/3mRt7LwZ"
C3 = "https://clipnest.com/v/Yq9Bn4Hs"
C4 = "https://clipnest.com/u/northgale_tapes"
C5 = "https://clipnest.com/v/Jx2Wc6Fe"
CS = [C1, C2, C3, C4, C5]

B1 = "https://bandchat.kr/room/55120931"
N7 = "https://cafe.naver.com/riverstonecafe/30177"

REQUESTS = [
    (R1, "x", "2024-09-03", "2024-09-10", XS, "illegal_gambling"),
    (R2, "youtube", "2024-09-05", "2024-09-12", YS, "drug_trade"),
    (R3, "naver", "2024-09-06", "2024-09-13", NS, "defamation"),
    (R4, "telegram", "2024-09-09", "2024-09-16", [T1, T2], "drug_trade"),
    (R5, "clipnest", "2024-09-10", "2024-09-17", CS, "obscenity"),
    (R6, "bandchat", "2024-09-11", "2024-09-18", [B1], "illegal_gambling"),
    (R7, "naver", "2024-09-12", "2024-09-19", [N7], "privacy"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example",
                        "blind734 item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def all_pending(urls):
    return {u: "pending" for u in urls}


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= ignored (auto-replies, bounces, MDNs, receipts)

case(
    name="cn-zendesk-receipt",
    **{"from": "support@clipnest.com"},
    name_from="Clipnest Support",
    date="Tue, 10 Sep 2024 01:16:40 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 10, 2024, 10:14 GMT+9

Dear Clipnest Trust & Safety team,

Under the Korean Telecommunications Business Act we ask you to remove or
restrict the five items listed in our request {R5}. The list and the
legal grounds are in the attached request form.

This email is a service from Clipnest Support.
[RY8V3K-Q0N2]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' receipt with the first comment echoed",
    why="pure ticket receipt: request number and a promise of review, no statement about any item",
)

case(
    name="x-ooo-reply-to-reminder",
    **{"from": "dreyes@x.com"},
    name_from="Daniel Reyes",
    date="Tue, 17 Sep 2024 00:03:12 +0000",
    subject=f"Automatic reply: Reminder: {R1} removal request overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: <reminder.{R1}.1@kcsc.example>"],
    body="""
Hello,

Thank you for your message. I am out of the office until Monday 23
September and will have limited access to email.

For legal requests from government agencies please continue to use the
legal request channel (legal@x.com); the team monitors it every day.

Best regards,
Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform legal employee to our reminder",
    why="out-of-office auto-reply to our reminder",
)

case(
    name="yt-dsn-reminder-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Thu, 19 Sep 2024 02:11:05 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000073c1ab0622a1f0e3"

--00000000000073c1ab0622a1f0e3
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to legal-kr-escalations@google.com because
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000073c1ab0622a1f0e3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 19 Sep 2024 11:10:58 +0900

Final-Recipient: rfc822; legal-kr-escalations@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 18 Sep 2024 19:11:05 -0700

--00000000000073c1ab0622a1f0e3
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-escalations@google.com
Subject: Reminder: {R2} removal request overdue (4 items)
Date: Thu, 19 Sep 2024 11:10:58 +0900
Message-ID: <reminder.{R2}.2@kcsc.example>

--00000000000073c1ab0622a1f0e3--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN 'Address not found' with the reminder's headers returned",
    why="delivery failure of our own reminder",
)

case(
    name="naver-mdn-read",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 05:40:18 +0000",
    subject=f"읽음: [{R3}] 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-6f1e20b7"

--mdn-6f1e20b7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: [{R3}] 게시물 삭제 요청
읽은 시간: 2024-09-09 14:40 (KST)

--mdn-6f1e20b7
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-6f1e20b7--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a Korean corporate mail client",
    why="read receipt of our request",
)

case(
    name="bandchat-freshdesk-ack",
    **{"from": "help@bandchat.kr"},
    name_from="밴드챗 고객센터",
    date="Wed, 11 Sep 2024 03:02:44 +0000",
    subject=f"[#2231] 문의가 접수되었습니다 - Re: [{R6}] 불법 도박 오픈채팅방 삭제 요청",
    reply_to_req=mid(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 밴드챗 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #2231

담당자가 내용을 확인한 뒤 순서대로 답변을 드릴 예정입니다.
추가로 전달하실 내용이 있으면 이 메일에 회신해 주세요.
(회신 시 제목의 접수번호를 지우지 말아 주세요.)

밴드챗 고객센터 드림
https://bandchat.kr/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean ticket receipt (문의 접수 완료, 접수번호)",
    why="automatic ticket receipt; the only link is the help centre",
)

case(
    name="tg-ack-case-number",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 09:20:03 +0000",
    subject=f"Re: {R4} - request for removal of 2 messages",
    reply_to_req=mid(R4),
    body="""
Hello,

Thanks for reaching out. We've registered your report as Case #7781234.
Please keep this number in the subject line of any further message about
this matter.

Our moderators will look at the messages you listed.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk case-number receipt",
    why="case number and a promise to look, no status",
)

case(
    name="cn-helpscout-ooo",
    **{"from": "mina.park@clipnest.com"},
    name_from="Mina Park",
    date="Tue, 17 Sep 2024 06:45:00 +0000",
    subject=f"부재중 자동회신: Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. 박미나입니다.
9월 16일(월)부터 9월 20일(금)까지 추석 연휴로 부재중입니다.
급한 건은 trust@clipnest.com 으로 보내 주시면 팀에서 확인합니다.

Hello, I'm away for the Chuseok holidays until 20 September.
For anything urgent please write to trust@clipnest.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Korean/English holiday out-of-office reply from an agent",
    why="out-of-office auto-reply",
)

# ================================================================ review

case(
    name="cn-zendesk-promise-24h",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Wed, 11 Sep 2024 07:30:11 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    body=f"""
##- Please type your reply above this line -##

Joon (Clipnest Trust & Safety)

Sep 11, 2024, 16:29 GMT+9

Hello,

Thank you for your patience. We have confirmed the first link,
{C1}, and our team will take it down within 24 hours.

The other four links in your request ({C2}, {C3}, {C4} and {C5}) have been
passed to our policy specialists and are still being reviewed. We'll
update this ticket as soon as we have a decision.

Kind regards,
Joon
Clipnest Trust & Safety

This email is a service from Clipnest Support. [RY8V3K-Q0N2]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment in an open ticket: a promise and 'still being reviewed'",
    why="'will take it down within 24 hours' is a promise, the rest is under review: nothing stated",
    items=all_pending(CS),
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 11:02:37 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items",
    reply_to_req=mid(R1),
    body="""
Hello,

We have completed our review of your request. All of the reported posts
and the reported account have been actioned in accordance with our
policies and applicable law.

Please note that X may notify affected account holders of actions taken
on their content, in line with our transparency practices
(https://help.x.com/en/rules-and-policies/legal-requests-faq).

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal support closing reply 'all reported content has been actioned'",
    why="one statement about twelve items naming none of them: bulk",
    items=all_pending(XS),
)

case(
    name="yt-auth-fail-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Mon, 16 Sep 2024 04:12:50 +0000",
    subject=f"Re: [{R2}] Legal removal request - outcome",
    body=f"""
Hello,

We have reviewed your request and removed the following videos and
channel from YouTube:

  {Y1}
  {Y2}
  {Y3}
  {Y4}

Regards,
The YouTube Legal Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal outcome notice whose google.com sender fails DKIM/SPF/DMARC",
    why="statements from a platform domain that fails authentication",
    items=all_pending(YS),
)

case(
    name="cn-zendesk-hosted-unknown",
    **{"from": "support@clipnest.zendesk.com"},
    name_from="Clipnest Help Center",
    date="Thu, 12 Sep 2024 08:55:19 +0000",
    subject=f"[Clipnest Help Center] Re: {R5}",
    body=f"""
##- Please type your reply above this line -##

Hana (Clipnest Help Center)

Sep 12, 2024, 17:54 GMT+9

Hello,

We have removed {C2} and {C5} from Clipnest for violating our
Community Guidelines.

Best,
Hana
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the default <brand>.zendesk.com address instead of the platform domain",
    why="clipnest.zendesk.com is not a configured Clipnest sender domain",
    items={C2: "pending", C5: "pending"},
)

case(
    name="tg-forwarded-moderator-note",
    **{"from": "ilya.s@telegram.org"},
    name_from="Ilya S.",
    date="Mon, 16 Sep 2024 13:41:09 +0000",
    subject=f"Fwd: Case #7781234 ({R4})",
    body=f"""
Hi,

Passing on the note from our moderation team below.

Ilya

---------- Forwarded message ---------
From: Moderation <moderation@telegram.org>
Date: Mon, 16 Sep 2024 at 15:20
Subject: Case #7781234 ({R4})
To: Ilya S. <ilya.s@telegram.org>

Both messages were deleted from the channel:
{T1}
{T2}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal moderation note by a platform employee",
    why="the statements are only inside a forwarded message",
    items={T1: "pending", T2: "pending"},
)

case(
    name="bandchat-asks-legal-basis",
    **{"from": "help@bandchat.kr"},
    name_from="밴드챗 고객센터",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject=f"Re: [#2231] Re: [{R6}] 불법 도박 오픈채팅방 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 밴드챗 고객센터 운영정책팀입니다.

요청하신 오픈채팅방({B1})에 대한 조치를 검토하고 있습니다.
정확한 검토를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

 1. 해당 채팅방이 불법 도박 정보에 해당한다고 판단한 심의 의결서 사본
 2. 위반 내용이 확인되는 화면 캡처 (대화 일시 포함)

자료가 확인되는 대로 조치 여부를 안내해 드리겠습니다.

밴드챗 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Freshdesk agent reply asking for the deliberation decision and screenshots",
    why="asks us for documents before acting; the room stays pending",
    items={B1: "pending"},
)

case(
    name="cn-csat-survey",
    **{"from": "support@clipnest.com"},
    name_from="Clipnest Support",
    date="Fri, 20 Sep 2024 00:00:31 +0000",
    subject="How would you rate the support you received? [#48213]",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://clipnest.com/support/satisfaction/48213/good

Bad, I'm unsatisfied
https://clipnest.com/support/satisfaction/48213/bad

Here's a reminder of what your request was about: Removal request (5 items)

Clipnest Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey after a solved ticket",
    why="trusted platform mail naming no item and not our reference: nothing to apply",
)

case(
    name="yt-hedge-uploader-private",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:22:10 +0000",
    subject=f"Re: [{R2}] Legal removal request [5-1974000032114]",
    reply_to_req=mid(R2),
    body=f"""
Hi there,

Thanks for following up. When we opened {Y1} it appears the uploader
may have set the video to private, so it may no longer be visible to
viewers in Korea. We're confirming this with the relevant team and will
come back to you about all four URLs.

Sincerely,
The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube support follow-up with a hedged observation",
    why="'appears ... may have set the video to private' is a hedge, not a statement",
    items={Y1: "pending"},
)

case(
    name="x-conditional-withhold",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 22:15:44 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your request regarding
{X3} and
{X4}.

Should our legal review find that these posts are unlawful under Korean
law, we will withhold access to them in South Korea. If we need any
additional information to complete the review, we will reach out.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a conditional future action",
    why="conditional promise ('should our review find ... we will withhold'): no status",
    items={X3: "pending", X4: "pending"},
)

case(
    name="tg-reminder-reply-still-review",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 10:03:27 +0000",
    subject=f"Re: Reminder: {R4} removal request overdue - Case #7781234",
    extra_headers=[f"In-Reply-To: <reminder.{R4}.1@kcsc.example>",
                   f"References: <{mid(R4)}@kcsc.example> <reminder.{R4}.1@kcsc.example>"],
    body=f"""
Hello,

Apologies for the delay. The messages {T1} and
{T2} are still under review by our moderators. We will write
again once a decision has been made.

Telegram Abuse Team

On Wed, Sep 18, 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Our request {R4} of 9 September is past its deadline. Please tell us
> what action was taken on:
> {T1}
> {T2}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk reply to a reminder: still under review",
    why="'still under review' is no status; both items stay pending",
    items={T1: "pending", T2: "pending"},
)

case(
    name="unknown-law-firm-on-behalf",
    **{"from": "hjchoi@seorin-law.kr"},
    name_from="최현주 변호사 (법무법인 서린)",
    date="Tue, 17 Sep 2024 05:05:05 +0000",
    subject=f"[{R4}] 텔레그램 채널 게시물 관련 회신",
    body=f"""
방송통신심의위원회 담당자님께,

저희 법무법인은 텔레그램 채널 foggy_pier_market 운영자를 대리하고
있습니다. 귀 위원회가 요청하신 아래 두 게시물은 의뢰인이 2024. 9. 16.
모두 삭제하였음을 알려드립니다.

 - {T1}
 - {T2}

필요하시면 삭제 화면을 제출하겠습니다.

법무법인 서린 변호사 최현주 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Korean law firm letter on behalf of a channel operator",
    why="not a platform sender: a third party's claim about Telegram items",
    items={T1: "pending", T2: "pending"},
)

case(
    name="cn-solved-bulk",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Mon, 16 Sep 2024 08:10:00 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items) - Solved",
    reply_to_req=mid(R5),
    body="""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to
this email.

Joon (Clipnest Trust & Safety)

Sep 16, 2024, 17:09 GMT+9

Hello again,

We've finished our review. All of the videos and the channel listed in
your request have been taken down from Clipnest.

Thank you for helping keep Clipnest safe.

Joon

This email is a service from Clipnest Support. [RY8V3K-Q0N2]
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'your request has been solved' with a one-line closing comment",
    why="'all of the videos and the channel' for a five-item request names none: bulk",
    items=all_pending(CS),
)

# ================================================================ applied

case(
    name="cn-zendesk-solved-list",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Fri, 13 Sep 2024 05:48:02 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items) - Solved",
    reply_to_req=mid(R5),
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to
this email.

----------------------------------------------

Joon (Clipnest Trust & Safety)

Sep 13, 2024, 14:47 GMT+9

Hello,

Here is the outcome for the five links in your request:

- {C1} : removed (adult content policy)
- {C2} : removed (adult content policy)
- {C3} : not removed. The video does not break our Community Guidelines
  and it stays on Clipnest.
- {C4} : this channel has been disabled.
- {C5} : we couldn't find this video. The link is invalid.

Our guidelines: https://clipnest.com/help/community-guidelines

----------------------------------------------

KCSC Takedown

Sep 10, 2024, 10:14 GMT+9

Dear Clipnest Trust & Safety team,

Please remove or restrict the following items:
{C1}
{C2}
{C3}
{C4}
{C5}

This email is a service from Clipnest Support. [RY8V3K-Q0N2]
""",
    outcome="applied",
    imitates="Zendesk solved-ticket mail with the agent's result list above our first comment",
    why="one explicit status per link in the agent's comment; our echoed request below states nothing",
    items={C1: "removed", C2: "removed", C3: "rejected", C4: "removed", C5: "not_found"},
)

case(
    name="x-top-posted-outlook",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 09:31:00 +0000",
    subject=f"RE: {R1} / Request for removal of 12 items",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We have reviewed part of your request. The following posts have been
withheld in South Korea in response to your request:

{X1}
{X2}

We did not take action on {X5}, as it does not violate the X Rules or
Korean law as far as we can tell.

The remaining items are still being reviewed.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {R1} / Request for removal of 12 items

Please remove or withhold the following 12 items:
1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {X5}
6. {X6}
7. {X7}
8. {X8}
9. {X9}
10. {X10}
11. {X11}
12. {X12}
""",
    outcome="applied",
    imitates="X legal reply top-posted over an Outlook '-----Original Message-----' quote",
    why="two withheld in KR, one refused with reason; the rest only in our quoted request or 'still being reviewed'",
    items={X1: "restricted", X2: "restricted", X5: "rejected",
           X3: "pending", X4: "pending", X6: "pending", X7: "pending", X8: "pending",
           X9: "pending", X10: "pending", X11: "pending", X12: "pending"},
)

case(
    name="x-numbered-list-all-12",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 02:44:13 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items - final response",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Please find below our final response to your request {R1}.

1. {X1} - Withheld in South Korea
2. {X2} - Withheld in South Korea
3. {X3} - Removed for violating the X Rules
4. {X4} - Removed for violating the X Rules
5. {X5} - No action: we found no violation of the X Rules or local law
6. {X6} - Not found: the post was deleted by the account holder
7. {X7} - Account suspended
8. {X8} - Withheld in South Korea
9. {X9} - Withheld in South Korea
10. {X10} - Removed for violating the X Rules
11. {X11} - No action: we found no violation of the X Rules or local law
12. {X12} - Not found: the URL does not resolve to an existing post

Content withheld in a country remains available elsewhere. For more
information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal final response listing every reported URL with its outcome",
    why="each of the twelve items has its own explicit outcome",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "rejected",
           X6: "not_found", X7: "removed", X8: "restricted", X9: "restricted", X10: "removed",
           X11: "rejected", X12: "not_found"},
)

case(
    name="x-bare-url-result-below",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 03:05:48 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items - update",
    reply_to_req=mid(R1),
    body=f"""
Hello,

An update on some of the reported content:

{X8}
Result: Content withheld in: KR

{X9}
Result: No violation found. The content remains available.

{X10}
Result: Removed (Violent Speech policy)

We will follow up on the other items separately.

X Legal
""",
    outcome="applied",
    imitates="X legal update with each URL followed by a 'Result:' line",
    why="status on the line below each URL",
    items={X8: "restricted", X9: "rejected", X10: "removed"},
)

case(
    name="yt-html-table",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:15:27 +0000",
    subject=f"Re: [{R2}] Legal removal request [5-1974000032114]",
    reply_to_req=mid(R2),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="000000000000b7e5d30621f9c4aa"

--000000000000b7e5d30621f9c4aa
Content-Type: text/plain; charset="UTF-8"

Hello,

We have completed our review of the content in your request:

URL: {Y1}
Action: Removed globally (violation of Community Guidelines)

URL: {Y2}
Action: Age-restricted

URL: {Y3}
Action: No action taken - the channel does not violate our Community Guidelines

URL: {Y4}
Action: Blocked in South Korea (local law)

Regards,
The YouTube Legal Team

--000000000000b7e5d30621f9c4aa
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><p>Hello,</p>
<p>We have completed our review of the content in your request:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>Removed globally (violation of Community Guidelines)</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>No action taken - the channel does not violate our Community Guidelines</td></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Blocked in South Korea (local law)</td></tr>
</table>
<p>Regards,<br>The YouTube Legal Team</p></div>

--000000000000b7e5d30621f9c4aa--
""",
    outcome="applied",
    imitates="YouTube legal outcome mail, multipart with a plain part and an HTML table",
    why="one action per URL; the same in both parts",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "restricted"},
)

_yt_qp = f"""Hi,

Following up on our earlier reply in this thread: after further review,
the channel {Y3} has been terminated for repeated violations of our
Community Guidelines. Its videos are no longer available on YouTube.

If you have questions about this decision, please reply to this email.

Sincerely,
The YouTube Team \u2013 Legal Support

On Fri, Sep 13, 2024 at 3:22\u202fPM YouTube Legal Support <legal-support@google.com> wrote:
> Hi there,
>
> We're still reviewing the channel {Y3} and will update you.
"""

case(
    name="yt-qp-followup-terminated",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:50:33 +0000",
    subject=f"Re: [{R2}] Legal removal request [5-1974000032114]",
    reply_to_req=mid(R2),
    raw_mime="Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied",
    imitates="YouTube follow-up in the same thread (quoted-printable) over its own earlier 'still reviewing' reply",
    why="'has been terminated' for the channel; the quoted earlier reply says nothing",
    items={Y3: "removed"},
)

case(
    name="naver-korean-prose-result",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 01:20:00 +0000",
    subject=f"Re: [{R3}] 게시물 삭제 요청에 대한 처리 결과 안내",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

귀 위원회에서 요청하신 건의 처리 결과를 아래와 같이 안내드립니다.

{N1} 게시물은 명예훼손 정보로 판단되어 게시중단 조치하였습니다.
{N3_RAW} 은 권리침해 신고 절차에 따라 30일간 임시조치하였습니다.
또한 {N2}는 확인 결과 존재하지 않는 게시물입니다.

감사합니다.
네이버 정책지원 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 in prose, with a raw Korean blog path",
    why="게시중단 = removed, 임시조치 = restricted, 존재하지 않는 게시물 = not_found",
    items={N1: "removed", N3: "restricted", N2: "not_found"},
)

case(
    name="naver-sole-item-operator-deleted",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 고객센터",
    date="Fri, 13 Sep 2024 07:12:40 +0000",
    subject=f"Re: [{R7}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=mid(R7),
    body="""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 카페 게시글은 개인정보 노출 게시물로 확인되어
운영자 삭제 처리를 완료하였습니다.

이용에 불편을 드려 죄송합니다.
네이버 카페 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER Cafe customer centre reply: 운영자 삭제 처리 완료, no URL",
    why="single statement in reply to a one-item request: the item is removed",
    items={N7: "removed"},
)

case(
    name="tg-case-closed-bullets",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 16:40:51 +0000",
    subject=f"Re: {R4} - request for removal of 2 messages - Case #7781234",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Case #7781234 is now closed. Result of our review:

  \u2022 {T1} \u2014 removed, the message violated Telegram's Terms of Service
  \u2022 {T2} \u2014 this message no longer exists; it was deleted by the
    channel admin before we reviewed it

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk closing a case with a bulleted result",
    why="removed, and deleted by its author = not_found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="bandchat-freshdesk-resolved",
    **{"from": "help@bandchat.kr"},
    name_from="밴드챗 고객센터",
    date="Mon, 16 Sep 2024 04:00:12 +0000",
    subject=f"[#2231] 답변 완료 안내 - Re: [{R6}] 불법 도박 오픈채팅방 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 밴드챗 고객센터 운영정책팀입니다.

문의하신 #2231 건의 상태가 [해결됨]으로 변경되었습니다.

담당자 답변:
요청하신 오픈채팅방 {B1} 은(는) 운영정책 위반(불법 도박 홍보)이
확인되어 영구 폐쇄 조치되었습니다. 현재 해당 채팅방에는 누구도
입장할 수 없습니다.

추가 문의가 있으시면 이 메일에 회신해 주세요.
7일 동안 회신이 없으면 문의는 자동으로 종료됩니다.

밴드챗 고객센터 드림
""",
    outcome="applied",
    imitates="Freshdesk 'ticket status changed to resolved' mail with the agent's Korean answer",
    why="chat room permanently closed = removed",
    items={B1: "removed"},
)

_cn_csv = ("content_url,decision,notes\r\n"
           f"{C1},removed,Adult content policy\r\n"
           f"{C2},removed,Adult content policy\r\n"
           f"{C3},age-restricted,Visible to signed-in adult users only\r\n"
           f"{C4},no action,No guideline violation found\r\n"
           f"{C5},not found,Video ID does not exist\r\n")

case(
    name="cn-csv-attachment",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Sat, 14 Sep 2024 02:20:14 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items) - results attached",
    reply_to_req=mid(R5),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_88231_1409.1726280414"

------=_Part_88231_1409.1726280414
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Joon (Clipnest Trust & Safety)

Sep 14, 2024, 11:19 GMT+9

Hello,

The decision for each item of your request is in the attached file
(results_48213.csv).

Joon

------=_Part_88231_1409.1726280414
Content-Type: text/csv; charset=UTF-8; name="results_48213.csv"
Content-Disposition: attachment; filename="results_48213.csv"
Content-Transfer-Encoding: base64

{b64(_cn_csv)}
------=_Part_88231_1409.1726280414--
""",
    outcome="applied",
    imitates="Zendesk agent comment with a CSV attachment of per-item decisions",
    why="CSV rows give one decision per URL",
    items={C1: "removed", C2: "removed", C3: "restricted", C4: "rejected", C5: "not_found"},
)

_cn_b64 = f"""Hello,

Following our review, the video {C3} will remain available on Clipnest.
It does not violate our Community Guidelines or applicable law: it is a
news report about the incident and shows no explicit material.

If you disagree with this decision you can ask for a second review here:
https://clipnest.com/help/appeals

Clipnest Trust & Safety
"""

case(
    name="cn-base64-refusal",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Sun, 15 Sep 2024 09:09:09 +0000",
    subject=f"[Clipnest] Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_cn_b64),
    outcome="applied",
    imitates="platform refusal with reason, base64-encoded body",
    why="'will remain available' with its reason: rejected; the appeal link is no item",
    items={C3: "rejected"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 05:33:21 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items [ref:_00D1x.500Qr2Kx:ref]",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your report. We have received it and opened case
0-2290154411.

Please note that we already removed the post
{X10} earlier today for violating our rules. The other reported items
are being reviewed, and we'll be in touch.

X Legal
""",
    outcome="applied",
    imitates="X case receipt that also reports an action already taken",
    why="acknowledgement phrase plus an unhedged 'already removed' for one post",
    items={X10: "removed"},
)

case(
    name="yt-reminder-reply-partial",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 01:14:55 +0000",
    subject=f"Re: Reminder: {R2} removal request overdue (4 items)",
    extra_headers=[f"In-Reply-To: <reminder.{R2}.1@kcsc.example>",
                   f"References: <{mid(R2)}@kcsc.example> <reminder.{R2}.1@kcsc.example>"],
    body=f"""
Hello,

Apologies for the delay in getting back to you. Of the four URLs in your
request, {Y4} has now been age-restricted. The other three are still with
our policy team and we will reply again once they have been reviewed.

Regards,
The YouTube Legal Team

On Thu, 19 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
> Our request {R2} of 5 September (4 items) is past its deadline of
> 12 September. Please tell us what action was taken on:
> {Y1}
> {Y2}
> {Y3}
> {Y4}
""",
    outcome="applied",
    imitates="YouTube legal reply to our reminder answering one item of four",
    why="one item age-restricted; the other three are explicitly still under review",
    items={Y4: "restricted", Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="x-gmail-quote-account",
    **{"from": "m.osei@x.com"},
    name_from="Marcus Osei",
    date="Tue, 10 Sep 2024 14:58:00 +0000",
    subject=f"Re: {R1} / Request for removal of 12 items",
    reply_to_req=mid(R1),
    body=f"""
Hi,

Quick update: the account @tidal_orchard ({X7}) has been permanently
suspended for violating our rules on illegal goods and services.

Marcus Osei
Legal Operations, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:

> Please remove or withhold the following 12 items:
> {X1}
> {X3}
> {X7}
> {X12}
> (and 8 more, see the attached list)
""",
    outcome="applied",
    imitates="Gmail reply from a platform employee above the '> ' quoted request",
    why="account permanently suspended = removed; the quoted URLs state nothing",
    items={X7: "removed"},
)

case(
    name="naver-html-korean-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject=f"[{R3}] 시정요구 조치결과 회신",
    reply_to_req=mid(R3),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원입니다.</p>
<p>요청하신 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>접근제한</td><td>국내 접속 차단</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>조치 불가</td><td>검토 결과 위반 사항 없음</td></tr>
</table>
<p>문의 사항은 회신 주시기 바랍니다.<br>네이버 정책지원 드림</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고) in HTML",
    why="삭제 = removed, 접근제한/국내 접속 차단 = restricted, 조치 불가 with no violation = rejected",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="cn-helpscout-angle-brackets",
    **{"from": "trust@clipnest.com"},
    name_from="Sora at Clipnest",
    date="Thu, 12 Sep 2024 12:01:45 +0000",
    subject=f"Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    extra_headers=["X-HelpScout-Conversation: 90817263"],
    body=f"""
Hi there,

Thanks for your patience while we looked into these.

<{C2}> has been removed for breaking our adult content rules.

The account page
<{C4}>
has been disabled, so none of its uploads can be watched any more.

We couldn't find <https://clipnest.com/v/
Jx2Wc6Fe> at all - that video ID doesn't exist on our side.

I'll write again about the remaining two links.

Sora
Clipnest Trust & Safety
""",
    outcome="applied",
    imitates="Help Scout style conversation reply with URLs in angle brackets, one wrapped",
    why="removed, disabled (statement above a URL on its own line), and a wrapped <URL> not found",
    items={C2: "removed", C4: "removed", C5: "not_found"},
)

case(
    name="naver-fullwidth-punct",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Mon, 09 Sep 2024 08:30:10 +0000",
    subject=f"Re: [{R3}] 게시물 삭제 요청",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

신고하신 게시물：{N1}（비공개 처리 완료）

해당 게시물은 운영정책에 따라 비공개 처리되어 더 이상 다른 이용자가
볼 수 없습니다.

네이버 블로그 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER Blog customer centre reply with full-width colon and parentheses",
    why="비공개 처리 = removed",
    items={N1: "removed"},
)

case(
    name="x-echoed-report-fields",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Sun, 15 Sep 2024 20:21:09 +0000",
    subject=f"Your report to X has been resolved - {R1}",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We've reviewed the report you submitted. Here is a summary:

Reported content: {X12}
Reported by: KCSC Takedown
Report type: Local law (Republic of Korea)
Submitted: 3 September 2024

Outcome: We've withheld this content in South Korea.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied",
    imitates="X report-resolved notice echoing the report fields",
    why="one echoed URL with 'withheld in South Korea' outcome",
    items={X12: "restricted"},
)

case(
    name="cn-jira-sm-comment",
    **{"from": "legal@clipnest.com"},
    name_from="Clipnest Legal",
    date="Tue, 17 Sep 2024 03:33:33 +0000",
    subject=f"LGL-882 {R5}: Removal request (5 items)",
    reply_to_req=mid(R5),
    extra_headers=["X-JIRA-FingerPrint: 9d1e3b2ac0f4"],
    body=f"""
\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014-
Reply above this line.

Jeon Haewon commented:

Hello KCSC,

We removed the video {C1} from Clipnest today for
violating our adult content policy. The uploader has been notified.

Community guidelines: https://clipnest.com/help/community-guidelines

Jeon Haewon
Clipnest Legal

View request \u00b7 Turn off this request's notifications
https://clipnest.atlassian.net/servicedesk/customer/portal/3/LGL-882

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied",
    imitates="Jira Service Management 'commented' notification on a customer request",
    why="one item removed; portal and guideline links are not items",
    items={C1: "removed"},
)

case(
    name="tg-reminder-reply-no-scheme",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 11:11:11 +0000",
    subject=f"Re: Reminder: {R4} removal request overdue - Case #7781234",
    extra_headers=[f"In-Reply-To: <reminder.{R4}.2@kcsc.example>",
                   f"References: <{mid(R4)}@kcsc.example> <reminder.{R4}.2@kcsc.example>"],
    body="""
Hello,

Here is the outcome for Case #7781234:

t.me/foggy_pier_market/412 \u2013 blocked for users in South Korea
t.me/foggy_pier_market/415 \u2013 no violation of the Telegram Terms of Service
found; we will not take action on this message

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply to a reminder, links written without https://",
    why="blocked in South Korea = restricted; no violation, no action = rejected",
    items={T1: "restricted", T2: "rejected"},
)

case(
    name="naver-author-deleted",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 고객센터",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject=f"Re: [{R3}] 게시물 삭제 요청",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물 중 카페 게시글 {N2}는
작성자가 이미 삭제하여 확인되지 않습니다.

블로그 게시물 2건은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.

네이버 카페 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER Cafe reply: post already deleted by its author, other items handed to another team",
    why="deleted by its author = not_found; the two blog posts are only promised a reply (unnamed)",
    items={N2: "not_found"},
)

case(
    name="cn-correction-followup",
    **{"from": "trust@clipnest.com"},
    name_from="Clipnest Trust & Safety",
    date="Wed, 18 Sep 2024 01:25:00 +0000",
    subject=f"Re: [{R5}] Removal request (5 items)",
    reply_to_req=mid(R5),
    body=f"""
Hello,

A correction to my previous message, sorry for the confusion: the video
{C3} was not removed. It has been age-restricted instead, so it can only
be watched by signed-in users over 19.

Joon
Clipnest Trust & Safety

On Mon, Sep 16, 2024 at 5:09 PM Clipnest Trust & Safety <trust@clipnest.com> wrote:
> Hello,
> The video {C3} has been removed from Clipnest.
> Joon
""",
    outcome="applied",
    imitates="agent's correction in the same thread over its own quoted earlier message",
    why="age-restricted = restricted; the quoted earlier 'removed' is quoted text",
    items={C3: "restricted"},
)

case(
    name="yt-dsa-style-decision",
    **{"from": "legal-notices@youtube.com"},
    name_from="YouTube",
    date="Sun, 15 Sep 2024 15:00:00 +0000",
    subject=f"Decision on your legal request {R2}",
    reply_to_req=mid(R2),
    body=f"""
Statement of reasons

Content: {Y2}
Decision: Removal of the content
Territorial scope: Global
Ground: Incompatible with our Community Guidelines (illegal goods)
Facts relied on: notice submitted by KCSC Takedown on 5 September 2024
Automated means: No automated means were used in taking this decision

The uploader can appeal this decision:
https://support.google.com/youtube/answer/185111

A copy of this statement is published in the DSA Transparency Database:
https://transparency.dsa.ec.europa.eu/statement
""",
    outcome="applied",
    imitates="DSA statement-of-reasons style decision notice",
    why="'Decision: Removal of the content' for one URL; appeal and database links are not items",
    items={Y2: "removed"},
)

case(
    name="naver-reminder-top-posted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 09:40:00 +0000",
    subject=f"RE: [재요청] [{R3}] 게시물 삭제 요청 처리 기한 경과",
    extra_headers=[f"In-Reply-To: <reminder.{R3}.1@kcsc.example>",
                   f"References: <{mid(R3)}@kcsc.example> <reminder.{R3}.1@kcsc.example>"],
    body=f"""
안녕하세요. 네이버 정책지원입니다.

회신이 늦어 죄송합니다. 요청하신 3건 중
{N1} 게시물은 블라인드 처리되었습니다.
나머지 2건은 현재 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

네이버 정책지원 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-18 (수) 09:00:00 (GMT+09:00)
Subject: [재요청] [{R3}] 게시물 삭제 요청 처리 기한 경과

9월 6일 요청한 아래 게시물의 처리 결과를 알려 주시기 바랍니다.
{N1}
{N2}
{N3}
""",
    outcome="applied",
    imitates="NAVER reply top-posted over our quoted Korean reminder (Naver Works quote header)",
    why="블라인드 = removed for one; '나머지 2건 검토 중' leaves the others pending",
    items={N1: "removed", N2: "pending", N3: "pending"},
)


HEADER = """# Blind set 734 (ticket systems and threads), written before any run of the reader.
# Generated by make.py; edit the case list there, not this file."""


def encode_header_words():
    """Non-ASCII display names and subjects go out as RFC 2047 encoded-words,
    as real mail clients send them."""
    for c in CASES:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=76)


def main():
    write_requests()
    encode_header_words()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
