#!/usr/bin/env python3
"""Blind set 920: ticket systems and threads.

Help-desk receipts and then results, solved tickets, follow-ups in the same
thread, replies to our reminders, partial answers and forwarded mail, from
Zendesk/Freshdesk/Jira/HelpScout-style systems run by the platforms. Written
from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind920/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind920"


def enc(u):
    """The percent-encoded form stored in requests.csv."""
    return quote(u, safe=":/?&=@%#~._-")


# ---------------------------------------------------------------- items
# KCSC-240902-01, NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonriver_77/223540118201"
N2 = "https://blog.naver.com/moonriver_77/223540118377"
N3 = "https://blog.naver.com/sky_paper/223538004412"
N4 = "https://cafe.naver.com/greenmarket24/18812"
N5 = "https://cafe.naver.com/greenmarket24/18830"
N6_RAW = "https://cafe.naver.com/ca-fe/web/cafes/달빛장터/articles/4471"
N7_RAW = "https://cafe.naver.com/ca-fe/web/cafes/달빛장터/articles/4502"
N6 = enc(N6_RAW)
N7 = enc(N7_RAW)
N8 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=5521907"
N10 = "https://m.blog.naver.com/hanbit_trade/223541900055"
N11 = "https://tv.naver.com/v/59120334"
N12 = "https://blog.naver.com/sky_paper/223539771020"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
NAVER_RAW = [N1, N2, N3, N4, N5, N6_RAW, N7_RAW, N8, N9, N10, N11, N12]

# KCSC-240903-02, X, 4 items
X1 = "https://x.com/quietfox_kr/status/1830412255601123456"
X2 = "https://x.com/quietfox_kr/status/1830415500912345678"
X3 = "https://x.com/mint_ledger/status/1829977001234567890"
X4 = "https://x.com/mint_ledger"
# KCSC-240904-03, Telegram, 3 items
T1 = "https://t.me/harbor_lights_kr"
T2 = "https://t.me/harbor_lights_kr/2231"
T3 = "https://t.me/nightowl_deals/905"
# KCSC-240905-04, YouTube, 5 items
Y1 = "https://www.youtube.com/watch?v=Qm3xT8vLp2A"
Y2 = "https://www.youtube.com/watch?v=Zr7KdW1nB0c"
Y3 = "https://youtu.be/Hk2pN9sYt4E"
Y4 = "https://www.youtube.com/@paperlantern_tv"
Y5 = "https://www.youtube.com/shorts/Ub5eRq0wXy1"
# KCSC-240906-05, TikTok, 2 items
TT1 = "https://www.tiktok.com/@dune.walker/video/7409981122334455667"
TT2 = "https://www.tiktok.com/@dune.walker/video/7410123344556677889"
# KCSC-240909-06, Kakao (Daum cafe, Brunch), 3 items
K1 = "https://cafe.daum.net/bluefin77/Zx3a/118"
K2 = "https://cafe.daum.net/bluefin77/Zx3a/131"
K3 = "https://brunch.co.kr/@stonepath/42"
# KCSC-240910-07, X, 1 item
X7 = "https://x.com/roadside_tape/status/1833300112233445566"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:12:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", NAVER_ALL, "blogs, cafes, KnowledgeiN, Post, TV"),
    ("KCSC-240903-02", "x", "2024-09-03T11:05:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", [X1, X2, X3, X4], "two accounts"),
    ("KCSC-240904-03", "telegram", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", [T1, T2, T3], "channel and posts"),
    ("KCSC-240905-04", "youtube", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", [Y1, Y2, Y3, Y4, Y5], "videos, channel, short"),
    ("KCSC-240906-05", "tiktok", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", [TT1, TT2], ""),
    ("KCSC-240909-06", "kakao", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", [K1, K2, K3], "Daum cafe and Brunch"),
    ("KCSC-240910-07", "x", "2024-09-10T15:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", [X7], "single post"),
]


def msgid(ref):
    return ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def our_request_en(ref, urls, platform_name):
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return f"""Dear {platform_name} team,

Under Article 44-7 of the Network Act, the Korea Communications Standards
Commission asks you to remove or block access to the following content
(reference {ref}):

{lines}

Please tell us the action taken for each URL by the due date.

KCSC Takedown desk
takedown@kcsc.example"""


def our_reminder_en(ref, urls):
    lines = "\n".join(f"- {u}" for u in urls)
    return f"""Dear colleagues,

We have not yet received the outcome of our request {ref}. The following
items are still open on our side:

{lines}

Please reply to this email with the status of each URL.

KCSC Takedown desk"""


def our_request_ko(ref, urls):
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return f"""안녕하십니까, 방송통신심의위원회입니다.

정보통신망법 제44조의7에 따라 아래 정보에 대한 시정(삭제 또는 접속차단)을
요구하오니 조치 후 그 결과를 URL별로 회신하여 주시기 바랍니다.
(요청번호 {ref})

{lines}

