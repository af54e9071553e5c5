#!/usr/bin/env python3
"""Blind corpus set 308: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; expected results were written from each email's meaning before the
reader was ever run on them.

    python3 tests/corpus/blind308/make.py

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

KR_PATH = "주식리딩"
NAVER_IN_RAW = f"https://in.naver.com/{KR_PATH}/contents/internal/701122"
NAVER_IN = f"https://in.naver.com/{quote(KR_PATH)}/contents/internal/701122"

TG = [
    "https://t.me/lucky_spin_room/101",
    "https://t.me/lucky_spin_room/102",
    "https://t.me/lucky_spin_room/117",
    "https://t.me/bet_harbor_kr/2041",
    "https://t.me/bet_harbor_kr/2055",
    "https://t.me/bet_harbor_kr/2090",
    "https://t.me/jackpot_moon7/88",
    "https://t.me/jackpot_moon7/93",
    "https://t.me/slotnight_kor/5",
    "https://t.me/slotnight_kor/12",
    "https://t.me/toto_clover",
    "https://t.me/s/clover_picks/301",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8xPz1A",
    "https://www.youtube.com/watch?v=Hk7LpW2nB9e",
    "https://youtu.be/Zr4cN6yTq0u",
    "https://www.youtube.com/shorts/Bv8dK2mX5sW",
]
XP = [
    "https://x.com/pillmarket_kr/status/1831002233445566771",
    "https://x.com/pillmarket_kr/status/1831002233445566902",
    "https://x.com/ice_delivery_seoul/status/1830877766554433221",
]
NV = [
    "https://blog.naver.com/moonlit_trade/223561234567",
    "https://blog.naver.com/moonlit_trade/223561239876",
    "https://cafe.naver.com/sunnystocks/48213",
    "https://cafe.naver.com/sunnystocks/48260",
    NAVER_IN,
]
KK = [
    "https://cafe.daum.net/hotdeal_zone/Xk2P/311",
    "https://nightpill.tistory.com/57",
]
TT = ["https://www.tiktok.com/@quickcash.kr/video/7412345678901234567"]
X7 = ["https://x.com/ganjaexpress_kr/status/1833998877665544332"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "illegal betting channels and posts", TG),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "videos advertising narcotics sales", YT),
    ("KCSC-240906-03", "x", "2024-09-06T14:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "posts selling prescription drugs", XP),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_finance", "unregistered stock-tip rooms (due after Chuseok)", NV),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:15:00+09:00", "2024-09-20T18:00:00+09:00",
     "drugs", "Daum cafe and Tistory posts selling pills", KK),
    ("KCSC-240911-06", "tiktok", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_finance", "video advertising illegal private loans", TT),
    ("KCSC-240912-07", "x", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", "single post selling cannabis", X7),
]
URLS = {r[0]: r[6] for r in REQUESTS}


def mid(ref):
    return f"req.{ref}"


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

def display(u):
    return NAVER_IN_RAW if u == NAVER_IN else u


def our_request(ref):
    """The text of our own request email, as platforms quote it back."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to take",
        "down or block access to the content listed below, which was found to",
        "be illegal under Korean law. Our reference: " + ref + ".",
        "",
    ]
    lines += [display(u) for u in URLS[ref]]
    lines += [
        "",
        "Please tell us, for each URL, what action was taken.",
        "",
        "KCSC Takedown desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def our_reminder(ref, sent_day):
    lines = [
        f"This is a reminder about our request {ref}, sent on {sent_day}.",
        "We have not yet received an answer for the following items:",
        "",
    ]
    lines += [display(u) for u in URLS[ref]]
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def alt(plain, html, b="=_b308_alt"):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases

C = []


def case(**kw):
    C.append(kw)


# ======================= Telegram (KCSC-240903-01, 12 items) =============

case(
    name="tg-zendesk-update-top-of-history",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 05 Sep 2024 14:22:10 +0000",
    subject="[Request #48213] Re: KCSC-240903-01 illegal betting channels",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been updated. To add a comment, reply to this email.

Nadia K. (Telegram Support)
Sep 5, 2024, 14:22 UTC

Hello,

We have looked at the links in your request KCSC-240903-01.

These posts were taken down for promoting illegal gambling:
{TG[0]}
{TG[1]}
{TG[2]}

{TG[3]} - we could not find this message, it does not exist in the channel.

We are still checking the other links and will write again in this request.

Best,
Nadia
Telegram Support

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 01:00 UTC

{our_request("KCSC-240903-01")}

----------------------------------------------
This email is a service from Telegram Support.
[7QK2LR-9J4E]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification: agent comment on top, ticket history (our request) below",
    why="agent comment removes three posts and says a fourth does not exist; our request in the history is not a statement",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found",
           TG[4]: "pending", TG[10]: "pending"},
)

