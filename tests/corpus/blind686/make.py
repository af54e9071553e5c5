#!/usr/bin/env python3
"""Blind set 686: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, written from the meaning of each email before
the reader was ever run on them. Deterministic:

    python3 tests/corpus/blind686/make.py

writes requests.csv, cases/*.eml and expected.toml beside this file.
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

SET = "blind686"

# ---------------------------------------------------------------- requests
KR_HANDLE = "%EB%8B%AC%EB%B9%9B%EC%83%81%EC%A0%90"  # 달빛상점, percent-encoded

TG = "KCSC-240902-01"
XR = "KCSC-240904-02"
YT = "KCSC-240905-03"
NV = "KCSC-240909-04"
DC = "KCSC-240911-05"
KK = "KCSC-240912-06"
TT = "KCSC-240913-07"

REQUESTS = [
    (TG, "telegram", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_gambling", [
        "https://t.me/lucky_slots_kr/1041",
        "https://t.me/lucky_slots_kr/1057",
        "https://t.me/lucky_slots_kr/1063",
        "https://t.me/nightmarket_pills/88",
        "https://t.me/nightmarket_pills/91",
        "https://t.me/seoul_rx_direct/12",
        "https://t.me/seoul_rx_direct/15",
        "https://t.me/bluewave_toto",
        "https://t.me/bluewave_toto/302",
        "https://t.me/hanriver_leaks/7",
        "https://t.me/hanriver_leaks/9",
        "https://t.me/+Qm8xZr4TkLw2NjFk",
    ], "largest request; gambling, drugs and leaked personal data"),
    (XR, "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", "illegal_gambling", [
        "https://x.com/casino_wolf88/status/1830011122233344556",
        "https://x.com/casino_wolf88/status/1830019988877766554",
        "https://x.com/pill_runner_kr/status/1829900011122334455",
        "https://x.com/deepfake_gal_kr",
    ], "two gambling posts, one drug post, one account"),
    (YT, "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_gambling", [
        "https://www.youtube.com/watch?v=Xk3fP9qLm2A",
        "https://www.youtube.com/watch?v=b7TzQ1wRr0c",
        "https://www.youtube.com/@toto_tv_live",
    ], "two videos and their channel"),
    (NV, "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", "drugs", [
        "https://blog.naver.com/moonlit_deal/223560011223",
        "https://blog.naver.com/moonlit_deal/223560044556",
        "https://cafe.naver.com/greenleafclub/48211",
        "https://cafe.naver.com/greenleafclub/48236",
        "https://in.naver.com/" + KR_HANDLE + "/contents/556677",
    ], "one Korean-path URL stored percent-encoded"),
    (DC, "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "illegal_gambling", [
        "https://discord.gg/k7TotoVip",
        "https://discord.com/channels/1180044455566677788/1180044455566677799/1283300011122233344",
    ], "invite link and one message"),
    (KK, "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal_gambling", [
        "https://cafe.daum.net/lottoplus77/Ab3k/1542",
    ], "one-item request"),
    (TT, "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "forgery", [
        "https://www.tiktok.com/@seoul_night_pills/video/7411122233344455566",
        "https://www.tiktok.com/@seoul_night_pills/video/7411122233344455999",
        "https://www.tiktok.com/@fakeidcards_kr",
    ], "two videos and one account"),
]

URLS = {ref: urls for ref, _p, _s, _d, _c, urls, _n in REQUESTS}
TGU = URLS[TG]
XU = URLS[XR]
YTU = URLS[YT]
NVU = URLS[NV]
DCU = URLS[DC]
KKU = URLS[KK]
TTU = URLS[TT]
NV_KR_RAW = "https://in.naver.com/달빛상점/contents/556677"


def req_id(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def our_request_text(ref, urls, deadline):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"block the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"Please tell us the measures taken for each link by {deadline}.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def reminder_text(ref, urls):
    lines = [f"Reminder: the following items of request {ref} are past their deadline",
             "and we have not received the measures taken:", ""]
    lines += urls
    lines += ["", "Please reply to this email with the outcome for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


ZD_LINE = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== Telegram (KCSC-240902-01, 12 items) ================================

case(
    name="tg-zendesk-receipt-echo",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 02 Sep 2024 01:41:10 +0000",
    subject=f"[Telegram Support] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 2, 2024, 01:30 UTC

{our_request_text(TG, TGU, '9 September 2024')}

----------------------------------------------
This email is a service from Telegram Support.
[8QJ2XK-LM04]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' receipt that echoes the customer's first message",
    why="pure receipt; the twelve URLs are only our own request echoed back",
    items={u: "pending" for u in TGU},
)

case(
    name="tg-zendesk-update-dash-list",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 05 Sep 2024 09:12:44 +0000",
    subject=f"[Telegram Support] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Marek (Telegram Support)

Sep 5, 2024, 09:12 UTC

Hello,

Thank you for your patience. Our moderators went through the links in your
request {TG}. Results so far:

- {TGU[0]} - removed
- {TGU[1]} - removed
- {TGU[2]} - not found, the message had already been deleted before we looked at it
- {TGU[7]} - channel blocked on all platforms
- {TGU[8]} - removed together with the channel

We are still working on the rest of the list and will update this ticket.

Regards,
Marek
Telegram Support

----------------------------------------------
This email is a service from Telegram Support.
[8QJ2XK-LM04]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public reply ('Your request has been updated') with a dashed list of outcomes",
    why="five links stated one by one; the remaining seven are explicitly still in progress",
    items={TGU[0]: "removed", TGU[1]: "removed", TGU[2]: "not_found",
           TGU[7]: "removed", TGU[8]: "removed"},
)

case(
    name="tg-zendesk-followup-status-below",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 09 Sep 2024 07:30:02 +0000",
    subject=f"[Telegram Support] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Ines (Telegram Support)

Sep 9, 2024, 07:29 UTC

Hello again,

Following up on more of the links in this ticket:

{TGU[3]}
Status: removed

{TGU[4]}
Status: removed

{TGU[5]}
Status: no violation found. The post lists the opening hours of a licensed
pharmacy and breaks neither our Terms of Service nor the law you cited.

{TGU[6]}
Status: removed

Kind regards,
Ines

----------------------------------------------
This email is a service from Telegram Support.
[8QJ2XK-LM04]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up reply in the same ticket, bare URL with 'Status:' on the line below",
    why="four links, each with its status on the next line; one refused with a reason",
    items={TGU[3]: "removed", TGU[4]: "removed", TGU[5]: "rejected", TGU[6]: "removed"},
)

case(
    name="tg-reply-to-reminder-top-posted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 04:05:31 +0000",
    subject=f"Re: Reminder: {TG} - items past deadline",
    body=f"""Hello,