방송통신심의위원회 시정요구 담당
takedown@kcsc.example"""


def our_reminder_ko(ref, urls):
    lines = "\n".join(f"- {u}" for u in urls)
    return f"""안녕하십니까. 아래 시정요구 건({ref})의 처리 기한이 지났으나
조치 결과를 받지 못하였습니다. 미회신 URL은 다음과 같습니다.

{lines}

URL별 조치 결과를 회신하여 주시기 바랍니다.
방송통신심의위원회 시정요구 담당"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ IGNORED
case(
    name="naver-helpdesk-receipt",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Mon, 02 Sep 2024 10:14:37 +0900",
    subject="[NAVER 고객센터] 문의가 접수되었습니다 (접수번호 2409-0211-5531)",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- 답장은 이 줄 위에 작성해 주세요 -##

안녕하세요, NAVER 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0211-5531
문의 제목: [KCSC-240902-01] 시정요구 (게시물 12건)

접수된 문의는 담당 부서에서 순서대로 확인하며, 답변이 등록되면 이 메일
주소로 알려드립니다. 같은 내용으로 중복 접수하시면 답변이 늦어질 수 있으니
양해 부탁드립니다.

이 메일은 발신 전용입니다.
NAVER 고객센터 https://help.naver.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style Korean help-desk receipt (접수 완료, 접수번호) sent by a trigger",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="x-case-received-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 03 Sep 2024 11:07:02 +0000",
    subject="Case# 0241198830: We received your report [ref:KCSC-240903-02]",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out. We've received your report and opened case
0241198830 for it. Please keep this number in the subject line if you write
to us about the same matter, so that your messages stay in one case.

Summary of what you reported:
  Reporter: Korea Communications Standards Commission
  Reported content:
    {X1}
    {X2}
    {X3}
    {X4}

Reports are handled in the order we receive them. You'll get a separate
email from us once there is an outcome.

X Support
Please do not reply with new reports to this address.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X / Twitter case-received auto-email that echoes the reported URLs",
    why="receipt that echoes the reported URLs; no outcome stated for any of them",
    items={},
)

case(
    name="yt-ooo-on-reminder",
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo",
    date="Fri, 13 Sep 2024 09:02:51 +0900",
    subject="Automatic reply: [KCSC] Reminder: KCSC-240905-04 outcome overdue",
    reply_to_req=msgid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am away from the office until Monday 23 September
with no access to email. Legal removal requests keep being handled by the team
in the meantime; for anything urgent please use the legal removals webform at
https://support.google.com/legal/answer/0000000 .

Best regards,
Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply from a platform employee to our reminder",
    why="out-of-office auto-reply; the help link is not an item",
    items={},
)

DSN_ORIG = our_reminder_en("KCSC-240906-05", [TT1, TT2])
case(
    name="tiktok-dsn-reminder",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Sat, 14 Sep 2024 10:00:14 +0900 (KST)",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.9F31C2A7.1726189214"

This is a MIME-encapsulated message.

--DSN.9F31C2A7.1726189214
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.41] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--DSN.9F31C2A7.1726189214
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 10:00:11 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address
    rejected: User unknown

--DSN.9F31C2A7.1726189214
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Sat, 14 Sep 2024 10:00:10 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC] Reminder: KCSC-240906-05 outcome overdue
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--DSN.9F31C2A7.1726189214--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our reminder to TikTok",
    why="delivery failure of our own reminder; the URLs are in the returned message",
    items={},
)

case(
    name="kakao-mdn-read",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    date="Tue, 10 Sep 2024 09:31:48 +0900",
    subject="읽음: [KCSC] 시정요구 KCSC-240909-06",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_20240910093148_7751"

------=_MDN_20240910093148_7751
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 확인했습니다.

받는 사람: 한지우 <jiwoo.han@kakaocorp.com>
제목: [KCSC] 시정요구 KCSC-240909-06
읽은 시간: 2024-09-10 오전 9:31

------=_MDN_20240910093148_7751
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; jiwoo.han@kakaocorp.com
Original-Message-ID: <kcsc-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_20240910093148_7751--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a corporate webmail",
    why="read receipt of our request; says nothing about items",
    items={},
)