case(
    name="tg-zendesk-solved-url-then-status",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 08:40:55 +0000",
    subject="[Request #48213] Re: KCSC-240903-01 illegal betting channels",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. If something is still wrong, reply to
this email and the request will be reopened.

Nadia K. (Telegram Support)
Sep 9, 2024, 08:40 UTC

Hello again,

Here is the outcome for the rest of the links in KCSC-240903-01:

{TG[4]}
Removed.

{TG[5]}
Removed.

{TG[6]}
{TG[7]}
Both messages were deleted together with the files attached to them.

{TG[8]}
Does not exist any more (the channel owner deleted it before our review).

{TG[9]}
Left up. This message links to a sports news article and does not break
our Terms of Service.

{TG[10]}
The whole channel has been blocked.

{TG[11]}
Removed.

Nadia
Telegram Support

This email is a service from Telegram Support.
[7QK2LR-9J4E]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's per-link outcome (URL line, status on the line below)",
    why="eight links each get their own outcome under the URL, including a shared statement for two URLs",
    items={TG[4]: "removed", TG[5]: "removed", TG[6]: "removed", TG[7]: "removed",
           TG[8]: "not_found", TG[9]: "rejected", TG[10]: "removed", TG[11]: "removed"},
)

tg_table_rows = [
    (TG[2], "Removed"),
    (TG[4], "Not available to users in South Korea"),
    (TG[7], "Link invalid - no such message"),
    (TG[10], "Channel restricted for users in the Republic of Korea"),
]
case(
    name="tg-case-number-html-table",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sat, 07 Sep 2024 03:11:02 +0000",
    subject="Case #7730125 - decision on your report KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=alt(
        "Hello,\n\nWe have reached a decision on part of your report KCSC-240903-01 "
        "(Case #7730125).\n\n"
        + "\n".join(f"{u}    {d}" for u, d in tg_table_rows)
        + "\n\nThe other links of your report are still open.\n\nTelegram DSA Team\n",
        "<html><body><p>Hello,</p><p>We have reached a decision on part of your report "
        "<b>KCSC-240903-01</b> (Case #7730125).</p>\n"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Link</th><th>Decision</th></tr>\n"
        + "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{d}</td></tr>" for u, d in tg_table_rows)
        + "\n</table><p>The other links of your report are still open.</p>"
        "<p>Telegram DSA Team</p></body></html>",
    ),
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk decision mail with a case number and an HTML link/decision table",
    why="table rows: one removed, two restricted for Korea, one invalid link",
    items={TG[2]: "removed", TG[4]: "restricted", TG[7]: "not_found", TG[10]: "restricted"},
)

case(
    name="tg-gmail-quote-reply-to-reminder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 11 Sep 2024 06:05:40 +0000",
    subject="Re: Reminder: KCSC-240903-01 past its deadline",
    extra_headers=[
        "In-Reply-To: <rem.KCSC-240903-01.1@kcsc.example>",
        "References: <req.KCSC-240903-01@kcsc.example> <rem.KCSC-240903-01.1@kcsc.example>",
    ],
    body=f"""
Hello,

Sorry for the slow answer. Posts 88 and 93 of jackpot_moon7 were removed
this morning:
{TG[6]}
{TG[7]}

Regards,
Telegram DSA Team

On Wed, 11 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(our_reminder("KCSC-240903-01", "3 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply to our reminder, quoted reminder with '>' below 'On ... wrote:'",
    why="two posts removed above the quote; the twelve quoted URLs are our own reminder",
    items={TG[6]: "removed", TG[7]: "removed", TG[0]: "pending", TG[9]: "pending"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Tue, 10 Sep 2024 12:30:00 +0000",
    subject="RE: KCSC-240903-01 illegal betting channels",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hi,

Update on your reference KCSC-240903-01:

- {TG[9]} : taken down
- {TG[5]} : we could not locate this one, the message number does not
  exist in that channel

Kind regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: dsa@telegram.org
Subject: KCSC-240903-01 illegal betting channels

{our_request("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted original request below",
    why="bulleted statements above the original message; the request below repeats all URLs without statements",
    items={TG[9]: "removed", TG[5]: "not_found", TG[8]: "pending"},
)

case(
    name="tg-echoed-report-fields",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 19:44:18 +0000",
    subject="Your report has been processed",
    body=f"""
Thank you for your report.

---- Your report ----
Reference: KCSC-240903-01
Link: {TG[10]}
Category: Illegal gambling
Submitted: 2024-09-03 10:00 KST
---------------------

Outcome: the channel was found to violate the Telegram Terms of Service
and has been banned. It can no longer be opened in any Telegram app.

This is a one-way notification. Replies to this address are not read.
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk outcome mail echoing the submitted report form fields, then the outcome",
    why="the echoed link is the one item of the report; the outcome says the channel was banned everywhere",
    items={TG[10]: "removed"},
)