Both posts below have now been taken down:
{TGU[9]}
{TGU[10]}

The invite link is still with the team handling private groups.

Best,
Telegram DSA Team

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text(TG, [TGU[9], TGU[10], TGU[11]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply to our reminder, quoting the reminder's list",
    why="two URLs stated taken down above the quote; the invite link only in the quote and 'still with the team'",
    items={TGU[9]: "removed", TGU[10]: "removed", TGU[11]: "pending"},
)

case(
    name="tg-case-partial-numbered",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 13:48:09 +0000",
    subject=f"Re: {TG} [Case #5512034]",
    reply_to_req=req_id(TG),
    body=f"""Hello,

Regarding Case #5512034 (your reference {TG}):

1. {TGU[11]} – the private group behind this invite link has been
   blocked for users in South Korea.
2. {TGU[9]} – still under review, we will come back to you.
3. {TGU[10]} – still under review.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number and a numbered partial answer",
    why="one item restricted in Korea; the other two explicitly still under review",
    items={TGU[11]: "restricted", TGU[9]: "pending", TGU[10]: "pending"},
)

TG_CSV = f"""url,action,date,notes
{TGU[0]},removed,2024-09-04,
{TGU[1]},removed,2024-09-04,
{TGU[2]},not found,,deleted by the channel owner before review
{TGU[3]},removed,2024-09-06,
{TGU[5]},no action,,no violation of Terms of Service
{TGU[7]},blocked,2024-09-04,whole channel
{TGU[11]},geo-restricted (KR),2024-09-10,
"""

case(
    name="tg-freshdesk-csv-attachment",
    **{"from": "compliance@telegram.org"},
    name_from="Telegram Compliance",
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject=f"[#T-20931] Outcome for {TG}",
    reply_to_req=req_id(TG),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-b686-0001"

--fd-b686-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Please find attached the outcome for each link of your request {TG}.
Links that are not in the attachment are still being processed.

Ticket: #T-20931
Status: Resolved

Telegram Compliance

--fd-b686-0001
Content-Type: text/csv; charset=utf-8; name="{TG}_outcome.csv"
Content-Disposition: attachment; filename="{TG}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--fd-b686-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket resolved with a per-link outcome spreadsheet attached",
    why="CSV attachment gives one action per URL (removed, not found, no action, blocked, geo-restricted)",
    items={TGU[0]: "removed", TGU[1]: "removed", TGU[2]: "not_found", TGU[3]: "removed",
           TGU[5]: "rejected", TGU[7]: "removed", TGU[11]: "restricted"},
)

case(
    name="tg-promise-will-remove",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 04 Sep 2024 16:02:17 +0000",
    subject=f"[Telegram Support] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Oleg (Telegram Support)

Hi,

Thanks for flagging these. The moderation team has the following links in
their queue and they will be removed once the reports are verified:

{TGU[9]}
{TGU[10]}

We will let you know when this is done.

Oleg

----------------------------------------------
This email is a service from Telegram Support.
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply promising future action",
    why="'will be removed once verified' is a promise, not a statement; the items stay pending",
    items={TGU[9]: "pending", TGU[10]: "pending"},
)

case(
    name="tg-asks-for-court-order",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 11:40:55 +0000",
    subject=f"Re: {TG} [Case #5512034]",
    reply_to_req=req_id(TG),
    body=f"""Hello,

We have looked at the invite link {TGU[11]} from your request {TG}.

Content in private groups is not publicly visible, so before we can act we
need either screenshots of the messages you consider illegal, or a copy of
the decision of the Korean authority that covers this group. Please reply
to this message with the material and keep the case number in the subject.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse-desk request for supporting material before acting on a private group",
    why="asks us for screenshots or a decision; says nothing about the item's status",
    items={TGU[11]: "pending"},
)

case(
    name="tg-zendesk-satisfaction-survey",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="[Telegram Support] How would you rate the support you received?",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://telegram-support.example.net/requests/48213/satisfaction/good

Bad, I'm unsatisfied
https://telegram-support.example.net/requests/48213/satisfaction/bad

Your request (48213) is now closed. Replies to this email will open a new request.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is closed",
    why="trusted Telegram mail, no requested URL, no KCSC reference, no thread headers; only survey links",
    items={},
)

case(
    name="tg-case-refusal-with-reason",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 06:15:40 +0000",
    subject=f"Re: {TG} [Case #5512090]",
    reply_to_req=req_id(TG),
    body=f"""Hello,

Case #5512090 is now closed.

We reviewed {TGU[5]} and decided not to take it down: the message gives the
address and opening hours of a pharmacy and does not offer prescription
medicines for sale, so it does not break Telegram's Terms of Service.

The other message you reported in this case, {TGU[3]}, was removed on
6 September.

If you disagree with this decision you may send us additional information
by replying to this email.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case closure with a reasoned refusal",
    why="one refusal with its reason, one removal, each naming its URL",
    items={TGU[5]: "rejected", TGU[3]: "removed"},
)

case(
    name="tg-zendesk-html-update",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 02:51:19 +0000",
    subject=f"[Telegram Support] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    type="html",
    body=f"""<html><body>
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p>Your request (48213) has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><strong>Ines</strong> (Telegram Support)<br>Sep 10, 2024, 02:50 UTC</p>
<p>Hello,</p>
<p>An update on two more links from your list:</p>
<ul>
<li><a href="{TGU[4]}">{TGU[4]}</a>: this message has been deleted.</li>
<li><a href="{TGU[6]}">{TGU[6]}</a>: this message has been deleted as well, and the channel has received a warning.</li>
</ul>
<p>Kind regards,<br>Ines</p>
<hr>
<p style="font-size:11px;color:#999">This email is a service from Telegram Support. [8QJ2XK-LM04]</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with an agent's bulleted update",
    why="HTML list, two linked URLs each stated deleted",
    items={TGU[4]: "removed", TGU[6]: "removed"},
)

# ===== X (KCSC-240904-02, 4 items) ========================================

case(
    name="x-jira-resolved-bullets",
    **{"from": "legal-support@x.com"},
    name_from="X Legal (Jira Service Management)",
    date="Mon, 09 Sep 2024 18:22:07 +0000",
    subject=f"[LEGAL-4471] {XR} - Korea Communications Standards Commission request",
    reply_to_req=req_id(XR),
    body=f"""—-—-—-—-—-—-—-—
Reply above this line.

Dana Whitfield resolved this as Done.

Hello KCSC team,

We reviewed the reported content under local law. Outcome:

• {XU[0]} – withheld in South Korea
• {XU[1]} – withheld in South Korea
• {XU[3]} – account suspended for violating the X Rules

The remaining post is with another team and will be answered separately.

Dana Whitfield
Global Legal Policy

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with the agent's comment",
    why="two posts withheld in Korea, one account suspended; the fourth item deferred",
    items={XU[0]: "restricted", XU[1]: "restricted", XU[3]: "removed", XU[2]: "pending"},
)

case(
    name="x-jira-followup-angle-brackets",
    **{"from": "legal-support@x.com"},
    name_from="X Legal (Jira Service Management)",
    date="Wed, 11 Sep 2024 21:03:44 +0000",
    subject=f"RE: [LEGAL-4471] {XR} - Korea Communications Standards Commission request",
    reply_to_req=req_id(XR),
    body=f"""—-—-—-—-—-—-—-—
Reply above this line.

Sam Okafor commented:

Hi KCSC team,

Following up on the remaining post in this request:
<{XU[2]}>

We reviewed it against the X Rules and against the Korean provision quoted
in your notice and found no violation, so the post stays available.

Sam

View request · Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management public comment following up in the same request",
    why="URL in angle brackets on its own line, then an unhedged refusal (no violation, stays available)",
    items={XU[2]: "rejected"},
)

case(
    name="x-reminder-reply-url-below-statement",
    **{"from": "sam.okafor@x.com"},
    name_from="Sam Okafor",
    date="Fri, 13 Sep 2024 02:44:10 +0000",
    subject=f"Re: Reminder: {XR} - items past deadline",
    body=f"""Hi KCSC team,

Apologies for the slow reply. We withheld the following post in the
Republic of Korea on 12 September:
{XU[1]}

And the account below has been permanently suspended:
{XU[3]}

We are still looking at the other two posts.

Best,
Sam
X Global Legal Policy

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text(XR, XU))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a platform employee to our reminder, URL on the line below its statement",
    why="two URLs each under its statement; the other two posts still being looked at and appear only in the quote",
    items={XU[1]: "restricted", XU[3]: "removed", XU[0]: "pending", XU[2]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 15:00:00 +0000",
    subject=f"RE: [LEGAL-4471] {XR}",
    reply_to_req=req_id(XR),
    body=f"""Hello,

Thank you for your report. All of the reported content in your request
{XR} has been actioned in line with our policies and local law.

This request is now resolved.

X Legal
""",
    outcome="review", review="bulk",
    imitates="short X legal reply resolving a ticket with one sentence for all content",
    why="'all of the reported content' for a four-item request, no item named",
    items={},
)

case(
    name="x-forwarded-internal-note",
    **{"from": "priya.n@x.com"},
    name_from="Priya Natarajan",
    date="Thu, 12 Sep 2024 10:31:00 +0000",
    subject=f"Fwd: LEGAL-4471 outcome ({XR})",
    body=f"""Hi KCSC team,

Forwarding the note from our Trust & Safety escalations team below.
Apologies for the delay in getting this to you.

Priya

---------- Forwarded message ---------
From: T&S Escalations <tns-escalations@x.com>
Date: Wed, Sep 11, 2024 at 6:02 PM
Subject: LEGAL-4471 outcome
To: Priya Natarajan <priya.n@x.com>

Priya, for LEGAL-4471:
- {XU[0]} removed globally (gambling promotion)
- {XU[3]} suspended
Can you pass this on to the requester?
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a platform employee passing on an internal team note",
    why="the statuses are in the forwarded internal note, not in the sender's own words",
    items={XU[0]: "pending", XU[3]: "pending"},
)

case(
    name="x-answers-telegram-links",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 08:12:30 +0000",
    subject=f"RE: [LEGAL-4502] {TG}",
    body=f"""Hello,

We received your request referencing {TG}. The links below are not hosted
on X and we could not find any corresponding content on our service:

{TGU[9]}
{TGU[10]}

Please direct requests about these links to the operator of that service.

X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply to a request routed to the wrong company",
    why="X speaks about Telegram items (not found on X); X cannot state a Telegram item's status",
    items={TGU[9]: "pending", TGU[10]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "jreyes@x.com"},
    name_from="Jordan Reyes",
    date="Wed, 04 Sep 2024 02:01:12 +0000",
    subject=f"Automatic reply: {XR} - request for removal",
    reply_to_req=req_id(XR),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until Monday 16 September with limited access to
email. For law enforcement and government requests please use the legal
request portal; your message will not be forwarded.

Jordan

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: {XR} - request for removal

{our_request_text(XR, XU, '11 September 2024')}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office that quotes the original message",
    why="out-of-office; the URLs are only our request below the Original Message line",
    items={u: "pending" for u in XU},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "noreply-legal@x.com"},
    name_from="X",
    date="Tue, 10 Sep 2024 11:45:00 +0000",
    subject=f"Statement of reasons - decision on your notice {XR}",
    reply_to_req=req_id(XR),
    body=f"""Statement of reasons

Decision ID: 9f2c7a10-4be1-4d6e-a0c3-55e1b2d7c918
Your reference: {XR}

Content concerned:
{XU[0]}

Decision: Visibility restriction - content withheld
Territorial scope: KR
Duration: indefinite

Facts and circumstances: a notice from a public authority stated that the
content promotes unlicensed online gambling, which is illegal under the
law of the Republic of Korea.
Ground: illegal content under national law
Automated means used for detection: no
Automated means used for decision: no

Redress: the account holder may appeal through the in-app appeal form.
More information: https://help.x.com/en/rules-and-policies/country-withheld-content-kr-example
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (field layout as in the DSA transparency database)",
    why="one URL, decision 'content withheld', territorial scope KR: restricted; the help link is not an item",
    items={XU[0]: "restricted"},
)

# ===== YouTube (KCSC-240905-03, 3 items) ==================================

case(
    name="yt-helpscout-conversation-reply",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:10:33 +0000",
    subject=f"Re: {YT} [Conversation #77120]",
    reply_to_req=req_id(YT),
    body=f"""Hi there,

Thanks for your patience while we looked into complaint {YT}.

After review we have:

  * removed {YTU[0]} for violating our policy on
    online gambling;
  * age-restricted {YTU[1]}, so it can no longer be
    viewed by signed-out or under-18 users;
  * terminated the channel {YTU[2]} for repeated violations.

Best,
Emma
YouTube Legal Support

--------------------------------
Conversation #77120 · View conversation in browser
Please reply above this line.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply (agent name, conversation number, reply-above-line footer)",
    why="three bullets, each with its action verb before the URL: removed, age-restricted, terminated",
    items={YTU[0]: "removed", YTU[1]: "restricted", YTU[2]: "removed"},
)

YT_TEXT = f"""Hello,

We have completed our review of your legal complaint {YT}.

URL: {YTU[0]}
Action: Removed globally (Community Guidelines)

URL: {YTU[1]}
Action: Blocked in South Korea (local law)

URL: {YTU[2]}
Action: No action – the channel does not violate our policies or local law

The YouTube Legal Team
"""

YT_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of your legal complaint {YT}.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f1f1f1"><th>URL</th><th>Action</th></tr>
<tr><td>{YTU[0]}</td><td>Removed globally (Community Guidelines)</td></tr>
<tr><td>{YTU[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{YTU[2]}</td><td>No action – the channel does not violate our policies or local law</td></tr>
</table>
<p>The YouTube Legal Team</p>
<p style="font-size:11px;color:#777">© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""

case(
    name="yt-qp-html-table",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 23:58:01 +0000",
    subject=f"Your legal complaint {YT} - outcome",
    reply_to_req=req_id(YT),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000b686yt19"

--000000000000b686yt19
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(YT_TEXT)}
--000000000000b686yt19
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(YT_HTML)}
--000000000000b686yt19--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-complaint outcome mail, multipart text+HTML table, quoted-printable",
    why="one row per URL: removed globally, blocked in Korea, no action with reason",
    items={YTU[0]: "removed", YTU[1]: "restricted", YTU[2]: "rejected"},
)

case(
    name="yt-outlook-reminder-reply",
    **{"from": "minji.kang@google.com"},
    name_from="Min-ji Kang",
    date="Mon, 16 Sep 2024 01:20:45 +0000",
    subject=f"RE: Reminder: {YT} - items past deadline",
    body=f"""Hello,

The two videos on your list, {YTU[0]} and
{YTU[1]}, were removed on 14 September.

The channel (@toto_tv_live) remains live: we reviewed it and it does not
violate our Community Guidelines or the law cited in your complaint.

Regards,
Min-ji Kang
Legal Removals, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: legal-kr@google.com
Subject: Reminder: {YT} - items past deadline

{reminder_text(YT, YTU)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' block under the answer",
    why="both video URLs stated removed (second one wrapped to the next line); the channel named by its handle and refused with a reason",
    items={YTU[0]: "removed", YTU[1]: "removed", YTU[2]: "rejected"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:33:03 +0000",
    subject=f"Re: {YT} [Conversation #77120]",
    reply_to_req=req_id(YT),
    body=f"""Hi there,

Quick update on complaint {YT}: the video {YTU[0]} appears
to have been made private by the uploader in the meantime. The other items
remain under review and we'll follow up once we have a decision.

Best,
Emma
YouTube Legal Support

--------------------------------
Conversation #77120 · View conversation in browser
Please reply above this line.
""",
    outcome="review", review="not_understood",
    imitates="Help Scout-style interim update in the same conversation",
    why="'appears to have been made private' is a hedge; the rest is 'under review'",
    items={YTU[0]: "pending", YTU[1]: "pending", YTU[2]: "pending"},
)

case(
    name="yt-template-conflict",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 07:07:07 +0000",
    subject="Update on your legal request [5-7312000041299]",
    reply_to_req=req_id(YT),
    body=f"""Hello,

Thanks for reaching out to us.

We have removed the following content from YouTube in response to your
complaint:
{YTU[1]}

Having reviewed the video at {YTU[1]}, we have decided
not to take action, as it does not violate local law or our Community
Guidelines. It will remain available on YouTube.

Sincerely,
The YouTube Legal Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Google legal request update where two canned responses were combined",
    why="the same URL is stated removed and then refused in one email",
    items={YTU[1]: "pending"},
)

case(
    name="yt-echoed-submission-geo-block",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 09:41:27 +0000",
    subject="Your legal removal request [5-7312000041234]",
    body=f"""Hello,

Thank you for your notice. Below is a copy of your submission followed by
our decision.

Your submission
  Complaint ID: 5-7312000041234
  Your reference: {YT}
  URL: {YTU[2]}
  Description: channel promoting illegal online gambling, please remove

Our decision
We have blocked access to this channel in South Korea in response to your
notice. It remains available in other countries.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removal form reply echoing the submission before the decision",
    why="the echoed submission names the channel; the decision blocks it in South Korea",
    items={YTU[2]: "restricted"},
)

# ===== NAVER (KCSC-240909-04, 5 items) ====================================

case(
    name="naver-1to1-answer-partial",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 06:00:12 +0000",
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({NV})",
    reply_to_req=req_id(NV),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을
알려드립니다.

- {NVU[0]} : 게시중단
- {NVU[2]} : 임시조치(30일)

나머지 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

문의번호: 2024091100417
본 메일은 발신전용입니다. 추가 문의는 고객센터 1:1 문의를 이용해 주세요.
https://help.naver.com/inquiry
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 mail with a result per URL",
    why="게시중단 (removed) and 임시조치 (restricted) per URL; the rest 검토 중; the help link is not an item",
    items={NVU[0]: "removed", NVU[2]: "restricted"},
)

case(
    name="naver-korean-url-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 02:12:45 +0000",
    subject=f"RE: [{NV}] 불법정보 시정요구",
    reply_to_req=req_id(NV),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 {NV_KR_RAW}은 운영정책 위반이 확인되어
비공개 처리되었습니다.

{NVU[1]} 게시글은 작성자가 이미 삭제하여
확인되지 않습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team reply in Korean prose with URLs followed by particles",
    why="raw Korean URL + '은' made private (removed); blog post deleted by its author (not_found)",
    items={NVU[4]: "removed", NVU[1]: "not_found"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구({NV})에 대한 조치 결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NVU[0]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{NVU[1]}</td><td>해당 없음</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>3</td><td>{NVU[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{NVU[3]}</td><td>블라인드</td><td></td></tr>
<tr><td>5</td><td>{NV_KR_RAW}</td><td>비공개 처리</td><td></td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""

case(
    name="naver-b64-html-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 23 Sep 2024 05:30:00 +0000",
    subject=f"[회신] 시정요구 조치결과 통보 ({NV})",
    reply_to_req=req_id(NV),
    raw_mime=f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고), base64 HTML",
    why="five rows: 삭제, 해당 없음(게시물 없음), 임시조치, 블라인드, 비공개 처리",
    items={NVU[0]: "removed", NVU[1]: "not_found", NVU[2]: "restricted",
           NVU[3]: "removed", NVU[4]: "removed"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=f"RE: [{NV}] 불법정보 시정요구",
    reply_to_req=req_id(NV),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{NV} 건으로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean portal reply covering every item of a request in one sentence",
    why="'게시물 5건 모두' for a five-item request, no item named",
    items={},
)

case(
    name="naver-outlook-mdn",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Tue, 10 Sep 2024 00:14:09 +0000",
    subject=f"읽음: [{NV}] 불법정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_b686_mdn"

------=_NextPart_b686_mdn
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

메시지

    받는 사람: policy@navercorp.com
    제목: [{NV}] 불법정보 시정요구
    보낸 날짜: 2024-09-09 오전 9:30

을(를) 2024-09-10 오전 9:14에 읽었습니다.

------=_NextPart_b686_mdn
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{req_id(NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_b686_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as a multipart/report MDN",
    why="read receipt only",
    items={},
)

case(
    name="naver-inquiry-received",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 00:35:20 +0000",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다",
    reply_to_req=req_id(NV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2024090900123
문의 제목: [{NV}] 불법정보 시정요구

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 inquiry-received receipt (접수번호)",
    why="pure receipt with a ticket number; no statement",
    items={},
)

case(
    name="naver-outlook-reminder-reply-blind",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Mon, 23 Sep 2024 02:40:00 +0000",
    subject=f"RE: [독촉] {NV} 처리 기한 경과 안내",
    body=f"""안녕하세요, 네이버 정책지원팀 김서연입니다.

말씀하신 카페 게시글 {NVU[3]} 은 금일 블라인드 처리되었습니다.
나머지 건은 확인 후 별도로 회신드리겠습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 23, 2024 10:00 AM
To: policy@navercorp.com
Subject: [독촉] {NV} 처리 기한 경과 안내

아래 게시물은 처리 기한이 지났으나 아직 조치 결과를 받지 못했습니다.

{chr(10).join(NVU[:2] + [NVU[3], NV_KR_RAW])}

각 게시물의 조치 결과를 회신하여 주시기 바랍니다.
방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply to our reminder (독촉) with the Original Message block below",
    why="one cafe post 블라인드 (removed) above the quote; the other URLs only in our quoted reminder",
    items={NVU[3]: "removed", NVU[0]: "pending", NVU[1]: "pending", NVU[4]: "pending"},
)

# ===== Discord (KCSC-240911-05, 2 items) ==================================

case(
    name="discord-ticket-solved",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 20:12:00 +0000",
    subject=f"[Discord] Ticket #30991862 - {DC}",
    reply_to_req=req_id(DC),
    body=f"""##- Please type your reply above this line -##

Your ticket #30991862 has been solved.

Hi there,

Thanks for reaching out. We investigated the server behind
{DCU[0]} and removed it from Discord for violating our Community
Guidelines. The message at
{DCU[1]}
was deleted as part of the same action.

If you have further questions, reply to this email and the ticket will be
reopened.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style 'ticket solved' notification from a chat platform's Trust & Safety team",
    why="both items named and stated removed (server removed, message deleted)",
    items={DCU[0]: "removed", DCU[1]: "removed"},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "support@discordapp.zendesk.com"},
    name_from="Discord",
    date="Sun, 15 Sep 2024 14:01:40 +0000",
    subject=f"[Discord] Re: {DC}",
    reply_to_req=req_id(DC),
    body=f"""##- Please type your reply above this line -##

Hi,

The invite link {DCU[0]} is no longer valid; the server it
pointed to was removed by our team.

Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket-system reply sent from the help-desk vendor's subdomain instead of the platform's own domain",
    why="sender domain is zendesk.com, not a configured Discord domain, so the statement cannot be trusted",
    items={DCU[0]: "pending"},
)

case(
    name="discord-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.discord.com"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7A1C2E0B686.1726038041/mx2.discord.com"

This is a MIME-encapsulated message.

--7A1C2E0B686.1726038041/mx2.discord.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<trust-safety-kr@discord.com>: unknown user: "trust-safety-kr"

--7A1C2E0B686.1726038041/mx2.discord.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.discord.com
X-Postfix-Queue-ID: 7A1C2E0B686
Arrival-Date: Wed, 11 Sep 2024 07:00:40 +0000

Final-Recipient: rfc822; trust-safety-kr@discord.com
Original-Recipient: rfc822;trust-safety-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "trust-safety-kr"

--7A1C2E0B686.1726038041/mx2.discord.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety-kr@discord.com
Subject: {DC} - request for removal
Date: Wed, 11 Sep 2024 16:00:00 +0900
Message-ID: <{req_id(DC)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_request_text(DC, DCU, '18 September 2024')}

--7A1C2E0B686.1726038041/mx2.discord.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) with the original message attached",
    why="bounce; the URLs are in our own returned request",
    items={u: "pending" for u in DCU},
)

case(
    name="discord-followup-message-not-found",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:45:10 +0000",
    subject=f"[Discord] Re: Ticket #30991862 - {DC}",
    reply_to_req=req_id(DC),
    body=f"""##- Please type your reply above this line -##

Hi again,

A quick follow-up on your ticket. We could not locate the message at
{DCU[1]} - it no longer exists
on Discord.

The server behind the invite link is still under investigation and we will
update this ticket once we have reached a decision.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent reply in the same help-desk ticket, partial answer",
    why="message not located / no longer exists (not_found); the invite's server still under investigation",
    items={DCU[1]: "not_found", DCU[0]: "pending"},
)

# ===== Kakao / Daum (KCSC-240912-06, 1 item) ==============================

case(
    name="kakao-sole-statement-no-url",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 01:10:00 +0000",
    subject=f"[Daum 카페] {KK} 관련 조치 결과 안내",
    reply_to_req=req_id(KK),
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({KK})은 운영정책 위반이
확인되어 삭제 처리되었습니다.

이용해 주셔서 감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 조치 결과 안내 naming only the request",
    why="one-item request, unhedged 삭제 처리 statement naming the reference",
    items={KKU[0]: "removed"},
)

case(
    name="kakao-out-of-office-chuseok",
    **{"from": "jh.park@kakaocorp.com"},
    name_from="박지훈",
    date="Mon, 16 Sep 2024 00:05:00 +0000",
    subject=f"[자동응답] RE: {KK} 게시물 조치 요청",
    reply_to_req=req_id(KK),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""안녕하세요. 박지훈입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 카카오 고객센터로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply",
    items={},
)

case(
    name="kakao-temp-measure-fullwidth",
    **{"from": "cafe-policy@daum.net"},
    name_from="Daum 카페 운영정책",
    date="Fri, 13 Sep 2024 04:30:00 +0000",
    subject=f"RE: {KK} 게시물 조치 요청",
    reply_to_req=req_id(KK),
    body=f"""안녕하세요, Daum 카페 운영정책 담당자입니다.

요청하신 게시글 {KKU[0]}（로또플러스 카페）에 대해
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)를 하였습니다.

임시조치 기간 중 게시자의 이의 제기가 없으면 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 임시조치 notice citing Network Act Article 44-2",
    why="URL followed directly by a full-width parenthesis; 임시조치(접근 제한) done = restricted; the later deletion is conditional",
    items={KKU[0]: "restricted"},
)

# ===== TikTok (KCSC-240913-07, 3 items) ===================================

case(
    name="tiktok-freshdesk-ticket-received",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 01:02:03 +0000",
    subject=f"Ticket Received - {TT} request for removal [#88213]",
    reply_to_req=req_id(TT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear Requester,

We would like to acknowledge that we have received your request and a
ticket has been created (#88213).

A member of our team will respond as soon as possible. You can check the
status of your ticket at any time here:
https://lert-support.tiktok.com/helpdesk/tickets/88213

Please do not open a new ticket for the same request.

Regards,
TikTok Law Enforcement Outreach
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-acknowledgement with a ticket link",
    why="pure receipt; the ticket link is the platform's own page, not an item",
    items={},
)

case(
    name="tiktok-ack-phrase-then-results",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Wed, 18 Sep 2024 09:15:00 +0000",
    subject=f"Re: {TT} request for removal [#88213]",
    reply_to_req=req_id(TT),
    body=f"""Dear Requester,

Thank you for contacting TikTok. Your ticket #88213 has been received and
reviewed against our Community Guidelines and applicable law:

* {TTU[0]} - removed
* {TTU[1]} - this video had already been deleted by its creator before our review
* {TTU[2]} - account banned

This ticket will now be closed.

Regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply opening with acknowledgement wording followed by item outcomes",
    why="acknowledgement phrase plus three unhedged item statements: not a pure acknowledgement",
    items={TTU[0]: "removed", TTU[1]: "not_found", TTU[2]: "removed"},
)

case(
    name="tiktok-dmarc-fail",
    **{"from": "lawenforcement@tiktok.com"},
    auth="fail",
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 17 Sep 2024 12:00:00 +0000",
    subject=f"Re: {TT} request for removal [#88213]",
    body=f"""Dear Requester,

The following content has been removed:

{TTU[0]}
{TTU[1]}
{TTU[2]}

Regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="untrusted",
    imitates="platform result mail that fails DKIM/SPF/DMARC (forged or misrouted)",
    why="From tiktok.com but dmarc=fail: statements cannot be applied",
    items={u: "pending" for u in TTU},
)

case(
    name="tiktok-law-firm-on-behalf",
    **{"from": "kr-notices@harbourside-legal.example"},
    name_from="Harbourside Legal LLP",
    date="Thu, 19 Sep 2024 06:00:00 +0000",
    subject=f"Your request {TT} - TikTok",
    body=f"""Dear KCSC,

We act for TikTok Pte. Ltd. in relation to your request {TT}.

Our client has informed us that access to the account
{TTU[2]} has been restricted in the Republic of Korea.

Yours faithfully,
Harbourside Legal LLP
""",
    outcome="review", review="unknown_sender",
    imitates="outside counsel writing on a platform's behalf from its own domain",
    why="sender is not any configured platform domain",
    items={TTU[2]: "pending"},
)

case(
    name="tiktok-reminder-reply-partial",
    **{"from": "h.lee@tiktok.com"},
    name_from="Hana Lee",
    date="Mon, 23 Sep 2024 03:00:00 +0000",
    subject=f"Re: Reminder: {TT} - items past deadline",
    body=f"""Hi,

Apologies for the delay. The account {TTU[2]} is now
banned. The two videos are still with the review team.

Hana Lee
Government Relations, TikTok Korea

On Mon, Sep 23, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text(TT, TTU))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted partial reply to our reminder",
    why="account banned (removed); the videos still under review and only listed in the quote",
    items={TTU[2]: "removed", TTU[0]: "pending", TTU[1]: "pending"},
)

HEADER = f"""# Blind set 686: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout-style receipts and results, follow-ups, replies to reminders,
# partial answers, forwarded mail). Generated by make.py; each case is
# ingested alone into a fresh ledger holding requests.csv. Expected results
# were written from each email's meaning before the reader was run.
"""


RAW_UTF8_SUBJECT = {"naver-1to1-answer-partial"}  # RFC 6532 style, left unencoded


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail clients send them (one case keeps a raw UTF-8 subject)."""
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_UTF8_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    for c in CASES:
        path = os.path.join(HERE, "cases", c["name"] + ".eml")
        assert os.path.getsize(path) < 8 * 1024, path
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