case(
    name="telegram-case-registered",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 04 Sep 2024 04:02:19 +0000",
    subject="Re: [KCSC] Removal request KCSC-240904-03 [Case #4410087]",
    reply_to_req=msgid("KCSC-240904-03"),
    body="""
Hello,

Your notice has been registered under Case #4410087.

Notices are processed by our moderators in the order they arrive. Please do
not open a new case for the same links; if you need to add information,
simply reply to this message and keep the case number in the subject.

Kind regards,
Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk case-registered receipt",
    why="receipt with a case number only",
    items={},
)

case(
    name="naver-ooo-chuseok",
    **{"from": "doyun.kim@navercorp.com"},
    name_from="김도윤",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동회신] Re: [KCSC] 독촉: 시정요구 KCSC-240902-01 처리 결과 회신 요청",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김도윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
19일부터 순차적으로 확인하겠습니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean corporate out-of-office (자동회신, 추석 연휴 부재중)",
    why="out-of-office auto-reply to our reminder",
    items={},
)

# ================================================================ REVIEW
case(
    name="x-escalated-promise",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 06 Sep 2024 02:44:10 +0000",
    subject="Re: Case# 0241198830 [ref:KCSC-240903-02]",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your patience. Your report about the posts below has been
escalated to a specialist team:

{X1}
{X2}
{X3}

If the team finds that these posts break the X Rules or local law, we will
take appropriate action, which may include withholding them in South Korea.
We will follow up on this case once the review is complete.

Regards,
X Support
""",
    outcome="review", review="not_understood",
    imitates="X support escalation note (escalated to a specialist team, conditional action)",
    why="only a conditional promise about the three posts; nothing decided",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:20:45 +0900",
    subject="[처리완료] KCSC-240902-01 시정요구 처리 결과 안내",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
안녕하세요, NAVER 정책지원팀입니다.

방송통신심의위원회에서 요청하신 KCSC-240902-01 건에 대해 안내드립니다.
요청하신 게시물 12건 모두 운영정책에 따라 게시중단 조치를 완료하였습니다.

조치 내용에 대해 문의가 있으시면 이 메일에 회신해 주시기 바랍니다.

감사합니다.
NAVER 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 notice covering a whole request without listing URLs",
    why="one statement for all twelve items, none named",
    items={u: "pending" for u in NAVER_ALL},
)

case(
    name="yt-ticket-solved-bulk",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:15:00 +0000",
    subject="[#7719-2034] Your request has been solved - KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body="""
Hello,

Your request (#7719-2034) has been marked as solved.

We reviewed your notice and removed all of the videos listed in it from
YouTube. No further action is needed from you.

If something is not right, reply to this email within 7 days and the request
will be reopened automatically.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk-style 'your request has been solved' notice with a one-sentence outcome",
    why="'all of the videos' for a five-item request: bulk statement naming none",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "trust-safety@tiktok.com"},
    name_from="TikTok Trust & Safety",
    auth="fail",
    date="Mon, 09 Sep 2024 13:40:22 +0000",
    subject="RE: KCSC-240906-05 - outcome of your report",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hi KCSC team,

Following our review, both videos you reported have been removed from
TikTok:

- {TT1}
- {TT2}

Thank you for helping keep TikTok safe.
TikTok Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="TikTok moderation outcome email, failing DKIM/SPF/DMARC",
    why="claims removals but the platform domain fails authentication",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="tiktok-zendesk-hosted",
    **{"from": "support@tiktoksafety-kr.zendesk.com"},
    name_from="TikTok Safety Korea",
    date="Tue, 10 Sep 2024 08:03:55 +0000",
    subject="[TikTok Safety] Re: KCSC-240906-05 (#55012)",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
##- Please type your reply above this line -##

Your request (55012) has been updated. To add additional comments, reply to
this email.

Daniel (TikTok Safety Korea)

Hello, we removed {TT1} for violating our
Community Guidelines. The other video, {TT2},
does not violate our guidelines and will stay up.

This email is a service from TikTok Safety Korea.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted help desk (subdomain of zendesk.com) answering for a platform",
    why="statuses stated from a zendesk.com address, not a TikTok sender domain",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="telegram-appears-deleted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 06 Sep 2024 15:21:08 +0000",
    subject="Re: [KCSC] Removal request KCSC-240904-03 [Case #4410087]",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

Regarding Case #4410087: the channel {T1} appears
to have been deleted by its owner already, though we have not been able to
confirm this yet. Our moderators will check the remaining links and we will
write again when we have a result.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply with a hedged observation",
    why="'appears to have been deleted ... not been able to confirm' is a hedge, not a statement",
    items={T1: "pending"},
)

case(
    name="kakao-asks-documents",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Tue, 10 Sep 2024 14:05:31 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240909-06 - 추가 자료 요청",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 신고센터입니다.

보내주신 시정요구(KCSC-240909-06) 건을 검토하기 위해 아래 자료가 추가로
필요합니다.

  1) 시정요구 결정서 또는 공문 사본(PDF)
  2) 각 게시물이 위반한 법령 조항

대상 게시물:
  {K1}
  {K2}
  {K3}

자료를 이 메일에 회신으로 보내주시면 확인 후 처리 결과를 안내드리겠습니다.

카카오 신고센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 신고센터 request for supporting documents (추가 자료 요청)",
    why="asks for documents before acting; no status for any item",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="naver-says-daum-links",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 10:48:12 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240909-06",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
안녕하세요, NAVER 정책지원팀입니다.

회신 주신 시정요구 건의 아래 URL은 NAVER가 운영하는 서비스의 게시물이
아니어서 당사 시스템에서는 확인되지 않습니다.

{K1}
{K2}

해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply that the reported URLs belong to another operator",
    why="NAVER speaks about Kakao's items ('확인되지 않습니다'): not its platform",
    items={K1: "pending", K2: "pending"},
)