case(
    name="tg-receipt-with-early-results",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 04 Sep 2024 02:15:09 +0000",
    subject="Re: KCSC-240903-01 illegal betting channels [Case #7731880]",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

We have received your request and opened Case #7731880.

Two of the links were already handled by our moderators earlier today:
{TG[11]} has been removed, and {TG[0]} has been
removed as well.

The remaining links are in our queue and we will answer for them in this
thread.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports the first results (acknowledgement phrase plus item statements)",
    why="the receipt sentence is followed by unhedged removals of two named posts, so it is not a pure acknowledgement",
    items={TG[11]: "removed", TG[0]: "removed"},
)

case(
    name="tg-promise-within-24h",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 04 Sep 2024 09:02:44 +0000",
    subject="Re: KCSC-240903-01 illegal betting channels [Case #7731880]",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for report KCSC-240903-01. Our moderators have flagged the
channel {TG[10]} and the message {TG[3]}.
Both will be removed within 24 hours once the review is signed off.

We will confirm in this thread when it is done.

Telegram DSA Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply promising removal within 24 hours",
    why="'will be removed' is a promise, not a statement; named items stay pending",
    items={TG[10]: "pending", TG[3]: "pending"},
)

case(
    name="tg-dmarc-fail-claims",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team", auth="fail",
    date="Thu, 05 Sep 2024 22:51:30 +0000",
    subject="Re: KCSC-240903-01 completed",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Your request KCSC-240903-01 is complete. The following were deleted:

{TG[0]}
{TG[1]}
{TG[4]}
{TG[5]}

Telegram DSA Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram DSA result mail whose DKIM/SPF/DMARC checks failed",
    why="claims come from telegram.org but the message fails authentication",
    items={TG[0]: "pending", TG[1]: "pending", TG[4]: "pending", TG[5]: "pending"},
)

case(
    name="tg-lookalike-helpdesk-domain",
    **{"from": "cases@telegram-helpdesk.net"}, name_from="Telegram Support Center",
    date="Fri, 06 Sep 2024 05:17:00 +0000",
    subject="Ticket TG-55120 resolved: KCSC-240903-01",
    body=f"""
Dear KCSC,

Ticket TG-55120 (your reference KCSC-240903-01) has been resolved.

Removed:
  {TG[6]}
  {TG[8]}
  {TG[9]}

Please rate our service at the end of this message.

Telegram Support Center
""",
    outcome="review", review="unknown_sender",
    imitates="resolved-ticket mail from a third-party look-alike help-desk domain",
    why="telegram-helpdesk.net is not a Telegram sender domain",
    items={TG[6]: "pending", TG[8]: "pending", TG[9]: "pending"},
)

case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:01:12 +0000",
    subject="[Request #48213] Received: KCSC-240903-01 illegal betting channels",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add more information, reply to this email.

This email is a service from Telegram Support.
[7QK2LR-9J4E]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' notification",
    why="pure receipt with a ticket number and nothing about any item",
)

# ======================= YouTube (KCSC-240905-02, 4 items) ==============