case(
    name="colleague-forwards-tiktok",
    **{"from": "seoyeon.park@kcsc.example"},
    name_from="박서연",
    date="Thu, 12 Sep 2024 16:32:40 +0900",
    subject="Fwd: Re: KCSC-240906-05",
    body=f"""
TikTok 답변이 제 개인 업무 메일로 와서 시정요구 메일함으로 전달합니다.
확인 부탁드립니다.

박서연 드림

---------- Forwarded message ---------
From: TikTok Legal <legal-kr@tiktok.com>
Date: Thu, Sep 12, 2024 at 4:10 PM
Subject: Re: KCSC-240906-05
To: 박서연 <seoyeon.park@kcsc.example>


Hello Ms. Park,

Both videos in your request have been removed:
{TT1}
{TT2}

Best,
TikTok Legal
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a colleague passing on a platform reply",
    why="the statements are in a forwarded block from our own staff, not from TikTok's domain",
    items={TT1: "pending", TT2: "pending"},
)

YT_PREV = f"""Hello,

Thanks for your notice. Here is where things stand:

{Y1} - removed for violating our Community Guidelines
{Y2} - blocked in South Korea under local law
{Y5} - removed for violating our Community Guidelines

The remaining two URLs are with our legal team.

YouTube Legal Support"""
case(
    name="yt-followup-quoted-previous",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:50:19 +0000",
    subject="Re: [#7719-2034] KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
Hi again,

A quick update on this ticket: the two remaining URLs ({Y3} and
{Y4}) are still with our legal reviewers. We expect
to get back to you by Friday.

YouTube Legal Support

On Tue, Sep 10, 2024 at 3:02 PM YouTube Legal Support <legal-kr@google.com> wrote:
{quote_lines(YT_PREV)}
""",
    outcome="review", review="not_understood",
    imitates="help-desk follow-up in the same thread, top-posted over the desk's own earlier answer",
    why="new text is only 'still with our reviewers'; the decisions are in the quoted earlier message",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="naver-contact-change",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="[안내] 기관 요청 접수 창구 변경 안내",
    body="""
안녕하세요, NAVER 정책지원팀입니다.

10월 1일부터 공공기관의 게시물 조치 요청은 기관 전용 창구
(https://help.naver.com/agency)로 접수받습니다. 기존 메일 주소로 보내주신
요청도 당분간 처리되지만, 답변이 늦어질 수 있습니다.

창구 이용 방법은 위 페이지의 안내를 참고해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Korean portal notice about a new intake channel for agency requests",
    why="trusted NAVER mail that names no requested item and no request",
    items={},
)

# ================================================================ APPLIED
ROWS19 = [
    (N1, "게시중단", "운영정책 위반"),
    (N2, "게시중단", "운영정책 위반"),
    (N3, "블라인드", "운영정책 위반"),
    (N4, "임시조치(30일)", "정보통신망법 제44조의2"),
    (N5, "삭제", "운영정책 위반"),
    (N6_RAW, "국내 접근 제한", "관련 법령"),
    (N7_RAW, "게시물 없음", "작성자 삭제"),
    (N8, "게시 유지", "위반 사항 확인되지 않음"),
    (N9, "비공개 처리", "운영정책 위반"),
    (N10, "삭제", "운영정책 위반"),
    (N11, "게시중단", "운영정책 위반"),
    (N12, "확인 불가", "존재하지 않는 URL"),
]


def html_rows(rows):
    out = []
    for i, (u, act, note) in enumerate(rows, 1):
        href = enc(u).replace("&", "&amp;")
        shown = u.replace("&", "&amp;")
        out.append(f'<tr><td>{i}</td><td><a href="{href}">{shown}</a></td>'
                   f"<td>{act}</td><td>{note}</td></tr>")
    return "\n".join(out)


case(
    name="naver-solved-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 16:45:10 +0900",
    subject="[요청 #58211] 처리 완료: KCSC-240902-01 시정요구",
    reply_to_req=msgid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:sans-serif">
<p style="color:#999">##- 답장은 이 줄 위에 작성해 주세요 -##</p>
<p>요청 #58211 의 상태가 <b>해결됨</b>으로 변경되었습니다.</p>
<p>안녕하세요, NAVER 정책지원팀입니다.<br>
KCSC-240902-01 시정요구 건의 URL별 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>URL</th><th>조치 결과</th><th>사유</th></tr>
{html_rows(ROWS19)}
</table>
<p>게시 유지된 건에 대해 추가 의견이 있으시면 회신해 주십시오.</p>
<p>NAVER 정책지원팀 드림</p>
<p style="color:#999;font-size:11px">이 메일은 NAVER 고객센터 시스템에서 발송되었습니다.
[GX4K2-8RQ7]</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style solved ticket with an HTML result table (조치 결과), NAVER",
    why="URL-by-URL table: 게시중단/블라인드/삭제/비공개 removed, 임시조치/접근 제한 restricted, 게시 유지 rejected, 없음/확인 불가 not_found",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "restricted", N7: "not_found", N8: "rejected", N9: "removed", N10: "removed",
           N11: "removed", N12: "not_found"},
)

NAVER_FIRST = f"""안녕하세요, NAVER 정책지원팀입니다.

KCSC-240902-01 건 중 우선 처리가 끝난 4건의 결과를 안내드립니다.

- {N1} : 게시중단
- {N2} : 게시중단
- {N4} : 임시조치(30일)
- {N5} : 작성자가 이미 삭제한 게시물로 확인되지 않음

나머지 8건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 이 메일로
다시 안내드리겠습니다.

NAVER 정책지원팀 드림"""
case(
    name="naver-first-batch-partial",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 15:02:33 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240902-01 (1차 처리 결과)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=NAVER_FIRST,
    outcome="applied", classification="confirmation",
    imitates="Korean portal partial answer (1차 처리 결과) in the request thread",
    why="four items named with results; the other eight only 'under review' and unnamed",
    items={N1: "removed", N2: "removed", N4: "restricted", N5: "not_found"},
)

case(
    name="naver-followup-quoted-first",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 11:26:05 +0900",
    subject="Re: Re: [KCSC] 시정요구 KCSC-240902-01 (2차 처리 결과)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 지난번에 이어 2차 처리 결과를 알려드립니다.

{N3}
→ 블라인드 처리 완료

{N10}
→ 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

{N11}
→ 게시중단

남은 건도 확인되는 대로 회신드리겠습니다.
NAVER 정책지원팀 드림

2024년 9월 5일 (목) 오후 3:02, NAVER 정책지원팀 <policy@navercorp.com>님이 작성:
{quote_lines(NAVER_FIRST)}
""",
    outcome="applied", classification="confirmation",
    imitates="second reply in the same thread, top-posted over the desk's first reply (Gmail Korean quoting)",
    why="three new results above the quote; the four results inside the quote are not restated",
    items={N3: "removed", N10: "rejected", N11: "removed",
           N1: "pending", N2: "pending", N4: "pending", N5: "pending"},
)

CSV22 = "\ufeffURL,조치결과,비고\n" + "\n".join([
    f"{N6_RAW},임시조치,30일",
    f"{N7_RAW},삭제,운영정책 위반",
    f'"{N8}",게시물 없음,작성자 삭제',
    f'"{N9}",게시중단,운영정책 위반',
    f"{N12},조치 불가,위반 사항 없음 - 게시 유지",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 18:10:44 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240902-01 처리 결과 (첨부)",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_58211_att_01"

--=_nv_58211_att_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 정책지원팀입니다.

KCSC-240902-01 건 중 카페·지식iN·포스트·블로그 게시물 5건의 처리 결과를
첨부 파일(CSV)로 보내드립니다. 확인 부탁드립니다.

NAVER 정책지원팀 드림

--=_nv_58211_att_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename*=UTF-8''KCSC-240902-01_%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(CSV22)}
--=_nv_58211_att_01--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sent as a CSV attachment (처리결과.csv) with a one-line body",
    why="CSV rows: 임시조치 restricted, 삭제/게시중단 removed, 게시물 없음 not_found, 조치 불가·위반 없음 rejected",
    items={N6: "restricted", N7: "removed", N8: "not_found", N9: "removed", N12: "rejected"},
)

case(
    name="naver-korean-particles",
    **{"from": "doyun.kim@navercorp.com"},
    name_from="김도윤",
    date="Fri, 06 Sep 2024 10:33:27 +0900",
    subject="RE: [KCSC] 시정요구 KCSC-240902-01",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요, NAVER 정책지원팀 김도윤입니다.

문의하신 블로그 게시물 {N3}는 오늘 오전 블라인드 처리되었고,
지식iN 질문 {N8}의 경우 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

다른 URL은 확인 중입니다.
김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff prose reply, URLs followed directly by Korean particles (는, 의 경우)",
    why="N3 블라인드 -> removed; N8 작성자 삭제, 존재하지 않음 -> not_found",
    items={N3: "removed", N8: "not_found"},
)

REM24 = our_reminder_ko("KCSC-240902-01", [N9, N10, N11])
BODY24 = f"""안녕하세요, NAVER 정책지원팀입니다.

독촉 메일 확인했습니다. 처리가 늦어져 죄송합니다.

- NAVER TV 영상 {N11} : 비공개 처리 완료
- 포스트 {N9} : 임시조치(30일)

m.blog 게시물은 아직 검토 중입니다.

NAVER 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:00:00
Subject: [KCSC] 독촉: 시정요구 KCSC-240902-01 처리 결과 회신 요청

{REM24}
"""
case(
    name="naver-reminder-reply-qp",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 14:18:50 +0900",
    subject="RE: [KCSC] 독촉: 시정요구 KCSC-240902-01 처리 결과 회신 요청",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BODY24)}""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder (독촉), quoted-printable body, Korean webmail 'Original Message' header",
    why="N11 비공개 처리 -> removed, N9 임시조치 -> restricted; N10 still under review and only in the quoted reminder",
    items={N11: "removed", N9: "restricted", N10: "pending"},
)