case(
    name="yt-helpscout-four-outcomes",
    **{"from": "yt-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:25:31 +0000",
    subject="Re: KCSC-240905-02 [#88213]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
-- Please reply above this line --

Conversation #88213

Hi KCSC team,

Thanks for your patience. We reviewed the four URLs in your notice
KCSC-240905-02:

1. {YT[0]} - removed for violating our policy on
   the sale of regulated goods.
2. {YT[1]} - age-restricted. It stays on YouTube
   but is only shown to signed-in adult viewers.
3. {YT[2]} - blocked for viewers in South Korea under local law.
4. {YT[3]} - we did not find a breach of our
   Community Guidelines or of the local law you cited, so it remains
   available.

If you disagree with any of these decisions, reply to this conversation.

Jun-ho
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply ('reply above this line', conversation number) with a numbered outcome list",
    why="four numbered items: removed, age-restricted, geo-blocked, no violation",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-jira-comment-short-removed",
    **{"from": "legal-help@youtube.com"}, name_from="YouTube Legal Help Center",
    date="Mon, 09 Sep 2024 03:40:00 +0000",
    subject="LGL-4471 KCSC-240905-02 narcotics videos",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Reply above this line.

Minji Park commented:

Hello, the Short {YT[3]} was removed today under
our Community Guidelines (sale of regulated goods). The channel also
received a strike.

We will comment again on this request for the other three URLs.

View request: https://legal-help.youtube.com/servicedesk/customer/portal/3/LGL-4471
Turn off this request's notifications

This is shared with KCSC Takedown.

Legal Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('Reply above this line', '... commented:', View request link)",
    why="one Short removed; the portal link is not an item; the other URLs are not named",
    items={YT[3]: "removed"},
)

case(
    name="yt-partial-answer-still-assessing",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Fri, 06 Sep 2024 09:12:45 +0000",
    subject="Re: KCSC-240905-02 narcotics videos",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hello,

Regarding KCSC-240905-02: the video {YT[0]} has
been taken down.

We are still assessing {YT[1]} and
{YT[2]} against local law and will follow up in this thread.

Best regards,
Google Legal Korea
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a legal desk: one item done, two named as still being assessed",
    why="one video taken down; the two others are named as still under assessment and stay pending",
    items={YT[0]: "removed", YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="yt-korean-particles-fullwidth",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Thu, 12 Sep 2024 02:05:18 +0000",
    subject="Re: [방송통신심의위원회] KCSC-240905-02 시정요구",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240905-02 건의 처리 결과를 알려드립니다.

{YT[2]}는 국내 법령에 따라 대한민국에서 접속이 차단되었습니다.
또한 쇼츠 영상（{YT[3]}）은 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 두 건은 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
Google 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language reply from a platform's Korean legal desk, URLs followed by particles and full-width parentheses",
    why="youtu.be video blocked in Korea (restricted), the Short deleted (removed)",
    items={YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-case-closed-rejected-and-gone",
    **{"from": "yt-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 11:48:03 +0000",
    subject="Your case has been closed [#88213]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
-- Please reply above this line --

Conversation #88213 - status: Closed

Hello,

{YT[1]}
After reviewing this video against our Community Guidelines and Korean law,
we are not taking action. The video stays available.

{YT[0]}
This video had already been deleted by the uploader before we reviewed it.

You can read about how we handle legal requests at
https://support.google.com/legal/answer/3110420

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="closed-conversation notification with per-URL decisions and a help-centre link",
    why="one refusal (stays up), one already deleted by its uploader; the help link is not an item",
    items={YT[1]: "rejected", YT[0]: "not_found"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Sat, 07 Sep 2024 00:33:51 +0000",
    subject="Re: KCSC-240905-02 narcotics videos",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hi,

A quick note on KCSC-240905-02. From our side it appears that
{YT[2]} may already have been removed by the uploader,
but we have not been able to confirm this yet. The rest of the URLs are
still in review.

Thanks,
Google Legal Korea
""",
    outcome="review", review="not_understood",
    imitates="informal interim note from a legal desk with a hedged observation",
    why="'appears ... may already have been removed' and 'not able to confirm' is a hedge, not a statement",
    items={YT[2]: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "yt-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 15:20:00 +0000",
    subject="Re: KCSC-240905-02 [#88213]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
-- Please reply above this line --

Conversation #88213

Hello,

We have notified the uploader of {YT[1]}.
If we do not receive a counter-notification within 10 business days, the
video will be removed. We will update this conversation either way.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="notice-and-counter-notice interim update (conditional removal)",
    why="removal depends on a condition in the future; item stays pending",
    items={YT[1]: "pending"},
)

case(
    name="yt-about-x-url",
    **{"from": "yt-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:02:27 +0000",
    subject="Re: KCSC-240912-07 cannabis post",
    body=f"""
Hello,

We received your notice KCSC-240912-07. The link in it,
{X7[0]}, is not a YouTube URL, and we
could not find any such content on YouTube. Please send this request to
the service that hosts it.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="'this content is not on our service' reply to a misrouted notice",
    why="Google states 'could not find' about an X item; only X may change that item",
    items={X7[0]: "pending"},
)

case(
    name="dsn-reminder-old-address",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b308_dsn"

--=_b308_dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<yt-legal-old@youtube.com>: host aspmx.l.youtube.com[203.0.113.27] said:
    550 5.1.1 The email account that you tried to reach does not exist.

--=_b308_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:03 +0900 (KST)

Final-Recipient: rfc822; yt-legal-old@youtube.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.youtube.com
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--=_b308_dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-old@youtube.com
Subject: Reminder: KCSC-240905-02 past its deadline
Message-ID: <rem.KCSC-240905-02.1@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{our_reminder("KCSC-240905-02", "5 September 2024")}

--=_b308_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder sent to a dead address",
    why="a bounce; the URLs are in our own returned reminder",
)

# ======================= X (KCSC-240906-03, 3 items; KCSC-240912-07, 1) ==

x_csv = (
    "reported_url,action,scope,action_date\n"
    f"{XP[0]},withheld,KR,2024-09-10\n"
    f"{XP[1]},withheld,KR,2024-09-10\n"
    f"{XP[2]},removed,global,2024-09-10\n"
)
case(
    name="x-csv-attachment-results",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:15:44 +0000",
    subject="Case 0194-7721-KR: results for KCSC-240906-03",
    reply_to_req=mid("KCSC-240906-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b308_mix"

--=_b308_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Thank you for your legal request KCSC-240906-03 (case 0194-7721-KR).
The result for each reported post is in the attached file.

X Legal

--=_b308_mix
Content-Type: text/csv; charset=utf-8; name="0194-7721-KR_results.csv"
Content-Disposition: attachment; filename="0194-7721-KR_results.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_b308_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-request case mail with the per-URL outcome in a CSV attachment",
    why="CSV rows: two posts withheld in KR, one removed globally",
    items={XP[0]: "restricted", XP[1]: "restricted", XP[2]: "removed"},
)

case(
    name="x-reply-to-reminder-mixed",
    **{"from": "legal@x.com"}, name_from="X Legal Operations",
    date="Tue, 17 Sep 2024 02:40:19 +0000",
    subject="Re: Reminder: KCSC-240906-03 past its deadline",
    extra_headers=[
        "In-Reply-To: <rem.KCSC-240906-03.1@kcsc.example>",
        "References: <req.KCSC-240906-03@kcsc.example> <rem.KCSC-240906-03.1@kcsc.example>",
    ],
    body=f"""
Hi KCSC,

Apologies for the delay on this one. Update:

The posts below are now withheld in South Korea:
{XP[0]}
{XP[1]}

{XP[2]} was reviewed and we
found no violation of the X Rules or of the Korean law cited, so we will
not be taking action on it.

Thanks,
X Legal Operations

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(our_reminder("KCSC-240906-03", "6 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, top-posted over the '>'-quoted reminder",
    why="two withheld in Korea (restricted), one refused with a reason (rejected)",
    items={XP[0]: "restricted", XP[1]: "restricted", XP[2]: "rejected"},
)

case(
    name="x-freshdesk-numbered-resolved",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 10:05:36 +0000",
    subject="[Ticket #551902] KCSC-240906-03 - Status changed to Resolved",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Dear KCSC Takedown,

Ticket #551902 has been set to Resolved. Our agent's reply is below.

-----
Hello,

We looked into each post in your request:

1) {XP[0]}
   removed (illegal or certain regulated goods or services)
2) {XP[1]}
   removed
3) {XP[2]}
   this post no longer exists on X.

Best,
Sam, X Support
-----

If you reply to this email the ticket will be reopened.
Ticket link: https://help.x.com/tickets/551902
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'status changed to Resolved' notification embedding the agent's numbered reply",
    why="two posts removed, the third no longer exists; the ticket link is not an item",
    items={XP[0]: "removed", XP[1]: "removed", XP[2]: "not_found"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 13:27:50 +0000",
    subject="[Ticket #551902] KCSC-240906-03 - Status changed to Resolved",
    reply_to_req=mid("KCSC-240906-03"),
    body="""
Dear KCSC Takedown,

Ticket #551902 has been set to Resolved.

-----
Hello,

All reported posts in this ticket have been actioned in line with our
policies. Thank you for your report.

Sam, X Support
-----

If you reply to this email the ticket will be reopened.
""",
    outcome="review", review="bulk",
    imitates="resolved ticket with a one-line 'all reported content actioned' answer",
    why="one statement covers a three-item request without naming the posts",
    items={XP[0]: "pending", XP[1]: "pending", XP[2]: "pending"},
)

case(
    name="x-reminder-reply-still-with-legal",
    **{"from": "legal@x.com"}, name_from="X Legal Operations",
    date="Mon, 16 Sep 2024 23:58:02 +0000",
    subject="Re: Reminder: KCSC-240906-03 past its deadline",
    extra_headers=[
        "In-Reply-To: <rem.KCSC-240906-03.1@kcsc.example>",
        "References: <req.KCSC-240906-03@kcsc.example> <rem.KCSC-240906-03.1@kcsc.example>",
    ],
    body=f"""
Hi,

Thanks for the nudge. The posts
{XP[0]} and
{XP[1]}
are still with our legal team for review. We expect a decision this week
and will reply on this thread.

X Legal Operations

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(our_reminder("KCSC-240906-03", "6 September 2024"))}
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder saying the items are still under legal review",
    why="'still with our legal team for review' is no status; names two items",
    items={XP[0]: "pending", XP[1]: "pending"},
)

case(
    name="x-ooo-legal-staff",
    **{"from": "hyejin.cho@x.com"}, name_from="Hyejin Cho",
    date="Mon, 16 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: Reminder: KCSC-240906-03 past its deadline",
    extra_headers=[
        "In-Reply-To: <rem.KCSC-240906-03.1@kcsc.example>",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
    ],
    body="""
Thank you for your email. I am out of the office for the Chuseok holidays
until 19 September and will have limited access to email.

For urgent legal requests from Korean authorities please use the usual
legal request channel and the team will pick it up.

Best regards,
Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a platform employee",
    why="auto-reply; says nothing about any item",
)

case(
    name="x-sole-statement-one-item",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 14 Sep 2024 06:31:12 +0000",
    subject="Case 0194-8812: your ticket has been resolved",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
Hello,

We have reviewed your request KCSC-240912-07. The reported post has been
removed for breaking the X Rules on illegal goods and services.

This ticket is now closed. If you reply within 7 days it will reopen.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="closed-ticket mail stating the outcome for 'the reported post' without its URL",
    why="single-item request; the one statement, naming no URL, applies to it",
    items={X7[0]: "removed"},
)

case(
    name="x-jira-resolution-angle-url",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject="[LR-30917] KCSC-240912-07 - Resolved",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Reply above this line.

LR-30917: KCSC-240912-07 cannabis post
Status: Resolved    Resolution: Done

Comment from X Legal:
The post <{X7[0]}> has been withheld
in South Korea in response to your request. It remains visible elsewhere.

View request: https://legal.x.com/servicedesk/LR-30917
""",
    outcome="applied", classification="confirmation",
    imitates="Jira-style resolution notification with the URL in angle brackets",
    why="post withheld in Korea only: restricted",
    items={X7[0]: "restricted"},
)

# ======================= NAVER (KCSC-240909-04, 5 items) ================

case(
    name="naver-cs-answer-bullets",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2024091012345)",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 요청번호 KCSC-240909-04 건의 처리 결과를 안내드립니다.

■ {NV[0]} : 게시중단 처리
■ {NV[1]} : 게시중단 처리
■ {NV[2]} : 임시조치(30일)
■ {NV[3]} : 작성자가 이미 삭제한 게시물입니다.
■ {NAVER_IN_RAW} : 비공개 처리

추가 문의사항은 본 메일에 회신해 주시기 바랍니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre answer mail (문의번호) with a bulleted 처리 결과 list",
    why="two 게시중단, one 임시조치, one deleted by its author, one 비공개 (raw Korean path)",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "removed"},
)

case(
    name="naver-qp-followup-missed-item",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 02:45:00 +0000",
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2024091012345)",
    reply_to_req=mid("KCSC-240909-04"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. 네이버 고객센터입니다.

어제 드린 답변에서 누락된 게시물 1건의 처리 결과를 추가로 안내드립니다.

{NV[2]} 게시물은 카페 운영 정책 위반으로 운영자 삭제 처리되었습니다.

이용에 불편을 드려 죄송합니다.
네이버 고객센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable follow-up in the same help-centre thread adding a missed item",
    why="one cafe post 운영자 삭제 (removed)",
    items={NV[2]: "removed"},
)

nv_rows = [
    ("1", NV[0], NV[0], "삭제", "2024-09-12"),
    ("2", NV[1], NV[1], "블라인드", "2024-09-12"),
    ("3", NV[2], NV[2], "국내 접근 제한", "2024-09-12"),
    ("4", NV[3], NV[3], "게시물 없음 (URL 오류)", "-"),
    ("5", NV[4], NAVER_IN_RAW, "미조치 (위반 소지 없음)", "-"),
]
case(
    name="naver-html-correction-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    type="html",
    body="""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
""" + "\n".join(
        f"<tr><td>{n}</td><td><a href=\"{h}\">{t}</a></td><td>{a}</td><td>{d}</td></tr>"
        for n, h, t, a, d in nv_rows) + """
</table>
<p>5번 게시물은 내부 검토 결과 관련 법령 및 운영정책 위반 소지가 확인되지 않아 게시를 유지합니다.</p>
<p>NAVER 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (번호/URL/조치내용/조치일)",
    why="삭제, 블라인드, 국내 접근 제한, 게시물 없음, 미조치 with its reason",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "rejected"},
)

case(
    name="naver-urls-below-statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240909-04 불법 주식리딩방 게시물",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요, NAVER 정책지원팀입니다.

아래 게시물은 2024년 9월 12일자로 게시중단 조치되었습니다.

{NV[1]}
{NV[3]}

나머지 게시물은 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 notice with the URLs on the lines below the statement",
    why="statement line followed by two URLs: both removed; others not named",
    items={NV[1]: "removed", NV[3]: "removed"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 05:55:00 +0000",
    subject="Re: KCSC-240909-04 불법 주식리딩방 게시물",
    reply_to_req=mid("KCSC-240909-04"),
    body="""
안녕하세요, NAVER 정책지원팀입니다.

요청번호 KCSC-240909-04 건으로 요청하신 게시물 5건 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line 'all N posts 게시중단 완료' reply",
    why="one statement for a five-item request without naming each post",
    items={u: "pending" for u in NV},
)

case(
    name="naver-asks-for-resolution-copy",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="Re: KCSC-240909-04 불법 주식리딩방 게시물",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요, NAVER 정책지원팀입니다.

요청하신 게시물 중 {NV[2]} 및
{NV[3]} 는 카페 운영자가 이의를 제기한 건으로,
조치에 앞서 심의 의결서 사본과 적용 법조항을 회신해 주시기 바랍니다.

자료를 확인한 후 처리 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the 의결서 copy and legal basis before acting",
    why="asks us for documents; no status for the named posts",
    items={NV[2]: "pending", NV[3]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Mon, 09 Sep 2024 01:12:00 +0000",
    subject="읽음: KCSC-240909-04 불법 주식리딩방 게시물",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b308_mdn"

--=_b308_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: 한지우 <jiwoo.han@navercorp.com>
제목: KCSC-240909-04 불법 주식리딩방 게시물
읽은 시간: 2024-09-09 (월) 오전 10:12

--=_b308_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; jiwoo.han@navercorp.com
Original-Message-ID: <req.KCSC-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b308_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style Korean read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt only",
)

# ======================= Kakao (KCSC-240910-05, 2 items) =================

case(
    name="kakao-ticket-solved-arrows",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject="[카카오 고객센터] 문의 #7719302 답변이 등록되었습니다",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
## 이 줄 위에 회신 내용을 작성해 주세요 ##

문의 #7719302 상태: 해결됨

안녕하세요, 카카오 고객센터입니다.
요청번호 KCSC-240910-05 건 처리 결과를 알려드립니다.

{KK[0]} → 게시물 삭제 조치 완료
{KK[1]} → 국내 접근 제한 조치 완료

문의가 해결되지 않았다면 이 메일에 회신해 주세요.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-based Korean help-centre 'answer registered / solved' mail with arrow-separated results",
    why="Daum cafe post deleted (removed), Tistory post access-limited in Korea (restricted)",
    items={KK[0]: "removed", KK[1]: "restricted"},
)

case(
    name="kakao-base64-refusal-and-missing",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전센터",
    date="Mon, 23 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240910-05 검토 결과 안내",
    reply_to_req=mid("KCSC-240910-05"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, 카카오 안전센터입니다.

요청하신 게시물(요청번호 KCSC-240910-05)에 대한 검토 결과입니다.

1. {KK[0]}
   운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.
2. {KK[1]}
   해당 주소의 게시물이 존재하지 않습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded Korean review result from a portal's safety centre",
    why="cafe post kept with a reason (rejected); Tistory post does not exist (not_found)",
    items={KK[0]: "rejected", KK[1]: "not_found"},
)

case(
    name="kakao-agent-forwards-safety-team",
    **{"from": "cs.agent07@kakaocorp.com"}, name_from="카카오 고객센터 상담원",
    date="Wed, 18 Sep 2024 23:40:00 +0000",
    subject="Fwd: [처리결과] KCSC-240910-05",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
담당 부서에서 전달받은 처리 결과를 아래와 같이 공유드립니다.

---------- Forwarded message ---------
보낸 사람: 카카오 안전센터 <safety@kakaocorp.com>
날짜: 2024년 9월 19일 (목) 오전 8:05
제목: [처리결과] KCSC-240910-05
받는 사람: 카카오 고객센터 <cs@kakaocorp.com>

{KK[0]} 게시물 삭제
{KK[1]} 블로그 게시물 국내 접속 차단

-- 
카카오 안전센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk agent forwarding an internal team's result (Gmail 'Forwarded message' block) from the same platform",
    why="both the forwarder and the forwarded author are Kakao (same authenticated domain); the statements are the platform's own",
    items={KK[0]: "removed", KK[1]: "restricted"},
)

case(
    name="kakao-jira-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 01:16:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#7719302)",
    reply_to_req=mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
## 이 줄 위에 회신 내용을 작성해 주세요 ##

안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #7719302

접수된 순서대로 확인 후 답변드리겠습니다. 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-centre automatic receipt (문의가 접수되었습니다, 접수번호)",
    why="pure receipt with a ticket number",
)

case(
    name="kakao-chuseok-autoreply",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Sat, 14 Sep 2024 00:03:00 +0000",
    subject="[자동회신] 추석 연휴 기간 업무 안내",
    reply_to_req=mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 카카오 신고센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 인해 답변이 늦어질 수
있습니다. 연휴 이후 순차적으로 처리하여 회신드리겠습니다.

본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석 연휴) automatic reply",
    why="auto-reply about holiday delays; no item",
)

# ======================= TikTok (KCSC-240911-06, 1 item) ================

case(
    name="tiktok-zendesk-solved-removed",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    date="Fri, 13 Sep 2024 12:12:12 +0000",
    subject="[TikTok] Your request #3301928 has been solved",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
##- Please type your reply above this line -##

Your request #3301928 has been solved.

Hi,

Thanks for reaching out about KCSC-240911-06. We reviewed
{TT[0]}
and removed it for violating our Community Guidelines on frauds and scams.

Regards,
Alex
TikTok Legal Support

This ticket will close automatically in 7 days.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' mail from a video platform's legal support",
    why="the one requested video removed",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-wrapped-angle-url-restricted",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240911-06 illegal private loan video",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
Hello,

In response to KCSC-240911-06, the video <https://www.tiktok.com/@quickcash.kr/video/
7412345678901234567> has been restricted in South Korea in accordance with
local law. It remains available in other regions.

Regards,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal-support reply with a long URL wrapped inside angle brackets by the mail client",
    why="geo-restricted in Korea; the single item of the request (also readable as the sole statement)",
    items={TT[0]: "restricted"},
)

case(
    name="tiktok-freshdesk-receipt",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    date="Wed, 11 Sep 2024 07:01:30 +0000",
    subject="Ticket Received - KCSC-240911-06 illegal private loan video",
    reply_to_req=mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created with ID #3301928.

A support representative will review your request and send you a personal
response, usually within 5 business days.

To view the status of the ticket or add comments, please visit
https://legal-support.tiktok.com/helpdesk/tickets/3301928

Thank you for your patience.
TikTok Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'Ticket Received' acknowledgement",
    why="pure receipt; the ticket link is not an item",
)

case(
    name="tiktok-csat-survey",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    date="Sun, 15 Sep 2024 12:12:12 +0000",
    subject="How would you rate the support you received?",
    body="""
Hello,

Your request #3301928 was recently solved. We'd love to hear what you
think of the support you received.

How would you rate the support you received?

  Good, I'm satisfied:
  https://legal-support.tiktok.com/requests/3301928/satisfaction/good
  Bad, I'm unsatisfied:
  https://legal-support.tiktok.com/requests/3301928/satisfaction/bad

TikTok Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey sent after a request is solved",
    why="trusted TikTok mail with no item, no KCSC reference and no thread link; not a receipt or auto-reply",
)

case(
    name="kcsc-colleague-forwards-tiktok",
    **{"from": "sj.lee@kcsc.example"}, name_from="이수진",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Fwd: [TikTok] Your request #3301928 has been solved",
    body=f"""
담당자님, 제 개인 메일함으로 잘못 온 회신이라 전달드립니다.

---------- Forwarded message ---------
From: TikTok Legal Support <legal-support@tiktok.com>
Date: Fri, Sep 13, 2024 at 9:12 PM
Subject: [TikTok] Your request #3301928 has been solved
To: 이수진 <sj.lee@kcsc.example>

Hi,

Thanks for reaching out about KCSC-240911-06. We reviewed
{TT[0]}
and removed it for violating our Community Guidelines.

Regards,
Alex
TikTok Legal Support
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply that reached their own mailbox",
    why="the statement is inside a forward by our own staff, not mail from TikTok itself",
    items={TT[0]: "pending"},
)


HEADER = """# Blind set 308: ticket systems and threads (written before any run).
# Generated by make.py; do not edit by hand."""


def encode_headers(cases):
    """Korean display names and subjects go out RFC 2047-encoded, as real
    mail clients and ticket systems send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(C)
    corpuslib.write_set(HERE, "blind308", HEADER, C)


if __name__ == "__main__":
    main()