case(
    name="naver-raw-korean-path-bullets",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 운영지원",
    date="Mon, 09 Sep 2024 09:55:12 +0900",
    subject="[네이버 카페] 게시물 조치 결과 안내 (KCSC-240902-01)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 카페 운영지원입니다.

요청하신 '달빛장터' 카페 게시물에 대한 조치 결과입니다.

  • {N6_RAW}
    : 임시조치 (30일간 게시물 접근 차단)
  • {N7_RAW}
    : 운영자 삭제 완료

카페 운영원칙: https://cafe.naver.com/rules

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 카페 운영지원 조치 결과 notice with raw Korean cafe paths",
    why="4471 임시조치 -> restricted; 4502 운영자 삭제 -> removed (raw Korean path matches percent-encoded URL); rules link is not an item",
    items={N6: "restricted", N7: "removed"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Tue, 03 Sep 2024 09:12:40 +0900",
    subject="[NAVER 고객센터] 문의 접수 및 1차 안내 (접수번호 2409-0211-5531)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요, NAVER 고객센터입니다.

문의가 접수되었습니다(접수번호 2409-0211-5531). 담당 부서에서 순서대로
확인 후 답변드리겠습니다.

아울러 접수하신 URL 중 NAVER TV 영상 {N11} 은
이미 운영정책 위반으로 삭제 처리되어 현재 볼 수 없는 상태임을 알려드립니다.

NAVER 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also carries a first result for one URL",
    why="acknowledgement phrase plus an unhedged 삭제 처리 statement for N11",
    items={N11: "removed"},
)

case(
    name="naver-jira-comment",
    **{"from": "jira@navercorp.com"},
    name_from="김도윤 (Jira)",
    date="Wed, 11 Sep 2024 13:07:29 +0900",
    subject="[JIRA] (TNS-4412) 시정요구 KCSC-240902-01 - 게시물 12건",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk",
                   "X-JIRA-FingerPrint: 5b2e0c6f1d7a9e3b4c8d2f1a0e9b7c6d"],
    body=f"""
김도윤 commented on TNS-4412
--------------------------------

Re: 시정요구 KCSC-240902-01 - 게시물 12건

KCSC 회신용 코멘트입니다.

m.blog 건({N10})은 오늘 삭제 완료했습니다.
post 건은 작성자 소명이 접수되어 처리를 보류하고 있습니다.

--
This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:1a2b3c4)
Reply to this email to add a comment to TNS-4412.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification sent to the requester",
    why="N10 삭제 완료 -> removed; the post item is only '보류' and not named by URL",
    items={N10: "removed"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 17:40:02 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240902-01 (3차 처리 결과)",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
안녕하세요, NAVER 정책지원팀입니다.

KCSC-240902-01 건 중 다음 두 건의 결과를 알려드립니다.

1. 포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38120456&
   memberNo=5521907> : 게시중단
2. 블로그 <https://blog.naver.com/sky_paper/223539771020> : 존재하지 않는
   게시물(URL 오류)로 확인되어 조치 대상이 없습니다.

NAVER 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal numbered result list, long URL wrapped inside angle brackets",
    why="N9 (wrapped in <>) 게시중단 -> removed; N12 존재하지 않는 게시물 -> not_found",
    items={N9: "removed", N12: "not_found"},
)

case(
    name="naver-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 11:15:48 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240902-01",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 블로그·카페 게시물 중 먼저 처리된 3건입니다.

No | URL                                               | 조치 결과
---+---------------------------------------------------+-----------------
1  | {N1} | 게시중단
2  | {N2} | 게시중단
3  | {N5}       | 해당 게시물 없음

나머지는 추후 안내드리겠습니다.
NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table pasted by a help-desk agent",
    why="N1, N2 게시중단 -> removed; N5 해당 게시물 없음 -> not_found",
    items={N1: "removed", N2: "removed", N5: "not_found"},
)

case(
    name="x-ticket-solved-withheld-rejected",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 05:12:33 +0000",
    subject="Re: Case# 0241198830 [ref:KCSC-240903-02] - Solved",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

We've completed our review of part of your report and are marking this case
as solved for the posts below.

Post: {X1}
Outcome: We have withheld this post in South Korea in response to your
legal request. It remains available elsewhere.

Post: {X2}
Outcome: After review, we did not find a violation of the X Rules or of
Korean law in this post, so we will not take action on it at this time.

To learn more about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (withheld in country / no action)",
    why="X1 withheld in South Korea -> restricted; X2 no violation, no action -> rejected",
    items={X1: "restricted", X2: "rejected"},
)

case(
    name="x-status-line-below",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 07:41:05 +0000",
    subject="KCSC-240903-02 | Request status update",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Request: KCSC-240903-02
Ticket: LGL-553018
Updated: 2024-09-10 07:40 UTC

{X3}
    Status: Removed - violation of the X Rules

{X4}
    Status: Account suspended

{X2}
    Status: Withheld in KR

Items not listed above have no update yet.

-- X Legal, automated status summary
""",
    outcome="applied", classification="confirmation",
    imitates="ticketing-system status summary, URL with 'Status:' on the line below",
    why="X3 removed; X4 account suspended -> removed; X2 withheld in KR -> restricted",
    items={X3: "removed", X4: "removed", X2: "restricted"},
)

case(
    name="x-single-item-sole",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 02:20:48 +0000",
    subject="Re: [KCSC] Removal request KCSC-240910-07",
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
Hello,

We've reviewed your request and have withheld the reported post in South
Korea in accordance with local law. Users in other countries can still see it.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a one-URL request, outcome without the URL",
    why="the request has one item; 'withheld the reported post in South Korea' -> restricted",
    items={X7: "restricted"},
)

case(
    name="x-url-below-statement-angle",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 09:03:17 +0000",
    subject="Re: Case# 0241198830 [ref:KCSC-240903-02]",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hi there,

Here's an update on two of the posts in this case.

The following post is no longer available because the account holder
deleted it before we reviewed it:
<{X1}>

The following post was removed for violating our rules on illegal goods and
services:
<{X3}>

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support update with each URL in angle brackets on the line below its statement",
    why="X1 deleted by its author -> not_found; X3 removed -> removed",
    items={X1: "not_found", X3: "removed"},
)

HIST33 = our_request_en("KCSC-240903-02", [X1, X2, X3, X4], "X")
case(
    name="x-freshdesk-history",
    **{"from": "safety@x.com"},
    name_from="X Safety",
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject="[#88213] Ticket resolved: KCSC-240903-02 removal request",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello KCSC Takedown,

Ticket #88213 "KCSC-240903-02 removal request" has been set to Resolved.

Latest reply from Dana (X Safety):

  We have permanently suspended the account {X4} for
  repeated violations of the X Rules.

Ticket history
------------------------------------------------------------
KCSC Takedown <takedown@kcsc.example>, 3 Sep 2024 02:05 UTC:

{HIST33}
------------------------------------------------------------
You can view the ticket at https://help.x.com/tickets/88213
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' mail with the latest reply and the ticket history",
    why="X4 permanently suspended -> removed; the other URLs only in our own request in the history",
    items={X4: "removed", X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="tg-helpscout-three",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Mon, 09 Sep 2024 12:48:37 +0000",
    subject="Re: [KCSC] Removal request KCSC-240904-03 [Case #4410087]",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hi,

Thanks for waiting. Our moderators have finished Case #4410087:

* {T1} - the channel has been blocked for
  violating the Telegram Terms of Service.
* {T2} - blocked together with the channel
  above; the post is no longer accessible.
* {T3} - this link is invalid: there is no such
  message in that channel.

Best,
Mira
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style agent reply from an abuse desk, bulleted per URL",
    why="T1, T2 blocked -> removed; T3 invalid link, no such message -> not_found",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

REM35 = our_reminder_en("KCSC-240904-03", [T1, T2, T3])
case(
    name="tg-reminder-reply-top-posted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 13 Sep 2024 08:11:50 +0000",
    subject="Re: [KCSC] Reminder: KCSC-240904-03 outcome overdue",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

Done: {T3} was taken down yesterday.
We will come back to you about the channel separately.

Telegram Support

On Fri, Sep 13, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(REM35)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply to our reminder over Gmail-quoted reminder",
    why="T3 taken down -> removed; T1 and T2 appear only in the quoted reminder and a promise",
    items={T3: "removed", T1: "pending", T2: "pending"},
)

case(
    name="yt-five-mixed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:55:41 +0000",
    subject="[#7719-2034] Outcome of your legal request KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content in your
request and taken the following actions:

1. {Y1}
   Removed for violating YouTube's Community Guidelines.
2. {Y2}
   Blocked from view in South Korea based on local law.
3. {Y3}
   Age-restricted; the video is no longer shown to signed-out users or
   viewers under 18.
4. {Y4}
   We did not find a violation on this channel; it remains available.
5. {Y5}
   This content has been actioned under our policies.

Learn about our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (removed / blocked in country / age-restricted / no action / actioned)",
    why="Y1 removed; Y2 blocked in KR and Y3 age-restricted -> restricted; Y4 no violation -> rejected; Y5 actioned -> removed",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted", Y4: "rejected", Y5: "removed"},
)

HTML37 = f"""<html><body>
<p>Hello,</p>
<p>Your request <b>#7719-2034</b> (KCSC-240905-04) was updated by YouTube Legal Support.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Reported URL</th><th>Decision</th></tr></thead>
<tbody>
<tr><td>{Y1.replace('&', '&amp;')}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>{Y2.replace('&', '&amp;')}</td><td>Blocked in South Korea &ndash; local law</td></tr>
<tr><td>{Y5}</td><td>Not found &ndash; the URL does not lead to any video</td></tr>
</tbody></table>
<p>The other URLs in your request are still open.</p>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:02:07 +0000",
    subject="[#7719-2034] Update on KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(HTML37)}""",
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML update with a decision table, base64-encoded body",
    why="Y1 removed; Y2 blocked in South Korea -> restricted; Y5 not found",
    items={Y1: "removed", Y2: "restricted", Y5: "not_found"},
)

case(
    name="yt-partial-two-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:22:16 +0000",
    subject="Re: [#7719-2034] KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
Hi,

Partial update on your ticket: we've removed {Y1} and
{Y3} from YouTube.

The other three items are still being reviewed:
{Y2}
{Y4}
{Y5}
We'll post an update on this ticket as soon as we have a decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style partial answer: some items done, the rest under review",
    why="Y1 and Y3 removed; Y2, Y4, Y5 explicitly still under review",
    items={Y1: "removed", Y3: "removed", Y2: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="yt-korean-fullwidth",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Wed, 11 Sep 2024 16:30:12 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 건 중 두 건의 처리 결과를 알려드립니다.
{Y3}（국내 접속 차단）、{Y5}（삭제）

나머지 건은 검토가 끝나는 대로 안내드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language YouTube legal reply with full-width brackets right after the URLs",
    why="Y3 국내 접속 차단 -> restricted; Y5 삭제 -> removed",
    items={Y3: "restricted", Y5: "removed"},
)

case(
    name="tiktok-ticket-solved-mixed",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Support",
    date="Wed, 11 Sep 2024 10:14:09 +0000",
    subject="Your ticket #55012 has been solved (KCSC-240906-05)",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hi KCSC Takedown,

Your ticket #55012 has been solved. Here is the final reply from our team:

  Thanks for your report. We removed the video
  {TT1}
  for violating our Community Guidelines.

  We reviewed {TT2} and found that
  it does not violate our Community Guidelines, so it will remain on TikTok.

If you believe this decision is wrong, you can reply within 7 days.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support 'ticket solved' email carrying the agent's final reply",
    why="TT1 removed; TT2 no violation, remains -> rejected",
    items={TT1: "removed", TT2: "rejected"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:00:55 +0000",
    subject="Re: KCSC-240906-05 - Decision on reported content",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Decision on reported content

Reference: KCSC-240906-05
Content: {TT2}
Decision: Restricted in the Republic of Korea
Ground: local law (notice from a competent authority)
Scope: the video cannot be viewed from the Republic of Korea; it remains
available in other regions.
Automated means: not used for this decision.

Redress: you may ask for a review of this decision by replying to this email.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope, redress)",
    why="TT2 restricted in the Republic of Korea -> restricted",
    items={TT2: "restricted"},
)

case(
    name="kakao-result-korean",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Thu, 12 Sep 2024 15:40:26 +0900",
    subject="Re: [KCSC] 시정요구 KCSC-240909-06 조치 결과 안내",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 신고센터입니다.

요청하신 KCSC-240909-06 건의 조치 결과를 안내드립니다.

Daum 카페 게시글 2건
  {K1}
  {K2}
은 운영정책에 따라 게시중단 조치하였습니다.

브런치 글 {K3} 는 검토 결과 운영정책 및 관련 법령
위반이 확인되지 않아 게시를 유지합니다.

카카오 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고센터 조치 결과 안내 (게시중단 / 게시 유지)",
    why="K1, K2 listed under '게시중단 조치' -> removed; K3 위반 없음, 게시 유지 -> rejected",
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

REQ43 = our_request_ko("KCSC-240909-06", [K1, K2, K3])
case(
    name="kakao-outlook-original-message",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    date="Wed, 11 Sep 2024 11:22:05 +0900",
    subject="RE: [KCSC] 시정요구 KCSC-240909-06",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 한지우입니다.

{K1} 게시글은 임시조치(30일) 처리하였습니다.
나머지 두 건은 확인 후 회신드리겠습니다.

한지우 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: 카카오 신고센터 <safety@kakaocorp.com>
Subject: [KCSC] 시정요구 KCSC-240909-06

{REQ43}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our request",
    why="K1 임시조치 -> restricted; K2, K3 only a promise and our quoted request",
    items={K1: "restricted", K2: "pending", K3: "pending"},
)

case(
    name="naver-reminder-gmail-numbered",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 10:05:37 +0900",
    subject="Re: [KCSC] 독촉: 시정요구 KCSC-240902-01 처리 결과 회신 요청",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 회신이 늦어 죄송합니다. 독촉 주신 건 중 카페 게시물 결과입니다.

1. {N4} - 삭제
2. {N5} - 게시중단

나머지는 금주 중 회신드리겠습니다.

2024년 9월 12일 (목) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_lines(our_reminder_ko("KCSC-240902-01", [N4, N5, N6_RAW, N7_RAW]))}
""",
    outcome="applied", classification="confirmation",
    imitates="numbered top-posted reply to our reminder, Gmail Korean quote header",
    why="N4 삭제, N5 게시중단 -> removed; the two 달빛장터 URLs only in the quoted reminder",
    items={N4: "removed", N5: "removed", N6: "pending", N7: "pending"},
)


HEADER = """# Blind set 920: ticket systems and threads (receipts then results,
# solved tickets, follow-ups in the same thread, replies to our reminders,
# partial answers, forwarded mail). Written by make.py from each email's
# meaning before any run of the reader. Each case is judged alone on a fresh
# ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
